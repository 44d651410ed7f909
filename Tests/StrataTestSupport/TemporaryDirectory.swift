import Foundation

/// A fresh directory under the system temporary directory, for one test: optionally filled with
/// fixture files written from string literals, and removed by ``remove()`` or when released.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    /// Creates the directory (named `prefix-UUID`) and writes `files` (name → contents) into it.
    public init(prefix: String = "strata-tests", _ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, contents) in files { try write(name, Data(contents.utf8)) }
    }

    /// The absolute path of `name` inside the directory.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes raw bytes, for encodings and binary garbage.
    public func write(_ name: String, _ data: Data) throws {
        try data.write(to: url.appendingPathComponent(name))
    }

    /// Writes `text` as UTF-8 and returns the file's path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
        return path(name)
    }

    public func remove() { try? FileManager.default.removeItem(at: url) }

    deinit { remove() }
}
