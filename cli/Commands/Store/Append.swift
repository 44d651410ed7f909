import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Append: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "append",
            abstract: "Append a raw event to a stream (plumbing for scripts and imports).",
            discussion: """
                Writes one event with the given type and JSON payload, guarded by --expect. \
                Prints the position and stream version of each acknowledged event, one per line, \
                as soon as it is durable. Domain commands (propose, accept, measure, ...) are the \
                way to record facts; this command exists for scripts, tests and recovery.

                --expect takes any, no-stream, exists, or a version number.

                Example:
                  strata append --stream note-1 --type note.written --data '{"text":"hello"}' --expect no-stream
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("The stream, as category-identity (e.g. note-1).", valueName: "stream-id"))
        var stream: String

        @Option(help: ArgumentHelp("The event type, a stable dotted name.", valueName: "type"))
        var type: String

        @Option(help: ArgumentHelp("The payload, one JSON value.", valueName: "json"))
        var data: String

        @Option(help: ArgumentHelp("The stream version expected: any, no-stream, exists or N.", valueName: "version"))
        var expect: String = "any"

        @Option(help: ArgumentHelp("Reuse this event id (a retry of an earlier append).", valueName: "uuid"))
        var eventID: String?

        @Option(help: ArgumentHelp("Valid time, when it differs from now.", valueName: "time"))
        var effective: String?

        @Option(help: ArgumentHelp("Who records it; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        @Option(help: ArgumentHelp("Append this many events, one transaction each (for load tests).", valueName: "n"))
        var `repeat`: Int = 1

        func validate() throws {
            do {
                try RawAppend(stream: stream, type: type, data: data).checkOutsideDomain()
            } catch {
                throw ValidationError(error.message + ".")
            }
            if `repeat` < 1 { throw ValidationError("--repeat takes a number ≥ 1.") }
            if eventID != nil && `repeat` > 1 { throw ValidationError("--event-id cannot be combined with --repeat.") }
        }

        func run() throws {
            let store = try storeOptions.open()
            let actor = Actor.resolve(actor)
            var output = BufferedOutput()
            for index in 0..<`repeat` {
                // Only the first append is guarded: the rest continue the stream it checked.
                let request = RawAppend(
                    stream: stream, type: type, data: data, expected: index == 0 ? expect : "any", eventID: eventID, effective: effective)
                for appended in try store.append(request, actor: actor) { output.write("\(appended.position) \(stream)@\(appended.streamVersion)\n") }
                output.flush()
            }
        }
    }
}
