import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events",
            abstract: "List the event log.",
            discussion: """
                Streams events in position order. Filters combine. --as-of cuts the log at an \
                instant (inclusive; a bare date includes the whole day, UTC) or at @POSITION. \
                --json prints NDJSON: one object per line, keyed by the events table's columns.

                Examples:
                  strata events --type decision.accepted
                  strata events --since 120 --json
                  strata events --as-of 2025-06-30
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("Only this stream.", valueName: "stream-id"))
        var stream: String?

        @Option(help: ArgumentHelp("Only this category (the stream id's prefix, e.g. decision).", valueName: "category"))
        var category: String?

        @Option(help: ArgumentHelp("Only this event type, e.g. decision.accepted.", valueName: "type"))
        var type: String?

        @Option(help: ArgumentHelp("Only events after this position (exclusive).", valueName: "position"))
        var since: Int64 = 0

        @Option(name: .customLong("as-of"), help: ArgumentHelp("Only events recorded up to this time or @POSITION.", valueName: "time"))
        var asOf: String?

        @Option(help: ArgumentHelp("At most this many events.", valueName: "n"))
        var limit: Int?

        @Flag(help: "Print NDJSON, one event per line.")
        var json = false

        func validate() throws {
            if since < 0 { throw ValidationError("--since takes a position ≥ 0.") }
            if let limit, limit < 0 { throw ValidationError("--limit takes a number ≥ 0.") }
        }

        func run() throws {
            let store = try storeOptions.open()
            let request = EventsRequest(stream: stream, category: category, type: type, after: since, asOf: asOf, limit: limit)
            var output = BufferedOutput()
            if !json { output.write(EventLine.header + "\n") }
            try store.readEvents(request) { event in
                output.write((json ? EventJSON.line(event) : EventLine.human(event)) + "\n")
            }
            output.flush()
        }
    }
}
