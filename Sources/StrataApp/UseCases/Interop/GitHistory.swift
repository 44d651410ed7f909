import Foundation
import Strata
import StrataInterop

/// The commits that wrote an ADR collection, read from git, in author-date order.
///
/// A history rewritten by merges or rebases still says when each change was written: its
/// author date. So every non-merge commit is one step, its own diff applied at its author date,
/// whatever order the merges left. A record keeps its history across renames and folder moves:
/// its lineage is traced back from its path at HEAD through every rename git detects.
struct GitHistory {
    /// One commit and what it did to the collection's files.
    struct Commit {
        var sha: String
        var authorDate: Timestamp
        var author: String
        /// Changed record files: historic path → new content, nil when deleted.
        var changes: [(path: String, content: String?)]
    }

    let root: URL
    /// The collection's path inside the repository (`doc/adr`, or `.`).
    let collection: String
    private(set) var commits: [Commit] = []
    /// Historic path → the path its record has at HEAD, which names it in the store.
    private(set) var identity: [String: String] = [:]

    init(directory: URL) throws(AppError) {
        guard let root = CollectionKey.gitRoot(of: directory) else {
            throw AppError(.invalidInput, "'\(directory.path)' is not in a git repository; import it without --git", subject: .file(directory.path))
        }
        self.root = root
        collection = CollectionKey.of(directory)
        let log = try Git.run(
            ["-c", "core.quotePath=false", "log", "--no-merges", "-M", "--name-status", "--format=%x1e%H%x1f%aI%x1f%an"],
            in: root.path)
        var parsed = Self.parse(log)
        trace(&parsed)
        let wanted = Set(identity.keys)
        var found: [Commit] = []
        for entry in parsed {
            let changes = entry.changes.filter { wanted.contains($0.path) }
            guard !changes.isEmpty else { continue }
            var commit = Commit(sha: entry.sha, authorDate: entry.authorDate, author: entry.author, changes: [])
            for change in changes {
                commit.changes.append((change.path, change.deleted ? nil : try Git.run(["show", "\(entry.sha):\(change.path)"], in: root.path)))
            }
            found.append(commit)
        }
        // git lists newest first; replay oldest first by author date, ties in the order git wrote them.
        commits = found.enumerated().sorted { lhs, rhs in
            lhs.element.authorDate != rhs.element.authorDate ? lhs.element.authorDate < rhs.element.authorDate : lhs.offset > rhs.offset
        }.map(\.element)
    }

    /// One entry of `git log --name-status`: a rename is a deletion of its old path and an addition.
    private struct Entry {
        var sha: String
        var authorDate: Timestamp
        var author: String
        var changes: [(path: String, deleted: Bool)] = []
        var renames: [(from: String, to: String)] = []
    }

    private static func parse(_ log: String) -> [Entry] {
        log.split(separator: "\u{1e}").compactMap { block in
            let lines = block.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
            guard let header = lines.first else { return nil }
            let fields = header.split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 3, let date = Timestamp(parsing: fields[1]) ?? Timestamp(parsing: String(fields[1].prefix(10))) else { return nil }
            var entry = Entry(sha: fields[0], authorDate: date, author: fields[2])
            for line in lines.dropFirst() {
                let parts = line.split(separator: "\t").map(String.init)
                guard let status = parts.first?.first, parts.count >= 2 else { continue }
                if (status == "R" || status == "C"), parts.count >= 3 {
                    if status == "R" { entry.changes.append((parts[1], true)) }
                    entry.changes.append((parts[2], false))
                    if status == "R" { entry.renames.append((parts[1], parts[2])) }
                } else {
                    entry.changes.append((parts[1], status == "D"))
                }
            }
            return entry
        }
    }

    /// Names every historic path of the records under the collection at HEAD (newest first).
    private mutating func trace(_ entries: inout [Entry]) {
        let prefix = collection == "." ? "" : collection + "/"
        var decided: Set<String> = []
        for entry in entries {
            for change in entry.changes where decided.insert(change.path).inserted {
                let renamedAway = entry.renames.contains { $0.from == change.path }
                if !renamedAway, Self.isRecord(change.path, under: prefix) { identity[change.path] = change.path }
            }
            for rename in entry.renames {
                if let named = identity[rename.to] { identity[rename.from] = named }
            }
        }
    }

    private static func isRecord(_ path: String, under prefix: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let rest = path.dropFirst(prefix.count)
        return !rest.contains("/") && ADRImporter.isRecordFileName(String(rest))
    }
}
