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
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Print one JSON object.")
        var json = false

        func run() throws {
            let report = try storeOptions.open().rebuild()
            if json { return try JSONOutput.printCompact(report) }
            for item in report.rebuilt { print("Rebuilt \(item.projection) from \(item.events) events (position \(item.position))") }
            print(String(format: "Done in %.2f s", report.seconds))
        }
    }
}
