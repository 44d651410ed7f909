import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The formats an export writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    case adrTools = "adr-tools", madr, jsonADR = "json-adr", events, graph, html
}

/// What an export wrote, for a face to report.
public struct ExportReport: Codable, Sendable, Equatable {
    public var format: String
    public var path: String
    /// Files written (1 for a single-file format).
    public var files: Int
    public var decisions: Int
    /// Stores drawn (graph).
    public var stores: Int?
    /// Dated architectures on the report's slider (html).
    public var snapshots: Int?
    /// Events written (events).
    public var events: Int?
}

extension StrataStore {
    /// The files an export consists of, and the directory they go in; nothing is written.
    public struct ExportPlan: Sendable {
        public var files: [ExportedFile]
        public var directory: URL
        public var report: ExportReport
    }

    /// Plans an export of the log up to `asOf` (a date, a date-time, `@POSITION`, or `ADR-N` for
    /// graph and html) in `format` to `path`. `events` streams to its file instead: use
    /// ``exportEvents(to:asOf:force:)``.
    public func exportPlan(
        _ format: ExportFormat, to path: String, asOf: String?, notation: GraphNotation? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil
    ) throws(AppError) -> ExportPlan {
        if notation != nil, format != .graph {
            throw AppError(.invalidInput, "a notation applies to graph exports only", subject: .field(.format))
        }
        switch format {
        case .graph, .html:
            let moment = try asOf.map { text throws(AppError) in try self.cut(text, field: .asOf) }
            if format == .graph { return try graphPlan(path, cut: moment, notation: notation) }
            return try htmlPlan(path, cut: moment, progress: progress)
        case .adrTools, .madr, .jsonADR:
            let cut = try asOf.map { text throws(AppError) in try MomentParser.timeCut(text) }
            return try recordsPlan(format, path, cut: cut)
        case .events:
            throw AppError(.invalidInput, "an events export streams to its file; export it on its own", subject: .field(.format))
        }
    }

    /// Writes a planned export, never outside its directory and never over a file unless `force`.
    public func write(_ plan: ExportPlan, force: Bool) throws(AppError) -> ExportReport {
        try ExportWriter.write(plan.files, to: plan.directory, force: force)
        return plan.report
    }

    /// Streams the log up to `asOf` to `path` as NDJSON, for `import events` into another store.
    /// `progress` hears the events written so far and how many the cut holds.
    public func exportEvents(
        to path: String, asOf: String?, force: Bool, progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil
    ) throws(AppError) -> ExportReport {
        let cut = try asOf.map { text throws(AppError) in try MomentParser.timeCut(text) }
        let count = try EventsFile.write(log, upTo: cut, to: path, force: force, progress: progress)
        return ExportReport(format: ExportFormat.events.rawValue, path: path, files: 1, decisions: 0, events: count)
    }

    private func recordsPlan(_ format: ExportFormat, _ path: String, cut: TimeCut?) throws(AppError) -> ExportPlan {
        let names = try query(Moment(asOf: cut)) { view in
            let reader = view.reader
            return try reader.contexts().map { ($0.id, $0.shortID) } + reader.workloads().map { ($0.id, $0.shortID) }
                + reader.stores().map { ($0.id, $0.shortID) } + reader.measurements().map { ($0.id, $0.shortID) }
        }
        let records = ExportedRecords.records(try decisionStates(upTo: cut), names: Dictionary(names) { first, _ in first })
        let url = URL(fileURLWithPath: path)
        let files: [ExportedFile]
        var directory = url
        switch format {
        case .adrTools:
            files = ADRToolsExporter.export(records)
                + [ExportedFile(relativePath: "README.md", contents: ADRToolsExporter.tableOfContents(records))]
        case .madr: files = MADRExporter.export(records)
        default:
            files = [JSONADRExporter.export(records, toolVersion: StrataVersion.current, fileName: url.lastPathComponent)]
            directory = url.deletingLastPathComponent()
        }
        return ExportPlan(
            files: files, directory: directory,
            report: ExportReport(format: format.rawValue, path: path, files: files.count, decisions: records.count))
    }

    private func graphPlan(_ path: String, cut: TimeCut?, notation: GraphNotation?) throws(AppError) -> ExportPlan {
        let (decisions, architecture) = try query(Moment(asOf: cut)) { view in
            (DiagramGraph.decisions(try DecisionLog.build(view)), DiagramGraph.architecture(try ArchitectureReport.build(view)))
        }
        let (files, directory) = try GraphExport.files(decisions: decisions, architecture: architecture, path: path, notation: notation)
        let report = ExportReport(
            format: ExportFormat.graph.rawValue, path: path, files: files.count, decisions: decisions.nodes.count,
            stores: architecture.nodes.filter { $0.shape == .store }.count)
        return ExportPlan(files: files, directory: directory, report: report)
    }

    private func htmlPlan(_ path: String, cut: TimeCut?, progress: ((Int, Int) -> Void)?) throws(AppError) -> ExportPlan {
        let data = try AppError.wrap { try HTMLReportData.read(readSide, upTo: cut, progress: progress) }
        let files = try AppError.wrap { try HTMLExport.files(data) }
        let report = ExportReport(
            format: ExportFormat.html.rawValue, path: path, files: files.count, decisions: data.log.decisions.count,
            snapshots: data.timeline.moments.count)
        return ExportPlan(files: files, directory: URL(fileURLWithPath: path), report: report)
    }

    /// Every decision folded from its stream, up to `cut`.
    func decisionStates(upTo cut: TimeCut?) throws(AppError) -> [DecisionState] {
        try AppError.wrap {
            var streams: [String: [RecordedEvent]] = [:]
            try log.read(EventQuery(upTo: cut, category: EntityKind.decision.streamCategory)) { streams[$0.streamID, default: []].append($0) }
            return try streams.values.compactMap { try DecisionState.fold($0)?.state }
        }
    }
}
