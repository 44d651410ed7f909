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

                Every read model and snapshot is rehashed against its seal too. --anchors checks every \
                anchor 'strata anchor' wrote, in the places the log records and any --anchors-in names \
                (a file, git-tag:DIR or git-note:DIR).

                Exit status: 0 sound; 1 broken, a read model changed outside strata, or an anchor no \
                longer holds (or its place cannot be read); 2 the store cannot be read.

                Examples:
                  strata verify --anchor 42:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
                  strata verify --anchors --anchors-in git-tag:../architecture
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A head recorded earlier, as POSITION:HASH.", valueName: "position:hash"))
        var anchor: String?

        @Flag(help: "Check every anchor written by 'strata anchor'.")
        var anchors = false

        @Option(help: ArgumentHelp("Another place to look for anchors (with --anchors): FILE, git-tag:DIR or git-note:DIR.", valueName: "place"))
        var anchorsIn: [String] = []

        @Flag(help: "Print the result as one JSON object.")
        var json = false

        func validate() throws {
            if anchors, anchor != nil { throw ValidationError("--anchor and --anchors cannot be combined") }
            if !anchorsIn.isEmpty, !anchors { throw ValidationError("--anchors-in goes with --anchors") }
        }

        func run() throws {
            let store = try storeOptions.openForRepair()
            if anchors {
                let report = try store.verifyAnchors(in: anchorsIn.map(AnchorPlace.init(recorded:)))
                if json { try JSONOutput.printCompact(report) } else { print(VerifyText.render(report)) }
                if !report.holds { throw ExitCode(ExitStatus.refused) }
                return
            }
            let report = try store.verify(anchor: anchor)
            if json { try JSONOutput.printCompact(report) } else { print(VerifyText.render(report)) }
            if !report.sound { throw ExitCode(ExitStatus.refused) }
        }
    }
}
