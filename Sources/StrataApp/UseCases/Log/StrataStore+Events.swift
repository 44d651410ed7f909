import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Which events to read, as a face receives the filters.
public struct EventsRequest: Sendable, Equatable {
    public var stream: String?
    public var category: String?
    public var type: String?
    /// Only events after this position (exclusive).
    public var after: Int64
    /// Only events recorded up to this time or `@POSITION` (a bare date includes the whole day).
    public var asOf: String?
    public var limit: Int?

    /// A request; every filter given narrows it.
    public init(stream: String? = nil, category: String? = nil, type: String? = nil, after: Int64 = 0, asOf: String? = nil, limit: Int? = nil) {
        self.stream = stream; self.category = category; self.type = type; self.after = after; self.asOf = asOf; self.limit = limit
    }
}

extension StrataStore {
    /// Streams the log in position order, narrowed by `request`, one event at a time.
    public func readEvents(_ request: EventsRequest, _ body: (RecordedEvent) throws -> Void) throws(AppError) {
        guard request.after >= 0 else {
            throw AppError(.invalidInput, "a position to read after must be ≥ 0", subject: .field(.from))
        }
        if let limit = request.limit, limit < 0 { throw AppError(.invalidInput, "a limit must be ≥ 0") }
        let cut = try request.asOf.map { text throws(AppError) in try MomentParser.timeCut(text) }
        let query = EventQuery(
            after: request.after, upTo: cut, streamID: request.stream, category: request.category, eventType: request.type, limit: request.limit)
        try AppError.wrap { try log.read(query, body) }
    }
}
