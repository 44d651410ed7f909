import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// What replaying a collection's git history recorded, one step per commit.
public struct GitReplayReport: Codable, Sendable, Equatable {
    /// One commit and what it recorded.
    public struct Step: Codable, Sendable, Equatable {
        public var commit: String
        public var date: String
        public var author: String
        public var new: Int
        public var changed: Int
        public var events: Int
    }

    public var format: String
    /// True when the replay ran on a copy of the store that was then thrown away.
    public var dryRun: Bool = false
    public var steps: [Step]
    /// Commits an earlier replay recorded: not applied again.
    public var alreadyReplayed: Int
    public var events: Int
    /// What each commit's import could not record as written, each said once.
    public var notes: [ImportReport.Note]
}

extension StrataStore {
    /// Replays the git history of the collection at `path`: every commit that touched a record
    /// is imported as the collection stood after it, effective at the commit's author date, with
    /// its author as actor and `git:<sha>` as the events' correlation id.
    ///
    /// Each commit is one append, so a commit the domain refuses a change in still records the
    /// rest; a second replay skips the commits an earlier one recorded.
    ///
    /// A dry run replays into a copy of the store, since each commit builds on the one before,
    /// reports what it recorded there and deletes the copy; this store is never written.
    public func replayGit(
        _ path: String, format: ImportFormat? = nil, actor: String, dryRun: Bool = false,
        progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(AppError) -> GitReplayReport {
        if dryRun {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("strata-dry-run-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let copy = scratch.appendingPathComponent("store.db").path
            try AppError.wrap {
                try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
                try log.copy(to: copy)
            }
            var report = try StrataStore.open(at: copy).replayGit(path, format: format, actor: actor, progress: progress)
            report.dryRun = true
            return report
        }
        if format == .events || format == .jsonADR {
            throw AppError(.invalidInput, "--git replays Markdown records; drop --git to import \(format?.rawValue ?? "")", subject: .file(path))
        }
        let history = try GitHistory(directory: URL(fileURLWithPath: path))
        let service = DecisionImportService(log: log)
        let done = try AppError.wrap { try service.correlations(withPrefix: "git:") }
        let lastDone = history.commits.lastIndex { done.contains("git:\($0.sha)") } ?? -1
        var report = GitReplayReport(format: format?.rawValue ?? "", steps: [], alreadyReplayed: 0, events: 0, notes: [])
        var said: Set<String> = []
        func note(_ file: String, _ message: String) {
            if said.insert(file + "\u{0}" + message).inserted { report.notes.append(.init(file: file, message: message)) }
        }
        var files: [String: (historic: String, content: String)] = [:]
        var firstSeen: [String: Timestamp] = [:]
        for (index, commit) in history.commits.enumerated() {
            progress?(index, history.commits.count)
            var deleted: [String] = []
            for change in commit.changes {
                guard let identity = history.identity[change.path] else { continue }
                if let content = change.content {
                    files[identity] = (change.path, content)
                    if firstSeen[identity] == nil { firstSeen[identity] = commit.authorDate }
                } else if files[identity]?.historic == change.path {
                    files[identity] = nil
                    deleted.append(identity)
                }
            }
            guard index > lastDone else {
                report.alreadyReplayed += 1
                continue
            }
            let step = try replay(commit, files: files, firstSeen: firstSeen, history: history, format: format, service: service, note: note)
            // A rename deletes its old path and adds the new one: only a record gone for good was deleted.
            for identity in deleted where files[identity] == nil { note(Self.name(identity, in: history), "deleted in \(commit.sha.prefix(7)); its decision stays in the log") }
            report.events += step.events
            if report.format.isEmpty { report.format = format?.rawValue ?? "" }
            report.steps.append(step)
        }
        return report
    }

    private func replay(
        _ commit: GitHistory.Commit, files: [String: (historic: String, content: String)], firstSeen: [String: Timestamp],
        history: GitHistory, format: ImportFormat?, service: DecisionImportService, note: (String, String) -> Void
    ) throws(AppError) -> GitReplayReport.Step {
        var identities: [String: String] = [:]
        let sources = files.sorted { $0.key < $1.key }.map { identity, file in
            let name = String(file.historic.split(separator: "/").last ?? Substring(file.historic))
            identities[name] = identity
            return ADRSourceFile(name: name, data: Data(file.content.utf8))
        }
        let result = ADRImporter().read(files: sources, format: format?.adrFormat)
        let adrFormat = result.format ?? format?.adrFormat ?? .madr
        let decisions = ImportedRecords.decisions(result.records, format: adrFormat, directory: nil, collection: history.collection)
            .map { decision in
                var named = decision
                if let identity = decision.source.path.flatMap({ identities[$0] }) {
                    named.source.path = Self.name(identity, in: history)
                    if named.date == nil { named.date = firstSeen[identity] }
                }
                return named
            }
        let context = CommandContext(metadata: EventMetadata(actor: commit.author, correlationID: "git:\(commit.sha)"))
        let imported = try AppError.wrap {
            try service.importDecisions(decisions, context, wholeCollection: false, at: commit.authorDate)
        }
        for item in imported.notes { note(item.path, item.message) }
        return GitReplayReport.Step(
            commit: commit.sha, date: commit.authorDate.day, author: commit.author, new: imported.imported.count,
            changed: imported.changed.count, events: imported.eventCount)
    }

    /// The record's file as a plain import of the directory names it.
    private static func name(_ identity: String, in history: GitHistory) -> String {
        history.collection == "." ? identity : String(identity.dropFirst(history.collection.count + 1))
    }
}
