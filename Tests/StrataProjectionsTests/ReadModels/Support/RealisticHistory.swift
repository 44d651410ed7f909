import Strata

/// A year of a small team's architecture, by hand: two contexts, Postgres first, a cache
/// justified by a backdated measurement, search for full text, pgvector for embeddings, SQLite
/// for billing, a rejected proposal, a premature sharding, a replacement that supersedes and
/// retires, then evidence withdrawn: a retraction, a revision, a retirement, a deprecation.
enum RealisticHistory {
    static func record(in store: ReadModelStore) throws {
        let start = store.clock.upcoming
        func day(_ number: Int64) -> Timestamp { start.adding(seconds: number * 86_400 - 400 * 86_400) }

        // The team records a year after the fact: every entity in effect from the first day on.
        let founding = store.by(effective: day(0))
        try store.contexts.define(name: "catalog", description: "what we sell", founding)
        try store.contexts.define(name: "billing", founding)
        try store.addWorkload(#"{"name":"orders","accessPatterns":["relational","key-lookup"],"latencyP99Ms":50,"readsPerSecond":2000,"writesPerSecond":200}"#, founding)
        try store.addWorkload(#"{"name":"product-search","accessPatterns":["full-text"],"latencyP99Ms":100}"#, founding)
        try store.addWorkload(#"{"name":"invoices","accessPatterns":["relational"],"concurrentWriters":20,"dataSizeGB":12.5}"#, context: "C-2", founding)
        try store.addWorkload(#"{"name":"recommendations","accessPatterns":["vector-similarity"],"vectorCount":200000000}"#, founding)

        try store.decide("Postgres for the catalog", [.adopt("postgresql", name: "main-db", workloads: ["W-1"])], effective: day(1))
        try store.decide("SQLite for billing", [
            .adopt("sqlite", name: "billing-db", context: "C-2", workloads: ["W-3"], because: [.freeText(text: "simple to run")]),
        ], context: "C-2", effective: day(2))
        try store.measurements.record(
            .init(metric: .latencyP99Ms, value: 183.25, source: .production, note: "peak"), about: "W-1", store.by(effective: day(30)))
        try store.decide("Cache the orders", [
            .adopt("redis", name: "orders-cache", role: .cache, because: [.measuredBottleneck(measurements: ["M-1"])]),
            .changeTopology(store: "S-1", change: .readReplicas(count: 2)),
        ], effective: day(31))
        try store.decide("Search for products", [
            .adopt("elasticsearch", name: "search", role: .search, workloads: ["W-2"], because: [.accessPattern(workloads: ["W-2"], note: nil)]),
        ])
        try store.decide("Vectors in Postgres", [
            .adopt("pgvector", name: "vectors", role: .vector, workloads: ["W-4"], because: [.capability(capability: .vectorSimilarity, workloads: ["W-4"])]),
        ])
        try store.decisions.propose(DecisionContent(title: "Mongo for documents", tags: ["storage"], effects: [
            .adopt("mongodb", name: "docs", because: [.freeText(text: "postgres is too slow for documents")]),
        ]), store.by("bob"))
        try store.decisions.reject("ADR-6", reason: "no measurement", store.by())
        try store.decide("Shard the main database", [.changeTopology(store: "S-1", change: .sharding(strategy: .hash, shardKey: "tenant_id"))])
        try store.decisions.propose(DecisionContent(
            title: "Replace search", links: [DecisionLink(type: DecisionLink.supersedes, decision: "ADR-4")],
            effects: [
                .adopt("elasticsearch", name: "search-v2", role: .search, because: [.accessPattern(workloads: ["W-2"], note: "latency of the old cluster")]),
                .moveWorkload(workload: "W-2", from: "S-4", to: "new:search-v2"),
                .retireStore(store: "S-4"),
            ]), store.by())
        try store.decisions.accept("ADR-8", store.by())
        try store.decisions.link("ADR-3", type: "relates-to", to: "ADR-1", note: "same data", store.by())
        var amended = try store.decisions.state(of: "ADR-1").state.content
        amended.tags = ["foundation"]
        try store.decisions.amend("ADR-1", to: amended, reason: "tagged", store.by())

        try store.measurements.retract("M-1", reason: "measured on the wrong cluster", store.by())
        try store.reviseWorkload("W-2", #"{"name":"product-search","accessPatterns":["key-lookup"],"latencyP99Ms":100}"#)
        try store.workloads.retire("W-4", reason: "feature dropped", store.by())
        try store.decisions.deprecate("ADR-2", reason: "billing moves to the vendor", store.by())
        try store.measurements.record(.init(metric: .writesPerSecond, value: 150, source: .loadTest, target: 400), about: "W-1", store.by())
    }
}
