/// One decision record to import, in a shape that knows nothing of any file format.
///
/// The CLI turns adr-tools, MADR, Log4brains and JSON-ADR records into these, so the `Strata`
/// target never depends on the interop target. Links name other records of the same batch by
/// their ``key``.
public struct ImportedDecision: Codable, Sendable, Equatable {
    /// How links in the same batch name this record (its number, or its file name): unique in the batch.
    public var key: String
    /// Title, problem, options, people, tags and extras. Its `links` are ignored: pass ``links``.
    public var content: DecisionContent
    /// The status the record states; unknown statuses are recorded as `proposed` with
    /// ``DecisionExtras/statusText`` set.
    public var status: DecisionStatus
    /// The day the record carries, as the valid time of its events; nil records them as of now.
    public var date: Timestamp?
    /// Typed links as written, both directions.
    public var links: [ImportedLink]
    /// The file it came from.
    public var source: DecisionSource

    public init(
        key: String, content: DecisionContent, status: DecisionStatus, date: Timestamp?, links: [ImportedLink] = [],
        source: DecisionSource
    ) {
        self.key = key
        self.content = content
        self.status = status
        self.date = date
        self.links = links
        self.source = source
    }
}

/// A typed link as a record wrote it: `supersedes`, `superseded-by`, `amends`, `amended-by`,
/// `relates-to`, or a custom kebab-case label (`clarifies`, `clarified-by`).
public struct ImportedLink: Codable, Sendable, Equatable {
    public static let supersededBy = LinkType.supersededBy.rawValue
    public static let amendedBy = LinkType.amendedBy.rawValue

    public var type: String
    /// The target record's ``ImportedDecision/key``.
    public var target: String

    public init(type: String, target: String) {
        self.type = type
        self.target = target
    }

    /// The forward type a reverse link stands for (`superseded-by` → `supersedes`), or nil.
    var forwardType: String? { LinkType(type).forward?.rawValue }
}
