import ArgumentParser
import StrataApp

extension StrataCommand.MeasurementCommand {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a measurement: subject, figure and target, source, note and any retraction.",
            discussion: "Example:\n  strata measurement show M-3 --json")
        @Argument(help: ArgumentHelp("The measurement: M-N or its UUID.", valueName: "measurement")) var id: String
        @OptionGroup var options: ReadOptions

        func run() throws {
            try options.present({ store, moment in try store.measurementDetail(id, at: moment) }, as: MeasurementText.detail)
        }
    }
}
