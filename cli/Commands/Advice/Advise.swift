import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Advise: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "advise",
            abstract: "Recommend stores for a workload, or review the whole architecture, saying which rule led where.",
            discussion: """
                With --workload: reads a workload profile (JSON; 'strata workload template' prints a commented one), or a \
                workload recorded in the store (W-N), and ranks technologies. For a recorded workload, \
                the stores of its context count as existing stores, its latest measured bottlenecks \
                count as evidence, and the next scaling steps for the stores serving it are named. \
                Every reason, caution and warning names its rule; 'strata rules ID' explains one. \
                What the profile leaves out is listed under assumptions. The same profile always \
                gets the same answer.

                Without --workload: reviews the architecture (now, or --as-of / --valid-at): whether \
                each workload's store is among the advisor's top choices, which scaling steps are \
                due, and which anti-patterns hold.

                --record keeps the advice in the log (advice.recorded), so 'strata audit' can show \
                what was advised next to what was decided.

                Examples:
                  strata advise --workload checkout.json
                  strata advise --workload checkout.json --json
                  strata advise --workload W-3 --record
                  strata advise --as-of 2025-06-30
                  cat checkout.json | strata advise --workload -
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A profile file, - for standard input, or a recorded workload (W-N).", valueName: "file|W-N"))
        var workload: String?

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "Advise on what the log knew then: a date, a date-time, @POSITION or ADR-N.", valueName: "time"))
        var asOf: String?

        @Option(name: .customLong("valid-at"), help: ArgumentHelp("Advise on the design in effect at this date.", valueName: "time"))
        var validAt: String?

        @Flag(help: "Record the advice in the log (advice.recorded).")
        var record = false

        @Option(help: ArgumentHelp("Who records the advice; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        @Flag(help: "Print the advice as one JSON object: workload, recommendations, warnings, assumptions, scaling.")
        var json = false

        func validate() throws {
            if workload == nil, record { throw ValidationError("--record needs --workload: only advice for one workload is recorded.") }
        }

        func run() throws {
            guard let workload else { return try review() }
            let store = isRecorded(workload) ? try storeOptions.open() : nil
            let result = try store.map { try $0.advise(workload: workload, at: moment($0)) }
                ?? StrataStore.advise(profile: try readProfile(workload), source: workload == "-" ? "standard input" : workload)
            if json {
                try JSONOutput.print(result)
            } else {
                print(AdviceRenderer.human(result.advice, width: TerminalWidth.current.lineWidth))
                if !result.nextSteps.isEmpty {
                    print("\nNext scaling steps from measurements:")
                    for step in result.nextSteps { print(DecisionText.wrap("\(step.store) \(step.step) [\(step.rule)]: \(step.text)", indent: 2), terminator: "") }
                }
            }
            if record {
                let position = try (store ?? storeOptions.open()).recordAdvice(result, Recording(actor: Actor.resolve(actor)))
                if !json { print("Recorded the advice (advice.recorded at position \(position)).") }
            }
        }

        private func moment(_ store: StrataStore) throws -> Moment {
            try store.moment(asOf: asOf, validAt: validAt)
        }

        private func review() throws {
            let store = try storeOptions.open()
            let report = try store.review(at: moment(store))
            if json { return try JSONOutput.print(report) }
            print(ReviewText.render(report, style: .current), terminator: "")
        }

        /// Whether the argument names a recorded workload rather than a file (or stdin).
        private func isRecorded(_ argument: String) -> Bool {
            argument != "-" && !FileManager.default.fileExists(atPath: argument) && StrataStore.looksLikeWorkloadID(argument)
        }

        private func readProfile(_ argument: String) throws -> Data {
            if argument == "-" { return FileHandle.standardInput.readData(ofLength: WorkloadProfile.maximumInputBytes + 1) }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue else {
                throw UsageError("no workload profile file at '\(argument)'; pass the path of a JSON profile")
            }
            return try InputFile.read(argument, field: .workload, limit: WorkloadProfile.maximumInputBytes)
        }
    }
}
