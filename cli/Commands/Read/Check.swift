import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "List the decisions that govern changed files, and flag files only retired decisions govern.",
            discussion: """
                A decision governs the paths its --affects patterns match (propose or amend with \
                --affects 'src/billing/**'): '*' within a path segment, '?' one character, '**' any \
                number of segments; a pattern without wildcards is a file or a whole directory. Paths \
                are relative to the repository root, as 'git diff --name-only' prints them; pass '-' \
                to read them from standard input, one per line.

                Accepted and proposed decisions govern, rejected ones never do. A file governed only \
                by superseded or deprecated decisions is flagged, with the decisions that replaced \
                them: the change touches code whose decision the team has moved away from.

                Exit status: 0 when no file is flagged; 1 when one is (use it to gate CI); 2 on a \
                usage or store error.

                Examples:
                  strata check --changed src/billing/invoice.swift src/search/index.swift
                  git diff --name-only origin/main... | strata check --changed - --json
                """)

        @OptionGroup var options: ReadOptions

        @Option(parsing: .upToNextOption, help: ArgumentHelp("The changed files ('-' reads them from standard input).", valueName: "file"))
        var changed: [String] = []

        func validate() throws {
            guard !changed.isEmpty else { throw ValidationError("Pass the changed files: strata check --changed FILE… (or '-' to read them from standard input).") }
        }

        func run() throws {
            let (store, moment) = try options.open()
            let paths = changed.flatMap { $0 == "-" ? Self.standardInputLines() : [$0] }
            let report = try store.checkChanged(paths, at: moment)
            if options.json { try JSONOutput.print(report) } else { print(CheckText.render(report), terminator: "") }
            if report.flagged > 0 { throw ExitCode(ExitStatus.refused) }
        }

        private static func standardInputLines() -> [String] {
            var lines: [String] = []
            while let line = readLine() {
                let path = line.trimmingCharacters(in: .whitespaces)
                if !path.isEmpty { lines.append(path) }
            }
            return lines
        }
    }
}
