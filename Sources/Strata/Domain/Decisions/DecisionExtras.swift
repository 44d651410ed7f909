/// What an imported ADR file said that ``DecisionContent``'s own fields cannot hold.
///
/// Kept verbatim so that an export writes it back and an import followed by an export loses
/// nothing the author wrote. Only imports fill it; every field is optional and omitted from
/// the stored JSON when nil, so decisions recorded in Strata never carry it.
public struct DecisionExtras: Codable, Sendable, Equatable {
    /// Free decision text (Nygard's `## Decision` prose) when it is not the rationale.
    public var decisionText: String?
    /// Free consequence text besides the good and bad bullets.
    public var consequencesText: String?
    /// Consequences that are neither good nor bad ("Neutral, because …").
    public var neutralConsequences: [String]?
    /// Neutral arguments per option name ("Neutral, because …" under an option).
    public var neutralArguments: [String: [String]]?
    /// How the implementation will be checked (MADR's `Confirmation`).
    public var confirmation: String?
    /// Prose under MADR's `More Information`, without the typed link lines.
    public var moreInformation: String?
    /// Text next to the status that is neither the status word nor a link.
    public var statusDetail: String?
    /// The status as written when it is none of the five (`on hold`, `draft`); such a
    /// decision is recorded as proposed.
    public var statusText: String?
    /// The date as written when it named no readable day; empty when the record had none.
    public var dateText: String?
    /// Sections nothing maps to, verbatim and in order; an empty name holds text before the
    /// first heading.
    public var sections: [DecisionSection]?
    /// Front-matter keys with no field of their own (`parent`, `nav_order`), as text.
    public var metadata: [String: String]?

    public init(
        decisionText: String? = nil, consequencesText: String? = nil, neutralConsequences: [String]? = nil,
        neutralArguments: [String: [String]]? = nil, confirmation: String? = nil, moreInformation: String? = nil,
        statusDetail: String? = nil, statusText: String? = nil, dateText: String? = nil,
        sections: [DecisionSection]? = nil, metadata: [String: String]? = nil
    ) {
        self.decisionText = decisionText
        self.consequencesText = consequencesText
        self.neutralConsequences = neutralConsequences
        self.neutralArguments = neutralArguments
        self.confirmation = confirmation
        self.moreInformation = moreInformation
        self.statusDetail = statusDetail
        self.statusText = statusText
        self.dateText = dateText
        self.sections = sections
        self.metadata = metadata
    }

    /// Whether nothing is kept, so the whole value can be left out.
    public var isEmpty: Bool { self == DecisionExtras() }
}

/// A section of an imported record that no field maps to: its heading and Markdown body.
public struct DecisionSection: Codable, Sendable, Equatable {
    /// The heading text without `#` marks; empty for text written before any heading.
    public var name: String
    public var body: String

    public init(name: String, body: String) {
        self.name = name
        self.body = body
    }
}
