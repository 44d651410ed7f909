import ArgumentParser
import Foundation
import Strata
import StrataInterop

extension StrataCommand {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Export the decisions as adr-tools, MADR 4 or JSON-ADR files, the log as events, graphs or an HTML report.",
            discussion: """
                Decisions are folded from the log up to --as-of (an ISO date or instant, inclusive, \
                or @POSITION) and written with their numbers (ADR-7 → 0007-slug.md), statuses, dates \
                (the valid time of the last proposal, acceptance or rejection) and links at both ends.

                adr-tools: DIR/NNNN-slug.md exactly as adr-tools writes them ('Date:', a Status section \
                with 'Supercedes'/'Superceded by' lines), plus DIR/README.md as 'adr generate toc' prints \
                it. madr: DIR/NNNN-slug.md in MADR 4 with YAML front matter. json-adr: one JSON-ADR v1 \
                document in FILE. events: FILE in the NDJSON of 'strata events --json', for \
                'strata import events' into another store. graph: DIR gets decisions and architecture as \
                .dot and .mmd (--format dot|mermaid|both), FILE.dot both digraphs, FILE.md both as Mermaid blocks. \
                html: DIR gets a static report (index.html, one page per decision, strata.css, strata.js) that \
                opens from disk with no network.

                Existing files are never overwritten unless --force; no file is written outside DIR. \
                Importing an export into an empty store gives the same decisions, statuses and links.

                Examples:
                  strata export adr-tools doc/adr
                  strata export madr docs/decisions --as-of 2025-06-30
                  strata export json-adr adrs.json
                  strata export events backup.ndjson --as-of @1200
                  strata export graph diagrams --format mermaid
                  strata export html report
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("adr-tools, madr, json-adr, events, graph or html.", valueName: "format"))
        var format: ExportFormat

        @Argument(help: ArgumentHelp("The directory (adr-tools, madr, html), file (json-adr, events) or either (graph) to write.", valueName: "path"))
        var path: String

        @Option(name: .customLong("as-of"), help: ArgumentHelp("Export the log as it was at this time or @POSITION.", valueName: "time"))
        var asOf: String?

        @Flag(help: "Overwrite files that already exist.")
        var force = false

        @OptionGroup var visual: VisualExportOptions

        func run() throws {
            if try VisualExport.run(format, path: path, asOf: asOf, options: visual, force: force, store: store) { return }
            let cut = try asOf.map { try TimeCutArgument.parse($0) }
            let log = try store.openLog()
            if format == .events {
                let count = try EventsFile.write(log, upTo: cut, to: path, force: force)
                print("Wrote \(count) event\(count == 1 ? "" : "s") to \(path)")
                return
            }
            let records = ExportedRecords.records(try Self.decisions(log, upTo: cut))
            let files: [ExportedFile]
            switch format {
            case .adrTools:
                files = ADRToolsExporter.export(records)
                    + [ExportedFile(relativePath: "README.md", contents: ADRToolsExporter.tableOfContents(records))]
            case .madr: files = MADRExporter.export(records)
            case .graph, .html: return  // written by VisualExport above
            case .jsonADR, .events:
                let name = URL(fileURLWithPath: path).lastPathComponent
                let file = JSONADRExporter.export(records, toolVersion: StrataVersion.current, fileName: name)
                try ExportWriter.write([file], to: URL(fileURLWithPath: path).deletingLastPathComponent(), force: force)
                print("Wrote \(records.count) decision\(records.count == 1 ? "" : "s") to \(path)")
                return
            }
            try ExportWriter.write(files, to: URL(fileURLWithPath: path), force: force)
            print("Wrote \(records.count) decision\(records.count == 1 ? "" : "s") to \(path) (\(files.count) files)")
        }

        /// Every decision folded from its stream, up to `cut`.
        static func decisions(_ log: SQLiteEventLog, upTo cut: TimeCut?) throws -> [DecisionState] {
            var streams: [String: [RecordedEvent]] = [:]
            try log.read(EventQuery(upTo: cut, category: EntityKind.decision.streamCategory)) { streams[$0.streamID, default: []].append($0) }
            return try streams.values.compactMap { try DecisionState.fold($0)?.state }
        }
    }
}

/// The formats `strata export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case adrTools = "adr-tools", madr, jsonADR = "json-adr", events, graph, html
}
