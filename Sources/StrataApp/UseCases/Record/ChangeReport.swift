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
    }

    /// The domain event types appended, without short-id allocations, in order.
    public var domainEventTypes: [String] { events.map(\.type).filter { $0 != ShortIDAllocated.eventType } }
}
