import ArgumentParser
import StrataApp

extension StrataCommand.MeasurementCommand {
    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract: "Retract a measurement with a reason (appends measurement.retracted).",
            discussion: "Example:\n  strata measurement retract M-12 --reason \"benchmark ran against a debug build\"")
        @OptionGroup var store: StoreOptions
        @OptionGroup var options: DomainOptions
        @Argument(help: "The measurement: M-N or its UUID.") var id: String
        @Option(help: "Why it is withdrawn (required).") var reason = ""

        func run() throws {
            try options.report(try store.open().retractMeasurement(id, reason: reason, options.recording))
        }
    }
}
