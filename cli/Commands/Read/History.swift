import ArgumentParser
import StrataApp

extension StrataCommand {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show a decision's status timeline: each change with who, when recorded, when effective, and why.")

        @Argument(help: ArgumentHelp("The decision: ADR-N or its UUID.", valueName: "decision"))
        var decision: String

        @OptionGroup var options: ReadOptions

        func run() throws {
            let (store, moment) = try options.open()
            let history = try store.decisionHistory(decision, at: moment)
            if options.json { return try JSONOutput.print(history) }
            let style = TerminalStyle.current
            print(style.bold("\(history.id) \(Text.fit(history.title, to: 60))"))
            print(style.dim("EFFECTIVE   RECORDED            CHANGE      BY"))
            for step in history.timeline {
                let recorded = step.recordedAt.prefix(19).replacingOccurrences(of: "T", with: " ")
                print("\(step.effectiveAt.prefix(10))  \(recorded)  \(style.judged(Text.pad(step.change, 10)))  \(Text.fit(step.by, to: 24))")
                if !step.reason.isEmpty { print("            " + Text.fit(step.reason, to: 66)) }
            }
            if !history.chain.isEmpty { print("chain: " + history.chain.joined(separator: " → ")) }
        }
    }
}
