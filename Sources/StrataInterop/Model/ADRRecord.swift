/// One architecture decision record, independent of the file format it came from.
///
/// Importers fill it from adr-tools, MADR, Log4brains or JSON-ADR files and exporters
/// write it back out, so it carries the union of what those formats can say. Anything an
/// importer could not map to a field is kept in ``extraSections`` or ``otherMetadata``
/// so that a later export loses nothing the author wrote.
public struct ADRRecord: Sendable, Equatable, Codable {
    /// The record's sequence number (`0007` in `0007-use-sqlite.md`); `nil` for
    /// collections that identify records by dated slugs, such as Log4brains.
    public var number: Int?
    /// The title without any number prefix, as plain single-line text.
    public var title: String
    /// The lifecycle status.
    public var status: ADRStatus
    /// The day the decision took effect, when the source gave a readable date.
    public var date: ADRDay?
    /// The date exactly as written in the source, kept when it could not be read or
    /// was written in a non-ISO shape, so an export can still show it.
    public var dateText: String?
    /// The people who made the decision (MADR `decision-makers`, older `deciders`).
    public var deciders: [String]
    /// The people whose opinion was sought (RACI "consulted").
    public var consulted: [String]
    /// The people kept informed (RACI "informed").
    public var informed: [String]
    /// Free-form labels (Log4brains `Tags`, front matter `tags`).
    public var tags: [String]
    /// The context and problem statement.
    public var context: String
    /// The forces that shaped the decision, one per entry.
    public var decisionDrivers: [String]
    /// The options that were considered, with their arguments.
    public var options: [ADROption]
    /// The name of the chosen option, when the source named one.
    public var chosenOption: String?
    /// Why the chosen option won (the text after "because").
    public var rationale: String
    /// The decision as free text, used when the source has no structured chosen option
    /// (the Nygard `## Decision` section, for instance).
    public var decision: String
    /// What follows from the decision.
    public var consequences: ADRConsequences
    /// How the decision's implementation will be checked (MADR `Confirmation`).
    public var confirmation: String
    /// Prose under MADR's `More Information`, without the typed link lines.
    public var moreInformation: String
    /// Text written next to the status that is neither the status word nor a link,
    /// such as a dated status history.
    public var statusDetail: String
    /// Typed links to other records, in source order.
    public var links: [ADRLink]
    /// The file the record was read from, relative to the imported directory.
    public var sourcePath: String?
    /// Sections no field maps to, verbatim and in order. A section with an empty name
    /// holds text written before the first heading.
    public var extraSections: [ADRSection]
    /// Front-matter keys and header fields with no field of their own
    /// (`parent`, `nav_order`, …), as text.
    public var otherMetadata: [String: String]
    /// What the decision log knows that no section of the format holds (why a status changed
    /// and who changed it, the effects a proposal plans), one line each. Exporters write the
    /// lines in a Decision Log section marked as derived, which importers skip, so a record
    /// read back is the record that was written.
    public var decisionLog: [String] = []

    /// Creates a record; everything but the title has an empty default.
    public init(
        number: Int? = nil, title: String, status: ADRStatus = .proposed,
        date: ADRDay? = nil, dateText: String? = nil,
        deciders: [String] = [], consulted: [String] = [], informed: [String] = [],
        tags: [String] = [], context: String = "", decisionDrivers: [String] = [],
        options: [ADROption] = [], chosenOption: String? = nil, rationale: String = "",
        decision: String = "", consequences: ADRConsequences = ADRConsequences(),
        confirmation: String = "", moreInformation: String = "", statusDetail: String = "",
        links: [ADRLink] = [], sourcePath: String? = nil,
        extraSections: [ADRSection] = [], otherMetadata: [String: String] = [:]
    ) {
        self.number = number
        self.title = title
        self.status = status
        self.date = date
        self.dateText = dateText
        self.deciders = deciders
        self.consulted = consulted
        self.informed = informed
        self.tags = tags
        self.context = context
        self.decisionDrivers = decisionDrivers
        self.options = options
        self.chosenOption = chosenOption
        self.rationale = rationale
        self.decision = decision
        self.consequences = consequences
        self.confirmation = confirmation
        self.moreInformation = moreInformation
        self.statusDetail = statusDetail
        self.links = links
        self.sourcePath = sourcePath
        self.extraSections = extraSections
        self.otherMetadata = otherMetadata
    }
}

extension ADRRecord {
    /// The file name part of ``sourcePath``, which links in Markdown collections point at.
    public var fileName: String? {
        sourcePath.map { path in String(path.split(separator: "/").last ?? Substring(path)) }
    }

    /// How other records' links refer to this one: by number when it has one, otherwise
    /// by file name (Log4brains slugs). `nil` for a record with neither.
    public var reference: ADRLinkTarget? {
        if let number { return .number(number) }
        return fileName.map(ADRLinkTarget.file)
    }
}
