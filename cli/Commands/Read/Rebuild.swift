import ArgumentParser
import Foundation
import StrataProjections

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
            let log = try storeOptions.openLog()
            let started = Date()
            let progress = try ProjectionRunner(ReadModels.inline).rebuild(log)
            let seconds = Date().timeIntervalSince(started)
            if json {
                let items = progress.map { "{\"projection\":\"\($0.projection)\",\"events\":\($0.eventsApplied),\"position\":\($0.position)}" }
                return print("{\"rebuilt\":[\(items.joined(separator: ","))],\"seconds\":\(String(format: "%.3f", seconds))}")
            }
            for item in progress { print("Rebuilt \(item.projection) from \(item.eventsApplied) events (position \(item.position))") }
            print(String(format: "Done in %.2f s", seconds))
        }
    }
}
