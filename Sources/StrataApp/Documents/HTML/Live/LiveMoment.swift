import Foundation
import Strata
import StrataProjections

/// The moment a served page shows, as its address names it: `?asOf=` (what the log knew, any
/// moment `--as-of` takes) and `?validAt=` (the day or instant in effect, as `--valid-at`).
///
/// Every live page honours both and writes them into its links, so a copied address opens the
/// same view on every page it leads to. Both empty is the head, now.
public struct LiveMoment: Sendable, Hashable {
    /// As typed, trimmed; empty for the head.
    public var asOf: String
    /// As typed, trimmed; empty for whatever is recorded.
    public var validAt: String

    public init(asOf: String = "", validAt: String = "") {
        self.asOf = asOf.trimmingCharacters(in: .whitespaces)
        self.validAt = validAt.trimmingCharacters(in: .whitespaces)
    }

    /// The moment a page's query fields name (`asOf`, `validAt`; other fields are ignored).
    public init(fields: [String: String]) {
        self.init(asOf: fields["asOf"] ?? "", validAt: fields["validAt"] ?? "")
    }

    /// The head, now.
    public static let head = LiveMoment()

    /// `asOf=…&validAt=…` with only the clocks given, percent-encoded; empty at the head.
    public var query: String {
        [("asOf", asOf), ("validAt", validAt)].filter { !$0.1.isEmpty }
            .map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: Self.allowed) ?? $0.1)" }
            .joined(separator: "&")
    }

    private static let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~:@"))
}

extension StrataStore {
    /// The read-model moment `moment` names: its `asOf` cut and its `validAt` instant.
    func readMoment(_ moment: LiveMoment) throws(AppError) -> Moment {
        try self.moment(asOf: moment.asOf.isEmpty ? nil : moment.asOf, validAt: moment.validAt.isEmpty ? nil : moment.validAt)
    }
}
