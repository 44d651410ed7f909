import Foundation
@_spi(Tools) import StrataApp
import Strata

/// Checks a store the way a user relies on it: every acknowledged event is there, at the
/// position printed; positions are gapless; the hash chain verifies.
struct StoreAudit {
    let events: [RecordedEvent]

    /// Reads every event of the store at `path` (opening it recovers any WAL left by a crash).
    init(path: String) throws {
        events = try StrataStore.open(at: path).log.events()
    }

    /// Failures: gaps, acknowledged events missing or different, and a chain that does not verify.
    func problems(acknowledged: [Acknowledgement], label: String) -> [String] {
        var problems: [String] = []
        for (index, event) in events.enumerated() where event.position != Int64(index + 1) {
            problems.append("\(label): position \(index + 1) holds position \(event.position) (gap)")
            break
        }
        var seen: [Int64: Acknowledgement] = [:]
        for ack in acknowledged {
            if let earlier = seen[ack.position] {
                problems.append("\(label): position \(ack.position) acknowledged twice (\(earlier.stream), \(ack.stream))")
            }
            seen[ack.position] = ack
            guard ack.position >= 1, ack.position <= Int64(events.count) else {
                problems.append("\(label): acknowledged position \(ack.position) (\(ack.stream)) is missing; log has \(events.count)")
                continue
            }
            let event = events[Int(ack.position - 1)]
            if event.streamID != ack.stream || (ack.version.map { $0 != event.streamVersion } ?? false)
                || (ack.type.map { $0 != event.eventType && !event.streamID.hasPrefix("shortid-") } ?? false) {
                problems.append("\(label): position \(ack.position) holds \(event.streamID)@\(event.streamVersion) "
                    + "\(event.eventType), acknowledged as \(ack.stream)@\(ack.version.map(String.init) ?? "?") \(ack.type ?? "")")
            }
        }
        return problems
    }
}
