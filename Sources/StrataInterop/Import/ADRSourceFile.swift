public import Foundation

/// One file handed to the importer: its name relative to the collection and its bytes.
///
/// The directory reader produces these; tests and callers with in-memory content (a git
/// blob, an upload) can pass them straight to ``ADRImporter/read(files:format:)``.
public struct ADRSourceFile: Sendable, Equatable {
    /// The file name, relative to the collection's directory.
    public var name: String
    /// The file's raw bytes; the importer decodes them.
    public var data: Data

    /// Creates a source file.
    public init(name: String, data: Data) {
        self.name = name
        self.data = data
    }
}
