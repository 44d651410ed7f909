import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// One event to append outside the domain's commands: plumbing for scripts, tests and recovery.
public struct RawAppend: Sendable, Equatable {
    public var stream: String
    public var type: String
    /// The payload, one JSON value, stored byte for byte.
    public var data: String
    /// `any`, `no-stream`, `exists` or a version number.
    public var expected: String
    /// Reuse this event id (a retry of an earlier append); nil mints one.
    public var eventID: String?
    /// Valid time as written, nil for now.
    public var effective: String?

    /// One raw event for `stream`, guarded by `expected`.
    public init(stream: String, type: String, data: String, expected: String = "any", eventID: String? = nil, effective: String? = nil) {
        self.stream = stream; self.type = type; self.data = data; self.expected = expected; self.eventID = eventID; self.effective = effective
    }

    /// `expected` parsed: the version the stream must be at.
    public static func expectedVersion(_ text: String) throws(AppError) -> ExpectedVersion {
        switch text {
        case "any": return .any
        case "no-stream": return .noStream
        case "exists": return .streamExists
        default:
            guard let version = Int(text), version >= 0 else {
                throw AppError(.invalidInput, "'\(text)': use any, no-stream, exists or a version number ≥ 0", subject: .field(.expectedVersion))
            }
            return .exact(version)
        }
    }

    /// Refuses the domain's own event types and streams: raw writes there would bypass its rules.
    public func checkOutsideDomain() throws(AppError) {
        guard DomainEvents.isDomainEvent(type) || DomainEvents.categories.contains(StreamName.category(of: stream)) else { return }
        throw AppError(
            .domainStream,
            "'\(type)' on '\(stream)' belongs to Strata's domain; record it with its own use case (propose, measure, workload add, ...) so its rules are checked",
            subject: .field(.eventType))
    }
}

extension StrataStore {
    /// Appends one raw event, guarded by its expected version and kept out of the domain's
    /// types and streams; returns where it landed (the original place for a retry).
    public func append(_ request: RawAppend, actor: String) throws(AppError) -> [AppendedEvent] {
        try request.checkOutsideDomain()
        let expected = try RawAppend.expectedVersion(request.expected)
        let effectiveAt = try request.effective.map { text throws(AppError) in try MomentParser.effective(text) }
        let event = NewEvent(eventID: request.eventID?.lowercased() ?? EventID.make(), eventType: request.type, data: request.data, effectiveAt: effectiveAt)
        return try AppError.wrap {
            try log.append([event], to: request.stream, expected: expected, metadata: EventMetadata(actor: actor)).events
        }
    }
}
