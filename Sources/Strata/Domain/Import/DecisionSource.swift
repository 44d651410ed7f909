/// Where an imported decision came from: stored on its `decision.proposed` event.
///
/// Lets anyone reading the log years later find the file a decision was imported from, and
/// keeps the number it had there when the import gave it another one.
public struct DecisionSource: Codable, Sendable, Equatable {
    /// The format read: `adr-tools`, `madr`, `log4brains` or `json-adr`.
    public var format: String
    /// The collection the record belongs to: its directory relative to the root of the git
    /// repository holding it (`doc/adr`), else its absolute path; nil for imports made before
    /// collections were recorded. With ``path`` it names the record when the collection is
    /// imported again, whatever its text says by then.
    public var collection: String?
    /// The file, relative to the imported directory (or the JSON document's name).
    public var path: String?
    /// The record's number in its collection, when it had one.
    public var number: Int?
    /// A SHA-256 (hex) of the source content, which names the import's events so that two
    /// identical imports racing each other append them once. Nil lets
    /// ``DecisionImportService`` derive one from the imported fields.
    public var fingerprint: String?

    public init(format: String, collection: String? = nil, path: String? = nil, number: Int? = nil, fingerprint: String? = nil) {
        self.format = format
        self.collection = collection
        self.path = path
        self.number = number
        self.fingerprint = fingerprint
    }
}

extension DecisionSource {
    /// Whether `other` names the same record of the same collection: same file and number, in
    /// the same collection (a source recorded before collections were kept matches any).
    func names(_ other: DecisionSource) -> Bool {
        guard let path, path == other.path, number == other.number else { return false }
        guard let collection, let otherCollection = other.collection else { return true }
        return collection == otherCollection
    }
}
