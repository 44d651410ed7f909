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
            let (store, moment) = try options.open()
            let detail = try store.measurementDetail(id, at: moment)
            if options.json { return try JSONOutput.print(detail) }
            print(MeasurementText.detail(detail, moment: moment, style: .current), terminator: "")
        }
    }
}
