import ArgumentParser
import Foundation
import StrataApp

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
            in the nearest .strata/ directory upward, or take --store PATH or STRATA_STORE. Global \
            options (--store, --json, --wide) may come before or after the command; --wide prints \
            human output unwrapped and untruncated (otherwise it fits the terminal, or 80 columns \
            when stdout is not one).

            Exit status: 0 success; 1 a refusal or a failed check (conflict, broken chain); \
            2 a usage error, bad input or an unusable store. Errors are one line ending in a \
            stable code in brackets, e.g. [reason-required].
            """,
        version: StrataVersion.current,
        groupedSubcommands: [
            CommandGroup(name: "Store", subcommands: [Init.self, Events.self, Verify.self, Anchor.self, Append.self, Push.self]),
            CommandGroup(name: "Record", subcommands: [ContextCommand.self, WorkloadCommand.self, Measure.self, MeasurementCommand.self]),
            CommandGroup(name: "Decide", subcommands: [
                Propose.self, Review.self, Accept.self, Reject.self, Supersede.self, Deprecate.self, Amend.self, Link.self,
            ]),
            CommandGroup(name: "Read", subcommands: [
                Arch.self, StoreCommand.self, Log.self, Search.self, Show.self, History.self, Audit.self, Check.self, Measurements.self, Diff.self, Rebuild.self, Demo.self,
            ]),
            CommandGroup(name: "Advice", subcommands: [Advise.self, Rules.self]),
            CommandGroup(name: "Interop", subcommands: [Lint.self, Import.self, Export.self]),
            CommandGroup(name: "Serve", subcommands: [Serve.self, TokenCommand.self]),
            CommandGroup(name: "Shell", subcommands: [Completion.self]),
        ])

    /// Parses, runs, and turns every failure into one line on stderr and a documented exit code.
    static func main() {
        do {
            var command = try parseAsRoot(GlobalOptions.withoutWide(GlobalOptions.moved(Array(CommandLine.arguments.dropFirst()))))
            try command.run()
        } catch {
            exit(reporting: error)
        }
    }

    private static func exit(reporting error: any Error) -> Never {
        if let usage = error as? UsageError {
            FileHandle.standardError.write(Data("error: \(usage.description)\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
        let parserCode = exitCode(for: error)
        if parserCode == .success || error is ExitCode || error is CleanExit { Self.exit(withError: error) }
        if isParserError(error) {
            // One line, like every other error; the usage block is one `--help` away.
            let message = message(for: error).split(whereSeparator: \.isNewline).first.map(String.init) ?? "\(error)"
            FileHandle.standardError.write(Data("error: \(message) (see 'strata help')\n".utf8))
            Foundation.exit(ExitStatus.usage)
        }
        let app = AppError.from(error)
        FileHandle.standardError.write(Data("error: \(ErrorText.line(app))\n".utf8))
        Foundation.exit(ExitStatus.code(for: app.category))
    }

    /// Whether ArgumentParser itself refused the arguments (a validation or parsing failure).
    private static func isParserError(_ error: any Error) -> Bool {
        !(error is AppError) && exitCode(for: error) == .validationFailure
    }
}

/// Options every command shares, accepted before the command name as well as after it.
enum GlobalOptions {
    /// Options that take a value, and flags.
    static let valued: Set<String> = ["--store"]
    static let flags: Set<String> = ["--json", wide]
    /// Human output as wide as it needs, never truncated; read by ``TerminalWidth``, so it is
    /// taken out of the arguments before ArgumentParser sees them and every command accepts it.
    static let wide = "--wide"

    /// `arguments` without `--wide` before a `--` terminator.
    static func withoutWide(_ arguments: [String]) -> [String] {
        let end = arguments.firstIndex(of: "--") ?? arguments.count
        return arguments[..<end].filter { $0 != wide } + arguments[end...]
    }

    /// `arguments` with global options that precede the first command word moved after the
    /// command path, where ArgumentParser reads them (`strata --store X arch` → `arch --store X`).
    static func moved(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let name = String(argument.split(separator: "=", maxSplits: 1).first ?? "")
            if flags.contains(argument) || (valued.contains(name) && argument.contains("=")) {
                leading.append(argument)
                index += 1
            } else if valued.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else {
                break
            }
        }
        guard !leading.isEmpty, index < arguments.count else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.count
        rest.insert(contentsOf: leading, at: end)
        return rest
    }
}
