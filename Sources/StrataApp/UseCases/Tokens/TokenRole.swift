import Foundation

/// What an API token may do; each role includes the ones before it.
public enum TokenRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Reads only: the architecture, decisions, history, audit, the log.
    case reader
    /// Reads and records: the record and decide use cases.
    case writer
    /// Everything, including issuing and revoking tokens.
    case admin

    /// Whether this role may do what `needed` allows.
    public func permits(_ needed: TokenRole) -> Bool { needed <= self }

    public static func < (lhs: TokenRole, rhs: TokenRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The role `text` names, refused with the spellings when it is none.
    public static func parse(_ text: String) throws(AppError) -> TokenRole {
        guard let role = TokenRole(rawValue: text) else {
            throw AppError(
                .unknownValue, "'\(text)' is not a token role; expected one of \(allCases.map(\.rawValue).joined(separator: ", "))",
                subject: .field(.role), remedy: .provide(.role))
        }
        return role
    }
}
