import ArgumentParser
import Foundation
import Strata
import StrataJSON

/// `--actor`, `--effective` and `--json`, shared by every command that records a fact.
struct DomainOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Who records it; defaults to git's user.name, then $USER.", valueName: "name"))
    var actor: String?

    @Option(help: ArgumentHelp("Valid time: when the fact took effect, if not now (e.g. 2024-03-01).", valueName: "date"))
    var effective: String?

    @Flag(help: "Print what was recorded as one JSON object.")
    var json = false

    /// The actor, a fresh command id and the parsed valid time.
    func command() throws -> CommandContext {
        CommandContext(actor: Actor.resolve(actor), effectiveAt: try effective.map(EffectiveTime.parse))
    }

    /// Prints `change`: `Recorded ADR-7 (decision.proposed)` or one JSON object.
    func report(_ change: RecordedChange, verb: String = "Recorded") {
        if json {
            let events = zip(change.appended, change.eventTypesAligned).map { appended, type in
                var event = JSONObjectBuilder()
                event.add("type", type)
                event.add("stream", appended.streamID)
                event.add("position", appended.position)
                return event
            }
            var object = JSONObjectBuilder()
            object.add("id", change.subject.shortID)
            object.add("uuid", change.subject.id)
            object.add("stream", change.subject.streamID)
            object.add("created", change.created.map(\.shortID))
            object.add("events", events)
            object.add("notes", change.notes)
            print(object.json)
            return
        }
        var line = "\(verb) \(change.subject.shortID) (\(change.eventTypes.joined(separator: ", ")))"
        if !change.created.isEmpty { line += "; adopted \(change.created.map(\.shortID).joined(separator: ", "))" }
        print(line)
        for note in change.notes { print("  \(note)") }
    }
}

extension RecordedChange {
    /// Domain event types aligned with ``appended``, which includes short-id allocations.
    fileprivate var eventTypesAligned: [String] {
        var types = eventTypes[...]
        return appended.map { $0.streamID.hasPrefix("shortid-") ? "shortid.allocated" : (types.popFirst() ?? "") }
    }
}

/// Reads a file named on the command line, or fails with exit 2 naming it.
///
/// Every file a command takes (a profile, a proposal) is a few kilobytes, so files over
/// ``maximumBytes`` are refused after reading at most one byte past the limit: a wrong path
/// (a log, a dump) must not be read into memory whole.
enum InputFile {
    /// 1 MiB, the same limit as a workload profile's.
    static let maximumBytes = 1 << 20

    static func read(_ path: String, option: String = "--file", limit: Int = maximumBytes) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw CommandFailure.usage("\(option) \(path): cannot read the file; check the path and its permissions")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
            throw CommandFailure.usage(
                "\(option) \(path): the file has \(size) bytes, more than the \(limit / 1024) KiB limit; check that it is the right file")
        }
        return data
    }
}
