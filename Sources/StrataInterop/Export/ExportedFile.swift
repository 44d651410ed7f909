/// A file an exporter produced, for the caller to write.
///
/// Exporters are pure: they return contents and a path relative to the export directory.
/// The path is sanitised on creation (see ``SafePath``), so writing it under the export
/// directory can never escape that directory, whatever the record titles contained.
public struct ExportedFile: Sendable, Equatable {
    /// A safe relative path: no `..`, no leading `/`, no control or bidi characters.
    public let relativePath: String
    /// The file's text; Markdown files end with exactly one newline.
    public let contents: String

    /// Creates a file, sanitising `relativePath`.
    public init(relativePath: String, contents: String) {
        self.relativePath = SafePath.sanitise(relativePath)
        self.contents = contents
    }
}
