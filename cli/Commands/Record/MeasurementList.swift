import ArgumentParser
import StrataApp

extension StrataCommand.MeasurementCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List measurements in observation order, bottlenecks and retractions marked.",
            discussion: """
                Examples:
                  strata measurement list
                  strata measurement list --subject W-1 --metric latency-p99-ms --json
                """)
        @OptionGroup var options: ReadOptions
        @Option(help: ArgumentHelp("Only measurements of this workload (W-N) or store (S-N).", valueName: "subject")) var subject: String?
        @Option(help: ArgumentHelp("Only this metric: \(Metric.vocabulary).", valueName: "metric")) var metric: String?

        func run() throws {
            try options.present({ store, moment in try store.listMeasurements(at: moment, .init(subject: subject, metric: metric)) }, as: MeasurementText.list)
        }
    }
}
