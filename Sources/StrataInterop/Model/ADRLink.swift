/// A typed link from one record to another ("Supersedes 1", "Amended by 9").
///
/// Links are how collections express supersession, so they are read from every place
/// formats put them: adr-tools Status lines, MADR status values, `## Links` lists and
/// front matter. Both directions are recorded as they were written; the linter checks
/// that the two ends agree.
public struct ADRLink: Sendable, Equatable, Codable {
    /// What the link says about the relationship.
    public var type: ADRLinkType
    /// The record the link points at.
    public var target: ADRLinkTarget
    /// The link text as written, without an `N. ` prefix (`First Record` from
    /// `[1. First Record](0001-first-record.md)`), when there was one.
    public var targetTitle: String?
    /// The source line or value the link was read from, verbatim.
    public var raw: String

    /// Creates a link.
    public init(type: ADRLinkType, target: ADRLinkTarget, targetTitle: String? = nil, raw: String = "") {
        self.type = type
        self.target = target
        self.targetTitle = targetTitle
        self.raw = raw
    }
}

/// How a link relates its record to the target.
public enum ADRLinkType: Sendable, Hashable {
    /// This record replaces the target.
    case supersedes
    /// The target replaces this record.
    case supersededBy
    /// This record changes part of the target.
    case amends
    /// The target changes part of this record.
    case amendedBy
    /// A relation without direction.
    case relatesTo
    /// Any other relation (adr-tools' `-l "2:Clarifies:Clarified by"`), as written.
    case custom(String)

    /// Reads a relation as written, accepting adr-tools' "Supercedes" spelling, any
    /// letter case, and a trailing colon; unknown phrases become ``custom(_:)``.
    public init(text: String) {
        let phrase = text.trimming { $0 == ":" || $0 == "*" || $0 == "_" || $0.isWhitespace }
        let key = phrase.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
            .joined(separator: " ")
        self = Self.phrases[key] ?? .custom(phrase)
    }

    /// The link type on the other end of the relation, when it is known.
    ///
    /// Custom relations have no known inverse: adr-tools lets each side be named freely.
    public var inverse: ADRLinkType? {
        switch self {
        case .supersedes: .supersededBy
        case .supersededBy: .supersedes
        case .amends: .amendedBy
        case .amendedBy: .amends
        case .relatesTo: .relatesTo
        case .custom: nil
        }
    }

    /// The JSON-ADR name (`superseded-by`), or the custom text.
    public var jsonName: String {
        switch self {
        case .supersedes: "supersedes"
        case .supersededBy: "superseded-by"
        case .amends: "amends"
        case .amendedBy: "amended-by"
        case .relatesTo: "relates-to"
        case .custom(let text): text
        }
    }

    /// The phrase adr-tools writes, including its "Supercedes" spelling.
    public var adrToolsPhrase: String {
        switch self {
        case .supersedes: "Supercedes"
        case .supersededBy: "Superceded by"
        case .amends: "Amends"
        case .amendedBy: "Amended by"
        case .relatesTo: "Relates to"
        case .custom(let text): text
        }
    }

    /// The phrase with the correct "supersede" spelling, for MADR and Log4brains.
    public var phrase: String {
        switch self {
        case .supersedes: "Supersedes"
        case .supersededBy: "Superseded by"
        default: adrToolsPhrase
        }
    }

    private static let phrases: [String: ADRLinkType] = [
        "supersedes": .supersedes, "supercedes": .supersedes, "supersede": .supersedes,
        "superseded by": .supersededBy, "superceded by": .supersededBy,
        "amends": .amends, "amended by": .amendedBy,
        "relates to": .relatesTo, "related to": .relatesTo,
    ]
}

extension ADRLinkType: Codable {
    /// Decodes a link type from its JSON-ADR name or any phrase ``init(text:)`` accepts.
    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the link type as its ``jsonName``.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(jsonName)
    }
}

/// The record a link points at.
///
/// Numbered collections link by number; Log4brains links by file (its slug is the
/// identity). Importers resolve targets to numbers whenever the target file exists and
/// has a number, so two links to the same record compare equal.
public enum ADRLinkTarget: Sendable, Hashable {
    /// The record with this number.
    case number(Int)
    /// A file name (or relative path) relative to the record's directory.
    case file(String)
}

extension ADRLinkTarget: CustomStringConvertible {
    /// `ADR-0007` for numbers, the file name otherwise.
    public var description: String {
        switch self {
        case .number(let number): "ADR-" + ADRNumber.padded(number)
        case .file(let name): name
        }
    }
}

extension ADRLinkTarget: Codable {
    private enum CodingKeys: String, CodingKey { case number, file }

    /// Decodes `{"number": 7}` or `{"file": "20201016-x.md"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let number = try container.decodeIfPresent(Int.self, forKey: .number) {
            self = .number(number)
        } else {
            self = .file(try container.decode(String.self, forKey: .file))
        }
    }

    /// Encodes `{"number": 7}` or `{"file": "20201016-x.md"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .number(let number): try container.encode(number, forKey: .number)
        case .file(let name): try container.encode(name, forKey: .file)
        }
    }
}
