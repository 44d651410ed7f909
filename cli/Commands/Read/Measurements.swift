import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Measurements: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measurements",
            abstract: "Show measurements per workload and store over time, bottlenecks marked, and each decision's measured gain.",
            discussion: """
                A gain compares the same metric's last figure before a decision took effect with its \
                first figure after it.

                Examples:
                  strata measurements
                  strata measurements W-1 --json
                """)

        @Argument(help: ArgumentHelp("Only this workload (W-N) or store (S-N).", valueName: "subject"))
        var subject: String?

        @OptionGroup var options: ReadOptions

        func run() throws {
            let (store, moment) = try options.open()
            let timeline = try store.measurements(of: subject, at: moment)
            if options.json { return try JSONOutput.print(timeline) }
            let style = TerminalStyle.current
            if timeline.subjects.isEmpty { return print("No measurements recorded yet; record one with 'strata measure W-1 METRIC VALUE'.") }
            for subject in timeline.subjects {
                print(style.bold("\(subject.id) \(Text.fit(subject.name, to: 60))") + " (\(subject.kind))")
                if subject.measurements.isEmpty { print("  no measurements") }
                for point in subject.measurements {
                    let target = point.target.map { " target \(Bottleneck.format($0))" } ?? ""
                    let mark = point.retracted ? style.dim(" retracted") : (point.bottleneck ? style.red(" BOTTLENECK") : "")
                    print("  \(point.observedAt.prefix(10))  \(Text.pad(point.id, 6)) \(Text.pad(point.metric, 20)) \(Bottleneck.format(point.value)) \(point.unit)\(target)\(mark)")
                }
                for gain in subject.gains {
                    let change = gain.improvementPercent.map { " (\($0 >= 0 ? "+" : "")\(Bottleneck.format($0))% better)" } ?? ""
                    print("  " + style.green("gain") + " after \(gain.decision) (\(gain.effectiveAt.prefix(10))): \(gain.metric) \(Bottleneck.format(gain.before)) → \(Bottleneck.format(gain.after))\(change)")
                }
            }
        }

    }
}
