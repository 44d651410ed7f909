import Foundation
import Strata

/// One anchor as it is kept outside the store: a single line of text any tool can read and a
/// person can check by hand against `strata verify`'s head.
public struct AnchorLine: Hashable, Sendable, Codable {
    /// The store whose log this anchors; anchors of other stores in the same place are skipped.
    public var storeID: String
    public var position: Int64
    /// The SHA-256 of the event at `position`, in hex.
    public var hash: String
    /// When the anchor was taken, ISO-8601 UTC.
    public var at: String

    static let prefix = "strata-anchor"

    /// The line as written.
    public var text: String { "\(Self.prefix) store=\(storeID) position=\(position) hash=\(hash) at=\(at)" }

    /// The head this line pins.
    var head: ChainHead? { Hex.decode(hash).map { ChainHead(position: position, hash: $0) } }

    init(storeID: String, head: ChainHead, at: Timestamp) {
        self.storeID = storeID
        position = head.position
        hash = Hex.encode(head.hash)
        self.at = at.iso8601
    }

    /// Reads one line; nil for anything that is not a well-formed anchor.
    static func parse(_ line: Substring) -> AnchorLine? {
        let words = line.split(separator: " ")
        guard words.first == Substring(prefix) else { return nil }
        var fields: [Substring: Substring] = [:]
        for word in words.dropFirst() {
            guard let equals = word.firstIndex(of: "=") else { return nil }
            fields[word[..<equals]] = word[word.index(after: equals)...]
        }
        guard let store = fields["store"], let positionText = fields["position"], let position = Int64(positionText),
              position >= 0, let hash = fields["hash"], Hex.decode(String(hash))?.count == 32 else { return nil }
        var anchor = AnchorLine(storeID: String(store), head: ChainHead(position: position, hash: []), at: Timestamp(microseconds: 0))
        anchor.hash = String(hash).lowercased()
        anchor.at = fields["at"].map(String.init) ?? ""
        return anchor
    }

    /// Every anchor line in `text`, in order.
    static func all(in text: String) -> [AnchorLine] {
        text.split(whereSeparator: \.isNewline).compactMap { parse($0) }
    }
}
