import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "List decisions with their status, date and links; filter by status, context, technology, tag, decider or dates.",
            discussion: """
                The date shown is when the current status took effect; --from and --to filter on it.

                Examples:
                  strata log
                  strata log --status accepted --technology redis
                  strata log --from 2024-01-01 --to 2024-12-31 --json
                """)

        @OptionGroup var options: ReadOptions

        @Option(help: ArgumentHelp("Only this status: proposed, accepted, rejected, superseded, deprecated.", valueName: "status"))
        var status: String?

        @Option(help: ArgumentHelp("Only decisions about this context (C-N or name).", valueName: "context"))
        var context: String?

        @Option(help: ArgumentHelp("Only decisions adopting or changing a store of this technology.", valueName: "id"))
        var technology: String?

        @Option(help: ArgumentHelp("Only decisions with this tag.", valueName: "tag"))
        var tag: String?

        @Option(help: ArgumentHelp("Only decisions this person made or accepted.", valueName: "name"))
        var decider: String?

        @Option(help: ArgumentHelp("Only decisions whose status took effect on or after this date.", valueName: "date"))
        var from: String?

        @Option(help: ArgumentHelp("Only decisions whose status took effect on or before this date (whole day).", valueName: "date"))
        var to: String?

        func run() throws {
            let query = StrataStore.DecisionLogQuery(
                status: status, context: context, technology: technology, tag: tag, decider: decider, from: from, to: to)
            let (store, moment) = try options.open()
            let log = try store.decisionLog(at: moment, query)
            if options.json { return try JSONOutput.print(log) }
            let style = TerminalStyle.current
            print(style.bold("Decisions " + MomentHeading.text(position: log.position, asOf: moment.asOf.map(MomentText.describe), validAt: moment.validAt?.iso8601)))
            if log.decisions.isEmpty { return print("  (none match)") }
            print(style.dim("ID      STATUS      DATE        TITLE"))
            for entry in log.decisions {
                let links = entry.links.filter { $0.direction == .outgoing }.map { "\($0.type) \($0.target)" }
                let title = entry.title + (links.isEmpty ? "" : " (\(links.joined(separator: ", ")))")
                print("\(Text.pad(entry.id, 7)) \(style.judged(Text.pad(entry.status, 11))) \(entry.effectiveAt.prefix(10))  \(Text.fit(title, to: 40))")
            }
        }
    }
}
