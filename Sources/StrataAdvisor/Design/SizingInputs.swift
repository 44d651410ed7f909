import StrataProfile

/// The figures the sizing notes (STRATA-DESIGN-04) rest on, each with where it came from.
///
/// A recorded workload's measurements say more than a planning constant: the measured p50 is
/// the time a query really holds a connection, and a measured rate is the load that really
/// arrives. The profile's declared figures come first for rates (they are the peak the design
/// must take), measurements fill what the profile leaves out, and a stated assumption is used
/// only when neither gives the figure, so every sentence can say which it used.
struct SizingInputs {
    /// A figure and the words naming its source, e.g. "measured p50".
    struct Sourced {
        var value: Double
        var source: String
    }

    /// Queries per second: reads plus writes.
    var rate: Sourced?
    /// Milliseconds a query holds a connection.
    var queryMilliseconds: Sourced
    /// The server's connection limit.
    var connectionLimit: Sourced
    /// Processes or connections writing at once, from the profile: the pool never goes below it.
    var concurrentWriters: Int?
    /// Events per second a stream takes.
    var eventRate: Sourced?

    init(top: Technology, facts: ProfileFacts) {
        let profile = facts.profile
        func measured(_ metric: String) -> Double? {
            facts.trends.first { $0.metric == metric }?.latest
        }
        func figure(_ declared: Double?, _ metric: String, _ what: String) -> Sourced? {
            if let declared { return Sourced(value: declared, source: "declared \(what)") }
            return measured(metric).map { Sourced(value: $0, source: "measured \(what)") }
        }
        let reads = figure(profile.readsPerSecond, "reads-per-second", "reads")
        let writes = figure(profile.writesPerSecond, "writes-per-second", "writes")
        let parts = [reads, writes].compactMap { $0 }
        rate = parts.isEmpty ? nil : Sourced(
            value: parts.reduce(0) { $0 + $1.value }, source: parts.map(\.source).joined(separator: " and "))
        // The p50 is how long a typical query holds its connection; a p99 bounds only the slowest
        // (and often the whole request), so it is named but never multiplied by the rate.
        if let p50 = measured("latency-p50-ms"), p50 > 0 {
            queryMilliseconds = Sourced(value: p50, source: "the measured p50")
        } else if let p99 = measured("latency-p99-ms"), p99 > 0 {
            queryMilliseconds = Sourced(
                value: Self.assumedQueryMilliseconds,
                source: "assumed: only a p99 of \(MeasuredBottleneck.format(p99)) ms is measured, which bounds the slowest requests, not the typical query")
        } else {
            queryMilliseconds = Sourced(value: Self.assumedQueryMilliseconds, source: "assumed, with no latency measured")
        }
        if let limit = facts.trends.first(where: { $0.metric == "connections" })?.target, limit >= 1 {
            connectionLimit = Sourced(value: limit.rounded(.down), source: "the connection target recorded with its measurements")
        } else {
            let fallback = top.isMember(of: .mysqlFamily) ? 151.0 : 100.0
            connectionLimit = Sourced(value: fallback, source: "the default")
        }
        concurrentWriters = profile.concurrentWriters
        eventRate = writes
    }

    /// Assumed time per query when no latency was measured.
    static let assumedQueryMilliseconds = 5.0
}
