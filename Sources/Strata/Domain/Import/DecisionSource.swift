/// Where an imported decision came from: stored on its `decision.proposed` event.
///
/// Lets anyone reading the log years later find the file a decision was imported from, and
/// keeps the number it had there when the import gave it another one.
public struct DecisionSource: Codable, Sendable, Equatable {
    /// The format read: `adr-tools`, `madr`, `log4brains` or `json-adr`.
    public var format: String
    /// The file, relative to the imported directory (or the JSON document's name).
    public var path: String?
    /// The record's number in its collection, when it had one.
    public var number: Int?
    /// A SHA-256 (hex) of the source content: what makes a re-import recognise the record.
    /// Nil lets ``DecisionImportService`` derive one from the imported fields.
    public var fingerprint: String?

    public init(format: String, path: String? = nil, number: Int? = nil, fingerprint: String? = nil) {
        self.format = format
        self.path = path
        self.number = number
        self.fingerprint = fingerprint
    }
}
