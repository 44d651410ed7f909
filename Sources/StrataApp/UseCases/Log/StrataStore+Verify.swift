import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// What verifying the chain found, shaped for output.
public struct VerificationReport: Codable, Sendable, Equatable {
    /// The first position that breaks the chain, and how.
    public struct Break: Codable, Sendable, Equatable {
        public var position: Int64
        public var kind: String
        public var detail: String

        init(_ broken: ChainBreak) {
            self.init(position: broken.position, kind: broken.kind.rawValue, detail: broken.detail)
        }

        init(position: Int64, kind: String, detail: String) {
            self.position = position
            self.kind = kind
            self.detail = detail
        }
    }

    public var sound: Bool
    public var events: Int64
    /// The head reached, as `POSITION:HASH` (the log up to the break when it is broken).
    public var head: String
    public var anchorHeld: Bool?
    public var firstBreak: Break?
    /// Read models and snapshots that do not match their seals (changed outside Strata).
    public var readModels: [String]
    public var warnings: [String]

    init(_ result: ChainVerification, readModels: [ReadModelMismatch]) {
        sound = result.isSound && readModels.isEmpty
        self.readModels = readModels.map(\.description)
        events = result.eventCount
        head = result.head.anchor
        anchorHeld = result.anchorHeld
        firstBreak = result.firstBreak.map(Break.init)
        warnings = result.warnings
    }
}

extension StrataStore {
    /// Recomputes every event's hash from the first to the head, checks `anchor` (`POSITION:HASH`,
    /// as an earlier verify printed it) when given, and rehashes every read model and snapshot.
    public func verify(anchor: String? = nil) throws(AppError) -> VerificationReport {
        let pinned = try anchor.map { text throws(AppError) in try Self.parseAnchor(text) }
        return try AppError.wrap { VerificationReport(try log.verifyWithUpstream(anchor: pinned), readModels: try readSide.sealMismatches()) }
    }

    static func parseAnchor(_ text: String) throws(AppError) -> ChainHead {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let position = Int64(parts[0]), position >= 0,
              let hash = Hex.decode(parts[1]), hash.count == 32 else {
            throw AppError(
                .invalidInput, "'\(text)' must be POSITION:HASH with a 64-digit hex SHA-256, as verification prints it",
                subject: .field(.anchor))
        }
        return ChainHead(position: position, hash: hash)
    }
}
