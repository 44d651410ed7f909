import Foundation
import StrataInterop

/// Writes exported files under one directory, never outside it and never over a file unless forced.
///
/// Every path is checked before anything is written, so a refusal leaves the directory as it was.
enum ExportWriter {
    static func write(_ files: [ExportedFile], to directory: URL, force: Bool) throws {
        let root = directory.standardizedFileURL
        let targets = try files.map { file -> (URL, ExportedFile) in
            let target = root.appendingPathComponent(file.relativePath).standardizedFileURL
            guard target.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
                throw CommandFailure.usage("'\(file.relativePath)' would be written outside \(root.path); nothing was written")
            }
            if !force, FileManager.default.fileExists(atPath: target.path) {
                throw CommandFailure.usage("\(target.path) already exists; nothing was written. Export into an empty directory or pass --force")
            }
            return (target, file)
        }
        do {
            for (target, file) in targets {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target, options: .atomic)
            }
        } catch {
            throw CommandFailure.usage("cannot write to \(root.path) (\(error.localizedDescription)); check the path and its permissions")
        }
    }
}
