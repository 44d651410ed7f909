import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections
#if canImport(Glibc)
import Glibc
#endif

/// Writes exported files under one directory, never outside it and never over a file unless forced.
///
/// Every path is checked before anything is written, so a refusal leaves the directory as it was.
/// Files are written into a fresh staging directory first and only then moved into place, so a
/// failed or killed export never leaves a half-written target that blocks the next run: a new
/// target is staged beside it and renamed into place whole; an existing one is staged inside it
/// (same file system, already writable) and each file is linked in, or renamed over with `force`.
public enum ExportWriter {
    public static func write(_ files: [ExportedFile], to directory: URL, force: Bool) throws(AppError) {
        let destination = try ExportDestination(files, in: directory, force: force)
        let root = destination.root
        let exists = destination.resolvedRoot != nil
        let name = ".strata-export-\(UUID().uuidString)"
        let staging = exists
            ? root.appendingPathComponent(name)
            : root.deletingLastPathComponent().appendingPathComponent(".\(root.lastPathComponent)\(name)")
        defer { try? FileManager.default.removeItem(at: staging) }
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            let prefix = root.path.count
            let staged = try destination.targets.map { target, file in
                let url = URL(fileURLWithPath: staging.path + target.path.dropFirst(prefix))
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try StagedFile.write(file.contents, to: url.path)
                return (from: url, to: target)
            }
            guard exists else { return try FileManager.default.moveItem(at: staging, to: root) }
            for (from, to) in staged {
                try destination.check(to, force: force)
                try FileManager.default.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                // link(2) refuses a file that appeared since the check; rename(2) replaces atomically.
                guard (force ? rename(from.path, to.path) : link(from.path, to.path)) == 0 else {
                    throw AppError(.exportRefused, "cannot place \(to.path) (\(String(cString: strerror(errno)))); the files before it were written",
                                   subject: .file(to.path))
                }
            }
        } catch let error as AppError {
            throw error
        } catch {
            throw ExportDestination.unwritable(root, error)
        }
    }
}

/// Staged files are written with plain `write(2)`: Foundation's `Data.write` syncs every file,
/// and a report of 5,000 pages spent most of its time waiting for those syncs. An export is
/// derived from the log and can be written again; a crash leaves at worst the staging directory.
enum StagedFile {
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure("create", path) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure("write", path) }
            written += count
        }
    }

    private static func failure(_ action: String, _ path: String) -> StagingFailure {
        StagingFailure(errorDescription: "cannot \(action) \(path): \(String(cString: strerror(errno)))")
    }

    struct StagingFailure: LocalizedError {
        var errorDescription: String?
    }
}
