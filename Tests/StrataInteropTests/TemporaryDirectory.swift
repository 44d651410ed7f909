import Foundation

/// A fresh directory under the system temporary directory, filled with fixture files
/// written from string literals, and removed when the test is done with it.
final class TemporaryDirectory {
    let url: URL

    /// Creates the directory and writes `files` (name → contents) into it.
    init(_ files: [String: String] = [:]) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("strata-interop-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, contents) in files {
            try write(name, Data(contents.utf8))
        }
    }

    /// Writes raw bytes, for encodings and binary garbage.
    func write(_ name: String, _ data: Data) throws {
        try data.write(to: url.appendingPathComponent(name))
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
