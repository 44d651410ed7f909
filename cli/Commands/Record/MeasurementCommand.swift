import ArgumentParser
import StrataApp

extension StrataCommand {
    struct MeasurementCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "measurement",
            abstract: "List, show and retract measurements (they are never edited).",
            discussion: "Example:\n  strata measurement retract M-12 --reason \"benchmark ran against a debug build\"",
            subcommands: [Retract.self, List.self, Show.self])
    }
}
