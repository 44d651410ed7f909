import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the log's hash chain from the first event to the head.",
            discussion: """
                Recomputes every event's SHA-256 over all its columns and reports the first broken \
                position: a row edited, deleted, reordered or inserted, even with the triggers dropped. \
                On success prints the head as POSITION:HASH; keep it (for example in a git commit) and \
                pass it back with --anchor to prove the log still extends it.

                Exit status: 0 sound; 1 broken or the anchor no longer holds; 2 the store cannot be read.

                Example:
                  strata verify --anchor 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A head recorded earlier, as POSITION:HASH.", valueName: "position:hash"))
        var anchor: String?

        @Flag(help: "Print the result as one JSON object.")
        var json = false

        func run() throws {
            let report = try storeOptions.open().verify(anchor: anchor)
            if json { try JSONOutput.printCompact(report) } else { print(VerifyText.render(report)) }
            if !report.sound { throw ExitCode(ExitStatus.refused) }
        }
    }
}
