import ArgumentParser
import Strata
import StrataProjections

extension StrataCommand {
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Show what changed between two moments: stores added, retired and re-shaped, decision statuses, audit verdicts.",
            discussion: """
                --from and --to take a date, a date-time, @POSITION or ADR-N, like --as-of; --to \
                defaults to now. With --valid-time both are read as valid time: the design in effect \
                then, as the log knows it now.

                Examples:
                  strata diff --from 2024-12-31
                  strata diff --from @40 --to ADR-6 --json
                  strata diff --from 2024-06-30 --to 2025-06-30 --valid-time
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The earlier moment.", valueName: "time"))
        var from: String

        @Option(help: ArgumentHelp("The later moment (default: now).", valueName: "time"))
        var to: String?

        @Flag(name: .customLong("valid-time"), help: "Compare the designs in effect at the two dates, as known now.")
        var validTime = false

        @Flag(help: "Print one JSON object.")
        var json = false

        func run() throws {
            let log = try storeOptions.openLog()
            let side = ReadSide(log: log, projection: ReadModels.readSide)
            let old = try moment(from, log: log)
            let new = try to.map { try moment($0, log: log) } ?? .now
            let (a, aLog, aAudit) = try side.query(old) { try (ArchitectureReport.build($0), DecisionLog.build($0), AuditReport.build($0)) }
            let (b, bLog, bAudit) = try side.query(new) { try (ArchitectureReport.build($0), DecisionLog.build($0), AuditReport.build($0)) }
            let diff = ArchitectureDiff.between(a, b, aLog, bLog, aAudit, bAudit)
            if json { return try JSONOutput.print(diff) }
            print(DiffText.render(diff, from: from, to: to ?? "now", style: .current), terminator: "")
        }

        private func moment(_ text: String, log: SQLiteEventLog) throws -> Moment {
            if validTime { return Moment(validAt: try MomentArgument.instant(text, option: "--from/--to")) }
            return Moment(asOf: try MomentArgument.cut(text, option: "--from/--to", log: log))
        }
    }
}

/// The terminal rendering of an ``ArchitectureDiff``.
enum DiffText {
    static func render(_ diff: ArchitectureDiff, from: String, to: String, style: TerminalStyle) -> String {
        var out = style.bold("Changes from \(from) (position \(diff.from)) to \(to) (position \(diff.to))") + "\n"
        if diff.isEmpty { return out + "  nothing changed\n" }
        func stores(_ title: String, _ items: [ArchitectureDiff.StoreChange], _ mark: String) {
            guard !items.isEmpty else { return }
            out += "\n" + style.bold(title) + "\n"
            for item in items {
                out += "  \(mark) \(Text.pad(item.store, 5)) \(Text.truncate(item.name, to: 30)) (\(item.technology))\n"
                for detail in item.details { out += "        " + Text.truncate(detail, to: 72) + "\n" }
            }
        }
        stores("Stores added", diff.storesAdded, style.green("+"))
        stores("Stores retired", diff.storesRetired, style.red("-"))
        stores("Stores re-shaped", diff.storesReshaped, style.yellow("~"))
        func statuses(_ title: String, _ items: [ArchitectureDiff.StatusChange]) {
            guard !items.isEmpty else { return }
            out += "\n" + style.bold(title) + "\n"
            for item in items {
                out += "  \(Text.pad(item.id, 7)) \(Text.pad("\(item.from ?? "—") → \(item.to ?? "—")", 26)) \(Text.truncate(item.title, to: 44))\n"
            }
        }
        statuses("Decisions", diff.decisions)
        statuses("Audit verdicts", diff.verdicts)
        return out
    }
}
