import ArgumentParser
import Foundation
import Strata

/// The `strata` command: a decision log for data architecture.
@main
struct StrataCommand: ParsableCommand {
    // Every command spells out its `commandName`: deriving it from the type's name makes the
    // Swift runtime scan the binary's protocol conformances, several milliseconds per run.
    static let configuration = CommandConfiguration(
        commandName: "strata",
        abstract: "Record where data lives, why, and on what evidence — and ask about any past moment.",
        discussion: """
            Every fact is an immutable event in an append-only SQLite log. Commands find the store \
            in the nearest .strata/ directory upward, or take --store PATH or STRATA_STORE.

            Exit status: 0 success; 1 a refusal or a failed check (conflict, broken chain); \
            2 a usage error, bad input or an unusable store.
            """,
        version: StrataVersion.current,
        groupedSubcommands: [
            CommandGroup(name: "Store", subcommands: [Init.self, Events.self, Verify.self, Append.self]),
            CommandGroup(name: "Record", subcommands: [ContextCommand.self, WorkloadCommand.self, Measure.self, MeasurementCommand.self]),
            CommandGroup(name: "Decide", subcommands: [
                Propose.self, Accept.self, Reject.self, Supersede.self, Deprecate.self, Amend.self, Link.self,
            ]),
            CommandGroup(name: "Read", subcommands: [
                Arch.self, Log.self, Show.self, History.self, Audit.self, Measurements.self, Diff.self, Rebuild.self, Demo.self,
            ]),
            CommandGroup(name: "Advice", subcommands: [Advise.self, Rules.self]),
            CommandGroup(name: "Interop", subcommands: [Lint.self, Import.self, Export.self]),
        ])

    /// Parses, runs, and turns every failure into one line on stderr and a documented exit code.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    private static func exit(reporting error: any Error) -> Never {
        if let failure = error as? CommandFailure {
            FileHandle.standardError.write(Data("error: \(failure.message)\n".utf8))
            Foundation.exit(failure.exitCode)
        }
        if let decoding = error as? DecodingError {
            FileHandle.standardError.write(Data("error: an event's payload does not match its type (\(DecodingMessage.describe(decoding))); run 'strata verify' and check how it was written\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
        if let code = ExitStatus.code(for: error) {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            Foundation.exit(code)
        }
        let parserCode = exitCode(for: error)
        if parserCode == .success || error is ExitCode { Self.exit(withError: error) }
        // One line, like every other error; the usage block is one `--help` away.
        let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
        let hint = parserCode == .validationFailure ? " (see 'strata help')" : ""
        FileHandle.standardError.write(Data("error: \(message)\(hint)\n".utf8))
        Foundation.exit(parserCode == .validationFailure ? ExitStatus.usage : ExitStatus.refused)
    }
}
