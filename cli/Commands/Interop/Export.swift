import ArgumentParser
import StrataApp

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

                What the log knows and the Markdown formats have no field for goes in a '## Decision \
                Log' section (adr-tools, madr) that import skips: each status change made in Strata, \
                with who made it and why (a rejection's reason), and the effects a decision plans, \
                with their justifications, by short id. A rejected record names its option \
                'Proposed option:', never 'Chosen option:'. A record with nothing of the kind - one \
                imported and left as it came - is written exactly as before.

                On a terminal, a long events or html export shows its progress on stderr (events \
                written, or timeline moments built, with the rate and the time left).

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

        @Option(name: .customLong("format"), help: ArgumentHelp(
            "For graph: dot, mermaid or both (default: both for a directory, else from the file's extension).", valueName: "notation"))
        var notation: GraphNotation?

        func run() throws {
            let store = try self.store.open()
            let progress = TerminalProgress.onTerminal("Exporting", unit: format == .events ? "events" : "moments", json: false)
            defer { progress?.finish() }
            if format == .events {
                let report = try store.exportEvents(to: path, asOf: asOf, force: force, progress: progress?.update)
                progress?.finish()
                return print("Wrote \(report.events ?? 0) event\(report.events == 1 ? "" : "s") to \(path)")
            }
            let plan = try store.exportPlan(format, to: path, asOf: asOf, notation: notation, progress: progress?.update)
            progress?.finish()
            let report = try store.write(plan, force: force)
            print(ExportText.summary(report, format: format))
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension GraphNotation: ExpressibleByArgument {}
