import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Rebuild: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rebuild",
            abstract: "Drop every read model and fold it again from the log.",
            discussion: """
                Read models are caches of the log: rebuilding never changes the log, and gives the \
                same tables the incremental updates produced. Use it after restoring a backup or to \
                check a suspicion. All read models are rebuilt in one transaction and one pass over the log.

                The hash chain is verified first. A broken log (edited, or shorter than the read \
                models remember) is refused, exit 1, so the rebuild cannot erase the evidence; \
                --force folds it anyway and records that it did (maintenance.rebuild-forced); \
                positions a truncated log lost are filled with maintenance.position-lost events \
                first, so no later event ever takes a position that once held another.

                On a terminal, a rebuild that runs for more than half a second shows its progress \
                on stderr (events folded, rate, time left); never with --json or when stderr is \
                not a terminal.
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Print one JSON object.")
        var json = false

        @Flag(help: "Fold a log whose chain is broken, and record in the log that this was done.")
        var force = false

        @Option(help: ArgumentHelp("Who forces the rebuild; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        func run() throws {
            let progress = TerminalProgress.onTerminal("Rebuilding", json: json)
            defer { progress?.finish() }
            let report = try storeOptions.openForRepair().rebuild(force: force, actor: Actor.resolve(actor), progress: progress?.update)
            progress?.finish()
            if json { return try JSONOutput.printCompact(report) }
            for item in report.rebuilt { print("Rebuilt \(item.projection) from \(item.events) events (position \(item.position))") }
            if let broken = report.forcedOver {
                print("Forced over the break at position \(broken.position) (\(broken.kind)); the log records who forced it")
            }
            print(String(format: "Done in %.2f s", report.seconds))
        }
    }
}
