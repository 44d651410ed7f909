import Foundation

/// The candidate record files of one directory, read into memory.
///
/// Sizes are checked before reading, so an oversized file is never loaded.
struct DirectoryListing {
    private(set) var files: [ADRSourceFile] = []
    private(set) var problems: [ImportProblem] = []

    /// Index and template files that tools keep next to the records.
    static let reservedStems: Set<String> = ["readme", "index", "template", "backlog", "toc"]

    init(directory: URL, maxFileBytes: Int) {
        let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey, .isSymbolicLinkKey]
        let urls: [URL]
        do {
            urls = try FileManager.default.contentsOfDirectory(
                at: directory, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        } catch {
            problems.append(ImportProblem(
                file: directory.path, code: .unreadableDirectory,
                message: "cannot list the directory (\(error.localizedDescription)). Check the path and permissions"))
            return
        }
        let root = directory.resolvingSymlinksInPath().standardizedFileURL.path
        for url in urls.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let name = url.lastPathComponent
            guard Self.isCandidate(name) else {
                if Self.isReserved(name) {
                    problems.append(name.lowercased().hasPrefix("template.")
                        ? ImportProblem(file: name, code: .skippedTemplate, message: "a template file, not a record; skipped")
                        : ImportProblem(file: name, code: .skippedIndex, message: "a README or index file, not a record; skipped"))
                }
                continue
            }
            let target = url.resolvingSymlinksInPath().standardizedFileURL
            if (try? url.resourceValues(forKeys: [.isSymbolicLinkKey]))?.isSymbolicLink == true,
               !target.path.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
                problems.append(ImportProblem(
                    file: name, code: .symlinkOutside,
                    message: "a symbolic link to '\(target.path)', outside the directory; not followed. Copy the file in if it is a record"))
                continue
            }
            read(target, name: name, maxFileBytes: maxFileBytes)
        }
    }

    private mutating func read(_ url: URL, name: String, maxFileBytes: Int) {
        let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey])
        guard values?.isRegularFile == true else { return }
        if let size = values?.fileSize, size > maxFileBytes {
            problems.append(Self.tooLarge(name, limit: maxFileBytes))
            return
        }
        do {
            files.append(ADRSourceFile(name: name, data: try Data(contentsOf: url)))
        } catch {
            problems.append(ImportProblem(
                file: name, code: .unreadableFile,
                message: "cannot read the file (\(error.localizedDescription)); skipped. Check its permissions"))
        }
    }

    /// A Markdown file named like an index or template that tools keep next to records.
    static func isReserved(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard !lower.hasPrefix("."), isMarkdown(name) else { return false }
        return reservedStems.contains(lower.split(separator: ".").first.map(String.init) ?? lower)
    }

    /// Markdown or JSON files that are not hidden or reserved index files.
    static func isCandidate(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard !lower.hasPrefix("."), isMarkdown(name) || lower.hasSuffix(".json") else { return false }
        let stem = lower.split(separator: ".").first.map(String.init) ?? lower
        return !reservedStems.contains(stem)
    }

    static func isMarkdown(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    static func tooLarge(_ name: String, limit: Int) -> ImportProblem {
        ImportProblem(
            file: name, code: .fileTooLarge,
            message: "file is larger than \(limit / 1024) KiB; skipped. Split it or raise the importer's limit")
    }
}
