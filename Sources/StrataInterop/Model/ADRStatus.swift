/// The lifecycle status of a record.
///
/// Strata's decisions know five statuses. Real collections hold many more ("on hold",
/// "draft", "Final"), so anything else is kept as ``unknown(_:)`` with the text as
/// written instead of being forced into one of the five.
public enum ADRStatus: Sendable, Hashable {
    /// Written down and under discussion.
    case proposed
    /// Agreed and in force.
    case accepted
    /// Considered and turned down.
    case rejected
    /// Replaced by a later record.
    case superseded
    /// No longer in force, without a replacement.
    case deprecated
    /// A status none of the known words matched, with its raw text.
    case unknown(String)

    /// Reads a single status word, case-insensitively, accepting the spellings seen in
    /// real collections ("Superceded", "Approved"); anything else becomes ``unknown(_:)``.
    public init(text: String) {
        let trimmed = text.trimmingWhitespace
        self = Self.synonyms[trimmed.lowercased()] ?? .unknown(trimmed)
    }

    /// The lowercase name used in front matter and JSON-ADR, or the raw text.
    public var name: String {
        switch self {
        case .proposed: "proposed"
        case .accepted: "accepted"
        case .rejected: "rejected"
        case .superseded: "superseded"
        case .deprecated: "deprecated"
        case .unknown(let raw): raw
        }
    }

    /// The capitalised word adr-tools writes in a `## Status` section.
    public var displayName: String {
        if case .unknown(let raw) = self { return raw }
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    private static let synonyms: [String: ADRStatus] = [
        "proposed": .proposed, "proposal": .proposed,
        "accepted": .accepted, "approved": .accepted, "adopted": .accepted, "agreed": .accepted,
        "rejected": .rejected, "declined": .rejected,
        "superseded": .superseded, "superceded": .superseded,
        "deprecated": .deprecated, "obsolete": .deprecated,
    ]
}

extension ADRStatus: CustomStringConvertible {
    /// The status name, as ``name``.
    public var description: String { name }
}

extension ADRStatus: Codable {
    /// Decodes a status from its name; unknown names decode as ``unknown(_:)``.
    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the status as its ``name``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
