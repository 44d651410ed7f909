import Foundation
import StrataJSON

/// An event a `strata` command acknowledged: it printed the event's position, so the event
/// must be in the log from then on, whatever happens to the process or the machine.
struct Acknowledgement: Hashable, Sendable {
    var position: Int64
    var stream: String
    /// The stream version, when the command printed it (`strata append` does).
    var version: Int?
    /// The event type, when the command printed it (domain commands with `--json` do).
    var type: String?

    /// The lines of `strata append`: `POSITION STREAM@VERSION`, one per durable event.
    static func fromAppend(_ lines: [String]) -> [Acknowledgement]? {
        var acks: [Acknowledgement] = []
        for line in lines {
            let parts = line.split(separator: " ")
            guard parts.count == 2, let position = Int64(parts[0]), let at = parts[1].lastIndex(of: "@"),
                  let version = Int(parts[1][parts[1].index(after: at)...]) else { return nil }
            acks.append(Acknowledgement(position: position, stream: String(parts[1][..<at]), version: version))
        }
        return acks
    }

    /// The `--json` object a domain command prints: `{"events":[{"type","stream","position"}]}`.
    static func fromDomainJSON(_ stdout: String) -> [Acknowledgement]? {
        guard case .array(let events)? = (try? JSONParser.parse(stdout))?["events"] else { return nil }
        var acks: [Acknowledgement] = []
        for event in events {
            guard case .string(let stream)? = event["stream"], case .number(let number)? = event["position"],
                  let position = Int64(number.lexeme)
            else { return nil }
            let type: String? = if case .string(let type)? = event["type"] { type } else { nil }
            acks.append(Acknowledgement(position: position, stream: stream, version: nil, type: type))
        }
        return acks
    }
}
