/// The kind of a link between two decisions, and the name it has when read from the other end.
///
/// Only forward links are stored (`supersedes`, `amends`, `relates-to`, custom labels); every
/// reader that shows a link from its target, imports a reverse link or exports both ends asks
/// ``inverse`` or ``forward`` here, so the pairs are written once.
public enum LinkType: Hashable, Sendable, Codable, CustomStringConvertible {
    case supersedes, supersededBy, amends, amendedBy, relatesTo
    /// A kebab-case label of the team's own (`clarifies`); its inverse adds or drops `-by`.
    case custom(String)

    public init(_ rawValue: String) {
        switch rawValue {
        case "supersedes": self = .supersedes
        case "superseded-by": self = .supersededBy
        case "amends": self = .amends
        case "amended-by": self = .amendedBy
        case "relates-to": self = .relatesTo
        default: self = .custom(rawValue)
        }
    }

    /// The stored spelling.
    public var rawValue: String {
        switch self {
        case .supersedes: "supersedes"
        case .supersededBy: "superseded-by"
        case .amends: "amends"
        case .amendedBy: "amended-by"
        case .relatesTo: "relates-to"
        case .custom(let label): label
        }
    }

    public var description: String { rawValue }

    /// The link as its target sees it.
    public var inverse: LinkType {
        switch self {
        case .supersedes: .supersededBy
        case .supersededBy: .supersedes
        case .amends: .amendedBy
        case .amendedBy: .amends
        case .relatesTo: .relatesTo
        case .custom(let label): .custom(label.hasSuffix("-by") ? String(label.dropLast(3)) : "\(label)-by")
        }
    }

    /// The stored forward link a built-in reverse link stands for (`superseded-by` → `supersedes`);
    /// nil for forward links and custom labels, which are kept as written.
    public var forward: LinkType? {
        switch self {
        case .supersededBy: .supersedes
        case .amendedBy: .amends
        default: nil
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
