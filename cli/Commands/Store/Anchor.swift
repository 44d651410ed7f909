import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Anchor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "anchor",
            abstract: "Keep the log's head outside the store, where a forger cannot rewrite it.",
            discussion: """
                Verifies the chain, then writes its head as one line (store id, position, hash, time) \
                to a file (--to), as an annotated tag strata-anchor/<store>/<position> on HEAD of a git \
                repository (--git-tag), or as a note on HEAD under refs/notes/strata-anchors \
                (--git-note). The log records where the anchor went (maintenance.anchored), so \
                'strata verify --anchors' finds every place later. A log rewritten or rolled back after \
                an anchor no longer extends it, even when the forger also rewrote the file's own records.

                Examples:
                  strata anchor --to ../audit/strata-anchors.txt
                  strata anchor --git-tag --repo ~/src/architecture
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Append the anchor to this file.", valueName: "file"))
        var to: String?

        @Flag(help: "Tag HEAD of the repository (--repo, default: the current directory).")
        var gitTag = false

        @Flag(help: "Add a note to HEAD of the repository (--repo, default: the current directory).")
        var gitNote = false

        @Option(help: ArgumentHelp("The git repository for --git-tag or --git-note.", valueName: "dir"))
        var repo: String?

        @Option(help: ArgumentHelp("Who anchors; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        @Flag(help: "Print one JSON object.")
        var json = false

        func validate() throws {
            let chosen = [to != nil, gitTag, gitNote].filter { $0 }.count
            guard chosen == 1 else { throw ValidationError("choose one place: --to FILE, --git-tag or --git-note") }
            if repo != nil, to != nil { throw ValidationError("--repo goes with --git-tag or --git-note, not --to") }
        }

        func run() throws {
            let place: AnchorPlace = if let to { .file(path: to) }
                else if gitTag { .gitTag(repository: repo ?? ".") } else { .gitNote(repository: repo ?? ".") }
            let report = try storeOptions.open().anchor(to: place, actor: Actor.resolve(actor))
            if json { return try JSONOutput.printCompact(report) }
            print("Anchored position \(report.position) in \(Text.safe(report.place))")
            print(report.line)
        }
    }
}
