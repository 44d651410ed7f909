import ArgumentParser
import Strata
import StrataProjections

extension StrataCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a decision's whole record: problem, options, choice, consequences, people, links and effects.",
            discussion: """
                Examples:
                  strata show ADR-3
                  strata show ADR-3 --as-of 2025-01-31 --json
                """)

        @Argument(help: ArgumentHelp("The decision: ADR-N or its UUID.", valueName: "decision"))
        var decision: String

        @OptionGroup var options: ReadOptions

        func run() throws {
            let record = try DecisionLookup.record(decision, options)
            if options.json { return try JSONOutput.print(record) }
            print(DecisionText.render(record, style: .current), terminator: "")
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show a decision's status timeline: each change with who, when recorded, when effective, and why.")

        @Argument(help: ArgumentHelp("The decision: ADR-N or its UUID.", valueName: "decision"))
        var decision: String

        @OptionGroup var options: ReadOptions

        func run() throws {
            let record = try DecisionLookup.record(decision, options)
            if options.json {
                return try JSONOutput.print(HistoryOutput(id: record.entry.id, title: record.entry.title, timeline: record.timeline))
            }
            let style = TerminalStyle.current
            print(style.bold("\(record.entry.id) \(Text.truncate(record.entry.title, to: 60))"))
            print(style.dim("EFFECTIVE   RECORDED            CHANGE      BY"))
            for step in record.timeline {
                let recorded = step.recordedAt.prefix(19).replacingOccurrences(of: "T", with: " ")
                print("\(step.effectiveAt.prefix(10))  \(recorded)  \(style.judged(Text.pad(step.change, 10)))  \(Text.truncate(step.by, to: 24))")
                if !step.reason.isEmpty { print("            " + Text.truncate(step.reason, to: 66)) }
            }
            if !record.supersessionChain.isEmpty { print("chain: " + record.supersessionChain.joined(separator: " → ")) }
        }
    }
}

/// `strata history --json`: the decision's id and title, then its timeline.
struct HistoryOutput: Encodable {
    var id: String
    var title: String
    var timeline: [DecisionRecord.Step]
}

/// Finds a decision in the read models at the moment asked for, or fails naming what to do.
enum DecisionLookup {
    static func record(_ reference: String, _ options: ReadOptions) throws -> DecisionRecord {
        let (side, moment) = try options.open()
        let record = try side.query(moment) { try DecisionRecord.build($0, reference: reference) }
        guard let record else {
            let when = moment.isNow ? "" : " at that moment"
            throw CommandFailure.usage("no decision '\(reference)'\(when); list them with 'strata log'")
        }
        return record
    }
}
