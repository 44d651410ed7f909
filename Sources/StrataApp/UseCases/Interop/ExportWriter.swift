import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Writes exported files under one directory, never outside it and never over a file unless forced.
///
/// Every path is checked before anything is written, so a refusal leaves the directory as it was.
public enum ExportWriter {
    public static func write(_ files: [ExportedFile], to directory: URL, force: Bool) throws(AppError) {
        let root = directory.standardizedFileURL
        var targets: [(URL, ExportedFile)] = []
        for file in files {
            let target = root.appendingPathComponent(file.relativePath).standardizedFileURL
            guard target.path.hasPrefix(root.path.hasSuffix("/") ? root.path : root.path + "/") else {
                throw AppError(.exportRefused, "'\(file.relativePath)' would be written outside \(root.path); nothing was written", subject: .file(root.path))
            }
            if !force, FileManager.default.fileExists(atPath: target.path) {
                throw AppError(
                    .exportRefused, "\(target.path) already exists; nothing was written (export into an empty directory)",
                    subject: .file(target.path), remedy: .provide(.force))
            }
            targets.append((target, file))
        }
        do {
            for (target, file) in targets {
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: target, options: .atomic)
            }
        } catch {
            throw AppError(.unreadableFile, "cannot write to \(root.path) (\(error.localizedDescription)); check the path and its permissions", subject: .file(root.path))
        }
    }
}
