import Metrics
import Prometheus
import StrataApp

/// The server's own figures, recorded through swift-metrics so no endpoint knows the exporter.
///
/// Requests by route and status and their duration come from Hummingbird's `MetricsMiddleware`
/// (`hb_requests`, `http_server_request_duration_seconds`); these are what only Strata knows.
/// The handles are made on first use, which ``bootstrap()`` must precede: a handle made before
/// it records into swift-metrics' no-op backend for good.
enum ServerMetrics {
    /// Events appended by this server's writes (a replayed idempotency key appends none).
    static let eventsAppended = Counter(label: "strata_events_appended_total")
    /// The log's head position, set on every scrape and after every write, so appends made by
    /// other processes (the CLI on the same file) show too.
    static let headPosition = Gauge(label: "strata_log_head_position")
    /// Clients following the log right now: an open server-sent event stream or a waiting long poll.
    static let sseSubscribers = Meter(label: "strata_subscribers", dimensions: [("kind", "sse")])
    static let longPollSubscribers = Meter(label: "strata_subscribers", dimensions: [("kind", "long-poll")])

    /// Why an authentication failed, as the `reason` label of `strata_auth_failures_total`.
    enum AuthFailure: String, CaseIterable {
        /// No bearer token, or one the store does not know (or has revoked).
        case unauthenticated
        /// A valid token whose role does not permit the call.
        case forbidden
        /// Refused before its token was looked at: the address is over its failure limit.
        case blocked
    }

    static func recordAuthFailure(_ reason: AuthFailure) {
        authFailures[reason]?.increment()
    }

    private static let authFailures = Dictionary(uniqueKeysWithValues: AuthFailure.allCases.map {
        ($0, Counter(label: "strata_auth_failures_total", dimensions: [("reason", $0.rawValue)]))
    })

    /// Counts what a successful call appended: a fresh change's events, or the one token event
    /// issuing or revoking a token appends. Reads and replays append nothing.
    static func recordWrite(_ result: any Encodable, of endpoint: Endpoint) {
        switch result {
        case let report as ChangeReport: recordChange(report)
        case is IssuedToken: eventsAppended.increment()
        case is APIToken where endpoint.method == .delete: eventsAppended.increment()
        default: break
        }
    }

    /// Counts a change's events, unless it replays an earlier one, and moves the head gauge.
    static func recordChange(_ report: ChangeReport) {
        guard report.replayed != true else { return }
        eventsAppended.increment(by: report.events.count)
        if let last = report.events.map(\.position).max() { headPosition.record(last) }
    }

    /// Routes swift-metrics into a fresh Prometheus registry, which `GET /metrics` renders.
    ///
    /// Call once, before any handle above is touched. Every series is made here at zero, so a
    /// scrape shows each one from the start rather than only after its first event.
    static func bootstrap() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        eventsAppended.increment(by: 0)
        headPosition.record(0)
        sseSubscribers.set(0)
        longPollSubscribers.set(0)
        for reason in AuthFailure.allCases { authFailures[reason]?.increment(by: 0) }
        return registry
    }
}
