import ArgumentParser
import Foundation
import Strata

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
            if DomainEvents.isDomainEvent(type) || DomainEvents.categories.contains(StreamName.category(of: stream)) {
                throw ValidationError(
                    "'\(type)' on '\(stream)' belongs to Strata's domain; record it with its own command (strata propose, measure, workload add, ...) so its rules are checked.")
            }
            if `repeat` < 1 { throw ValidationError("--repeat takes a number ≥ 1.") }
            if eventID != nil && `repeat` > 1 { throw ValidationError("--event-id cannot be combined with --repeat.") }
        }

        func run() throws {
            let expected = try Self.parseExpected(expect)
            let effectiveAt = try effective.map(EffectiveTime.parse)
            let log = try storeOptions.openLog()
            let metadata = EventMetadata(actor: Actor.resolve(actor))
            var output = BufferedOutput()
            for index in 0..<`repeat` {
                let event = NewEvent(
                    eventID: eventID?.lowercased() ?? EventID.make(), eventType: type, data: data, effectiveAt: effectiveAt)
                let guardVersion = index == 0 ? expected : .any
                let result = try log.append([event], to: stream, expected: guardVersion, metadata: metadata)
                for appended in result.events { output.write("\(appended.position) \(stream)@\(appended.streamVersion)\n") }
                output.flush()
            }
        }

        static func parseExpected(_ text: String) throws -> ExpectedVersion {
            switch text {
            case "any": return .any
            case "no-stream": return .noStream
            case "exists": return .streamExists
            default:
                guard let version = Int(text), version >= 0 else {
                    throw CommandFailure.usage("--expect '\(text)': use any, no-stream, exists or a version number ≥ 0")
                }
                return .exact(version)
            }
        }
    }
}
