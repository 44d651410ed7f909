import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check a directory of Markdown decision records, or the store's decisions.",
            discussion: """
                Reads an adr-tools, MADR or Log4brains directory (the format is detected) and reports \
                duplicate numbers, gaps, dangling links, missing reverse links, statuses that contradict \
                the links and unparseable dates, each with a code, a file and a line. Without a \
                directory, checks the store's decisions: numbering gaps, links to decisions it does \
                not hold, and statuses that contradict the links (the finding names the ADR).

                Exit status: 0 nothing found; 1 findings; 2 the directory cannot be read.

                Examples:
                  strata lint doc/adr
                  strata lint docs/decisions --json
                  strata lint --store .strata/strata.db
                """)

        @Argument(help: ArgumentHelp("The directory of Markdown records; omit it to lint the store.", valueName: "path"))
        var path: String?

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Print the findings as one JSON object.")
        var json = false

        func run() throws {
            let report = try path.map { try StrataStore.lint(directory: $0) } ?? storeOptions.open().lint()
            if json {
                try JSONOutput.print(report)
            } else {
                report.findings.forEach { print(Text.safe($0.description)) }
                let noun = path == nil ? "decisions" : "records"
                print("\(report.records) \(noun), \(report.findings.count) finding\(report.findings.count == 1 ? "" : "s")")
            }
            if !report.findings.isEmpty { throw ExitCode(ExitStatus.refused) }
        }
    }
}
