import Foundation
import Strata
import StrataInterop

/// Where an export's files land once every symlink is resolved, checked before anything is written.
///
/// A lexical check alone lets `DIR/decisions -> /elsewhere` or a planted `DIR/index.html ->
/// ~/.bashrc` redirect the write, so each file's nearest existing directory is resolved with
/// `realpath` and must stay inside the resolved target, and a file that is a symlink is refused.
struct ExportDestination {
    /// The target directory as named, standardized.
    let root: URL
    /// The target after `realpath`; nil while it does not exist (everything will then be new).
    let resolvedRoot: String?
    /// Each file with where it goes under ``root``.
    let targets: [(url: URL, file: ExportedFile)]

    init(_ files: [ExportedFile], in directory: URL, force: Bool) throws(AppError) {
        root = directory.standardizedFileURL
        let prefix = root.path.hasSuffix("/") ? root.path : root.path + "/"
        var targets: [(URL, ExportedFile)] = []
        for file in files {
            let target = root.appendingPathComponent(file.relativePath).standardizedFileURL
            guard target.path.hasPrefix(prefix) else {
                throw AppError(.exportRefused, "'\(file.relativePath)' would be written outside \(root.path); nothing was written", subject: .file(root.path))
            }
            targets.append((target, file))
        }
        self.targets = targets
        do {
            try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw Self.unwritable(root, error)
        }
        resolvedRoot = FileInspection.resolved(root.path)
        if let resolvedRoot, FileInspection.type(resolvedRoot) != .typeDirectory {
            throw AppError(.exportRefused, "\(root.path) is not a directory; nothing was written", subject: .file(root.path))
        }
        // Links and escapes first, over every file, so they are reported before a mere existing file.
        for (target, _) in targets { try check(target, force: true) }
        if !force { for (target, _) in targets { try check(target, force: false) } }
    }

    /// Refuses `target` when it is a symlink or not a regular file, exists without `force`, or
    /// its nearest existing directory resolves outside the target directory.
    func check(_ target: URL, force: Bool) throws(AppError) {
        guard let resolvedRoot else { return }
        if let type = FileInspection.type(target.path) {
            guard type == .typeRegular else {
                throw AppError(.exportRefused, "\(target.path) is a \(FileInspection.describe(type)); nothing was written through it",
                               subject: .file(target.path))
            }
            if !force {
                throw AppError(
                    .exportRefused, "\(target.path) already exists; nothing was written (export into an empty directory)",
                    subject: .file(target.path), remedy: .provide(.force))
            }
        }
        var ancestor = target.deletingLastPathComponent()
        while FileInspection.type(ancestor.path) == nil, ancestor.path != "/" { ancestor.deleteLastPathComponent() }
        let inside = resolvedRoot.hasSuffix("/") ? resolvedRoot : resolvedRoot + "/"
        guard let real = FileInspection.resolved(ancestor.path), real == resolvedRoot || real.hasPrefix(inside),
              FileInspection.type(real) == .typeDirectory else {
            throw AppError(.exportRefused, "\(target.path) would be written outside \(resolvedRoot) through \(ancestor.path); nothing was written",
                           subject: .file(target.path))
        }
    }

    /// The error for a directory the export cannot create or write.
    static func unwritable(_ root: URL, _ error: any Error) -> AppError {
        AppError(.unreadableFile, "cannot write to \(root.path) (\(error.localizedDescription)); check the path and its permissions", subject: .file(root.path))
    }
}
