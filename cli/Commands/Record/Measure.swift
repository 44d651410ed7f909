import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Measure: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measure",
            abstract: "Record an observed figure about a workload or a store (appends measurement.recorded).",
            discussion: """
                METRIC is one of: \(Metric.vocabulary). Each has one unit; --unit, when given, must \
                match it. --effective (or --observed) is when the figure was observed. A figure that \
                misses its own --target or the workload's target (latencyP99Ms, readsPerSecond, \
                writesPerSecond) is reported as a bottleneck; latency misses by exceeding, \
                throughput and cache hit ratio by falling below.

                Example:
                  strata measure W-3 latency-p99-ms 180 --source production-monitoring --effective 2025-03-01
                """)
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "What was measured: a workload W-N or a store S-N.") var subject: String
        @Argument(help: "The metric id.") var metric: String
        @Argument(help: "The observed value.") var value: Double
        @Option(help: "The unit; must be the metric's own.") var unit: String?
        @Option(help: ArgumentHelp("benchmark, production-monitoring or load-test.", valueName: "source")) var source: String
        @Option(help: "The measurement's own target.") var target: Double?
        @Option(help: ArgumentHelp("When it was observed (same as --effective).", valueName: "date")) var observed: String?
        @Option(help: "A note (tool, environment, dataset).") var note: String?

        func run() throws {
            var recording = options.recording
            if let observed { recording.effective = observed }
            let input = StrataStore.MeasurementInput(
                subject: subject, metric: metric, value: value, unit: unit, source: source, target: target, note: note)
            try options.report(try store.open().measure(input, recording))
        }
    }
}
