import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// What a recording use case appended: the entity it was about, the entities it created, and
/// every event with its position. The CLI prints it as a line or as this object in JSON.
public struct ChangeReport: Codable, Sendable, Equatable {
    /// One appended event.
    public struct Event: Codable, Sendable, Equatable {
        public var type: String
        public var stream: String
        public var position: Int64
    }

    /// The subject's human id, e.g. `ADR-7`.
    public var id: String
    public var uuid: String
    public var stream: String
    /// Human ids of the entities created besides the subject (stores adopted on acceptance).
    public var created: [String]
    /// Every event appended, short-id allocations included.
    public var events: [Event]
    /// Facts worth showing, e.g. the bottleneck a measurement reveals.
    public var notes: [String]
    /// The subject's stream version after the change: what a later change passes as its
    /// expected version. Nil when the command appended nothing to the subject's own stream.
    public var version: Int?
    /// True when an idempotency key named a command already recorded: this reports those
    /// events again and nothing was appended. Absent for a fresh change.
    public var replayed: Bool?

    init(_ change: RecordedChange) {
        id = change.subject.shortID
        uuid = change.subject.id
        stream = change.subject.streamID
        created = change.created.map(\.shortID)
        var types = change.eventTypes[...]
        events = change.appended.map { appended in
            let type = appended.streamID.hasPrefix("shortid-") ? ShortIDAllocated.eventType : (types.popFirst() ?? "")
            return Event(type: type, stream: appended.streamID, position: appended.position)
        }
        notes = change.notes
        version = change.appended.last { $0.streamID == change.subject.streamID }?.streamVersion
    }

    /// The report of advice just recorded: one `advice.recorded` event on its own stream.
    init(advice result: AppendResult) {
        let stream = result.events.first?.streamID ?? "advice"
        id = stream
        uuid = String(stream.drop { $0 != "-" }.dropFirst())
        self.stream = stream
        created = []
        events = result.events.map { Event(type: AdviceRecorded.eventType, stream: $0.streamID, position: $0.position) }
        notes = []
        version = result.events.last?.streamVersion
    }

    /// The report of a command recorded earlier, rebuilt from its events for a retry.
    ///
    /// - Parameter subject: the entity the command was about; nil for a stream that is no
    ///   entity's (advice), reported under its stream name.
    init(replaying events: [RecordedEvent], stream: String, subject: EntityRef?, created: [String]) {
        id = subject?.shortID ?? stream
        uuid = subject?.id ?? String(stream.drop { $0 != "-" }.dropFirst())
        self.stream = stream
        self.created = created
        self.events = events.map { Event(type: $0.eventType, stream: $0.streamID, position: $0.position) }
        notes = []
        version = events.last { $0.streamID == stream }?.streamVersion
        replayed = true
    }

    /// The domain event types appended, without short-id allocations, in order.
    public var domainEventTypes: [String] { events.map(\.type).filter { $0 != ShortIDAllocated.eventType } }
}
