import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import ServiceLifecycle
import StrataApp

/// `GET /v1/events`: the log after a position, as one JSON page (long-polled with `wait`) or as
/// server-sent events whose `id:` is the position, so a subscriber that reconnects with
/// `Last-Event-ID` resumes exactly where it stopped.
struct EventFeed: Sendable {
    let store: StrataStore

    static let arguments = [
        UseCaseArgument("after", .init(noun: "a log position", description: "Only events after this position (exclusive).", shape: .integer)),
        UseCaseArgument("limit", .init(noun: "a count", description: "At most this many events in the page (default 500).", shape: .integer)),
        UseCaseArgument("wait", .init(noun: "a duration", description: "When nothing is after `after`, wait up to this long for it (30s, 500ms; at most 60s).", shape: .string)),
        UseCaseArgument("stream", .text), UseCaseArgument("category", .text), UseCaseArgument("type", .text),
        UseCaseArgument("format", .init(noun: "a page format", description: "`lines` (the default): each event as `strata events --json` prints it; `replica`: each event exactly as stored, times in microseconds and payloads as strings, for a replica that checks the chain (no filters).", shape: .string)),
    ]

    /// How often a waiting reader looks at the log again; appends come from other processes
    /// too (the CLI), so there is no in-process signal to wait on.
    static let pollInterval: Duration = .milliseconds(100)

    func answer(_ arguments: UseCaseArguments, _ request: Request) async throws -> Response {
        var after = Int64(try arguments.integer("after") ?? 0)
        if let resume = request.headers[Self.lastEventID], let position = Int64(resume.trimmingCharacters(in: .whitespaces)) { after = position }
        let filter = EventsRequest(stream: try arguments.string("stream"), category: try arguments.string("category"), type: try arguments.string("type"), after: after)
        let replica = try Self.isReplicaFormat(try arguments.string("format"))
        if replica, filter.stream != nil || filter.category != nil || filter.type != nil {
            throw AppError(.invalidInput, "a replica page holds every event; drop stream, category and type", subject: .field(.format))
        }
        if request.headers[.accept]?.contains("text/event-stream") == true, !replica { return stream(filter, request) }
        let limit = try arguments.integer("limit") ?? 500
        let wait = try Self.duration(try arguments.string("wait"))
        let deadline = ContinuousClock.now + wait
        if wait > .zero { ServerMetrics.longPollSubscribers.increment() }
        defer { if wait > .zero { ServerMetrics.longPollSubscribers.decrement() } }
        while true {
            try store.catchUp()
            let page = replica ? try replicaPage(after: after, limit: limit) : try page(filter, limit: limit)
            if !page.events.isEmpty || ContinuousClock.now >= deadline || Task.isShuttingDownGracefully { return Self.json(page) }
            try await Task.sleep(for: Self.pollInterval)
        }
    }

    /// One page: the events' JSON lines, and the position to ask after next.
    private func page(_ filter: EventsRequest, limit: Int) throws(AppError) -> (events: [String], next: Int64) {
        var filter = filter
        filter.limit = limit
        var lines: [String] = []
        var next = filter.after
        try store.readEvents(filter) { event in
            lines.append(EventJSON.line(event))
            next = event.position
        }
        // With a filter, positions in between may be skipped events: the head is safe to resume from.
        if lines.count < limit { next = max(next, try store.headPosition()) }
        return (lines, next)
    }

    /// One page for a replica: every event after `after` with the fields its chain check needs.
    private func replicaPage(after: Int64, limit: Int) throws -> (events: [String], next: Int64) {
        let events = try store.replicaEvents(after: after, limit: limit)
        let lines = try events.map { String(decoding: try JSONCodec.encode(UpstreamWire.Recorded($0), .compact), as: UTF8.self) }
        if let last = events.last { return (lines, last.position) }
        return (lines, max(after, try store.headPosition()))
    }

    private static func isReplicaFormat(_ text: String?) throws(AppError) -> Bool {
        switch text {
        case nil, "lines"?: return false
        case "replica"?: return true
        case let other?:
            throw AppError(.invalidInput, "'\(other)' is not a page format; use lines or replica", subject: .field(.format))
        }
    }

    private static func json(_ page: (events: [String], next: Int64)) -> Response {
        let body = #"{"events":["# + page.events.joined(separator: ",") + #"],"next":\#(page.next)}"# + "\n"
        var headers = HTTPFields()
        headers[.contentType] = "application/json"
        headers[API.positionHeader] = String(page.next)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }

    /// Server-sent events until the client goes or the server drains.
    ///
    /// An idle stream writes nothing, so it would never learn that its client left: the loop
    /// runs under Hummingbird's inbound-close watch, which cancels it as the connection closes
    /// (without it, each abandoned stream polled the store until the server stopped).
    private func stream(_ filter: EventsRequest, _ request: Request) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream"
        headers[.cacheControl] = "no-store"
        let store = self.store
        let body = ResponseBody { writer in
            ServerMetrics.sseSubscribers.increment()
            defer { ServerMetrics.sseSubscribers.decrement() }
            try await writer.write(ByteBuffer(string: ": strata events after \(filter.after)\n\n"))
            do {
                try await request.body.consumeWithCancellationOnInboundClose { _ in try await Self.pump(store, filter, into: &writer) }
            } catch is CancellationError {
                return
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }

    /// Writes every event after `filter.after` as it lands, until cancelled or drained.
    private static func pump(_ store: StrataStore, _ filter: EventsRequest, into writer: inout any ResponseBodyWriter) async throws {
        var filter = filter
        filter.limit = 500
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            var chunk = ""
            try store.catchUp()
            try store.readEvents(filter) { event in
                chunk += "id: \(event.position)\nevent: \(event.eventType)\ndata: \(EventJSON.line(event))\n\n"
                filter.after = event.position
            }
            if chunk.isEmpty {
                try await Task.sleep(for: pollInterval)
            } else {
                try await writer.write(ByteBuffer(string: chunk))
            }
        }
    }

    static let lastEventID = HTTPField.Name("Last-Event-ID")!

    /// `30s`, `500ms`, `2m` or plain seconds, at most a minute.
    static func duration(_ text: String?) throws(AppError) -> Duration {
        guard let text, !text.isEmpty else { return .zero }
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60)]
        let (suffix, scale) = units.first { text.hasSuffix($0.0) && Double(text.dropLast($0.0.count)) != nil } ?? ("", 1)
        guard let amount = Double(text.dropLast(suffix.count)), amount >= 0 else {
            throw AppError(.invalidInput, "'\(text)' is not a duration; use e.g. 30s or 500ms", subject: .field(AppError.Field(rawValue: "wait")))
        }
        return .milliseconds(Int(min(amount * scale, 60) * 1000))
    }
}
