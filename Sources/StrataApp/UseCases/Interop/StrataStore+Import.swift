import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The sources an import reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    case adrTools = "adr-tools", madr, log4brains, jsonADR = "json-adr", events

    var adrFormat: ADRFormat? { ADRFormat(rawValue: rawValue) }
}

extension StrataStore {
    /// Imports decision records from a directory or file (the Markdown format detected per file
    /// when `format` is nil) in one transaction. Records an earlier import holds are synced: what
    /// changed in their files is recorded on the same decisions; unchanged ones add nothing.
    /// `progress` hears the files read so far and how many there are.
    public func importRecords(
        _ path: String, format: ImportFormat? = nil, dryRun: Bool = false, actor: String, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(AppError) -> ImportReport {
        if format == .events {
            throw AppError(.invalidInput, "events are merged, not imported as records", remedy: .perform(.importEvents(path: path)))
        }
        try Self.requireExists(path)
        let source = try ImportSource.read(path, format: format?.adrFormat, progress: progress)
        let (decisions, dateNotes) = GitAddedDates.fill(ImportedRecords.decisions(
            source.result.records, format: source.format, directory: source.directory, document: source.document,
            collection: source.collection), directory: source.directory)
        let settled = source.document == nil ? ExportEcho.settle(decisions, states: try decisionStates(upTo: nil)) : decisions
        let report = try AppError.wrap {
            try DecisionImportService(log: log).importDecisions(
                settled, CommandContext(actor: actor), dryRun: dryRun, wholeCollection: source.wholeCollection)
        }
        var result = ImportReport(report, problems: source.result.problems, format: source.format)
        let newFiles = Set(result.decisions.filter(\.new).compactMap(\.source))
        result.notes += dateNotes.filter { newFiles.contains($0.file) }
        return result
    }

    /// Merges another store's `events --json` export: events this store holds are skipped, the
    /// rest appended at the end of their streams with this store's positions and chain, command
    /// by command through the domain's rules; refused commands and new short ids are reported.
    /// `progress` hears the bytes of the file read so far and its size.
    public func importEvents(
        _ path: String, dryRun: Bool = false, actor: String, progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil
    ) throws(AppError) -> MergeReport {
        try Self.requireExists(path)
        let report = try AppError.wrap {
            try EventMergeService(log: log).merge(fileAt: URL(fileURLWithPath: path), name: path, dryRun: dryRun, actor: actor, progress: progress)
        }
        return MergeReport(report)
    }

    private static func requireExists(_ path: String) throws(AppError) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw AppError(
                .unreadableFile, "'\(path)' does not exist; pass the directory or file to import", subject: AppError.Subject(field: .path, file: path))
        }
    }
}
