import StrataProfile

/// Two years of a growing product, recorded through the same services the CLI uses: a shop that
/// starts on one PostgreSQL database and measures its way into a cache, read replicas, a search
/// engine, a vector store and an analytics warehouse. One store is adopted on words alone, one
/// decision is superseded. Each fact is recorded on the day it took effect. `strata demo` records it; tests and benchmarks reuse it.
public struct DemoScenario: Sendable {
    public let log: SQLiteEventLog
    public let clock: DemoClock

    /// `log` must have been opened with `clock.now` as its clock.
    public init(log: SQLiteEventLog, clock: DemoClock) {
        self.log = log
        self.clock = clock
    }

    /// A date in the first year, for "the architecture as of then".
    public static let firstYearDate = "2024-09-30"

    /// Records the whole story. The log must hold no domain facts yet.
    public func record() throws {
        let step = DemoSteps(log: log, clock: clock)
        try step.context("storefront", "Catalogue, search, recommendations and checkout", on: "2024-01-08")
        try step.context("payments", "Charges, refunds and payouts", on: "2024-01-08")
        try step.workload(#"{"name":"catalog-browse","accessPatterns":["relational","key-lookup","range-scan"],"readsPerSecond":4000,"writesPerSecond":40,"latencyP99Ms":120,"dataSizeGB":40,"consistency":"strong","stage":"production"}"#, in: "C-1", on: "2024-01-10")
        try step.workload(#"{"name":"orders","accessPatterns":["relational"],"readsPerSecond":300,"writesPerSecond":120,"latencyP99Ms":200,"dataSizeGB":25,"consistency":"strong","auditTrail":true}"#, in: "C-1", on: "2024-01-10")
        try step.workload(#"{"name":"charges","accessPatterns":["relational","key-lookup"],"writesPerSecond":50,"latencyP99Ms":300,"consistency":"strong","auditTrail":true}"#, in: "C-2", on: "2024-01-12")

        try step.decide(DecisionContent(
            title: "Start on one PostgreSQL database", problem: "The storefront needs a first database for its catalogue and orders.",
            drivers: ["one team, little operations time", "strong consistency for orders"],
            options: [DecisionOption(name: "PostgreSQL", pros: ["the team knows it", "relational and JSON in one"]),
                      DecisionOption(name: "MongoDB", cons: ["orders need multi-row transactions"])],
            chosenOption: "PostgreSQL", rationale: "Start simple: one relational store until a measurement says otherwise.",
            deciders: ["Ana Lima"], tags: ["foundation"],
            effects: [.adoptStore(technology: .catalogue(.postgresql), name: "shop-db", context: "C-1", role: .primary, workloads: ["W-1", "W-2"], justifications: [])],
            context: "C-1"), proposed: "2024-01-15", accepted: "2024-01-22", by: "Ana Lima")
        try step.decide(DecisionContent(
            title: "Give payments its own PostgreSQL", problem: "Payments must not share a database with the storefront.",
            chosenOption: nil, rationale: "A bounded context owns its data.", deciders: ["Ana Lima", "Ravi Patel"], tags: ["foundation", "payments"],
            effects: [.adoptStore(technology: .catalogue(.postgresql), name: "payments-db", context: "C-2", role: .primary, workloads: ["W-3"], justifications: [])],
            context: "C-2"), proposed: "2024-01-20", accepted: "2024-01-25", by: "Ravi Patel")

        // Spring 2024: catalogue pages slow down under a marketing campaign.
        try step.measure("W-1", .latencyP99Ms, 340, target: nil, on: "2024-04-08", note: "campaign week, p99 over the 120 ms target")
        try step.decide(DecisionContent(
            title: "Cache catalogue reads in Redis", problem: "Catalogue p99 is 340 ms against a 120 ms target (M-1).",
            options: [DecisionOption(name: "Redis cache"), DecisionOption(name: "Bigger instance")], chosenOption: "Redis cache",
            rationale: "Hot product pages are read far more than written; a cache absorbs them.", deciders: ["Ana Lima"], tags: ["performance"],
            effects: [.adoptStore(technology: .catalogue(.redis), name: "catalog-cache", context: "C-1", role: .cache, workloads: ["W-1"],
                                  justifications: [.measuredBottleneck(measurements: ["M-1"])])],
            context: "C-1"), proposed: "2024-04-10", accepted: "2024-04-15", by: "Ana Lima")
        try step.measure("W-1", .latencyP99Ms, 95, target: nil, on: "2024-05-06", note: "after the cache")

        // Summer 2024: read volume keeps growing.
        try step.measure("S-1", .cpuPercent, 88, target: 70, on: "2024-07-01", note: "primary CPU at peak")
        try step.decide(DecisionContent(
            title: "Add two read replicas to shop-db", problem: "The primary runs at 88% CPU at peak (M-3), mostly reads.",
            rationale: "Replicas are the next step after a bigger instance and a cache.", deciders: ["Ana Lima"], tags: ["performance", "scaling"],
            effects: [.changeTopology(store: "S-1", change: .readReplicas(count: 2))], context: "C-1"),
            proposed: "2024-07-03", accepted: "2024-07-08", by: "Ana Lima")
        try step.measure("S-1", .cpuPercent, 52, target: 70, on: "2024-08-05", note: "after the replicas")

        // Autumn 2024: customers want real search.
        try step.workload(#"{"name":"product-search","accessPatterns":["full-text","aggregation"],"readsPerSecond":800,"latencyP99Ms":150,"dataSizeGB":8,"consistency":"eventual"}"#, in: "C-1", on: "2024-10-01")
        try step.decide(DecisionContent(
            title: "Search the catalogue with Elasticsearch", problem: "Product search needs relevance ranking, facets and typo tolerance.",
            options: [DecisionOption(name: "Elasticsearch"), DecisionOption(name: "PostgreSQL full-text search", cons: ["no typo tolerance or facets at our scale"])],
            chosenOption: "Elasticsearch", rationale: "Full-text search is a capability shop-db lacks.", deciders: ["Ana Lima", "Jo Chen"], tags: ["search"],
            effects: [.adoptStore(technology: .catalogue(.elasticsearch), name: "catalog-search", context: "C-1", role: .search, workloads: ["W-4"],
                                  justifications: [.accessPattern(workloads: ["W-4"], note: nil)])],
            context: "C-1"), proposed: "2024-10-07", accepted: "2024-10-21", by: "Jo Chen")

        // 2025: recommendations, first on a dedicated vector database, then consolidated.
        try step.workload(#"{"name":"recommendations","accessPatterns":["vector-similarity","key-lookup"],"vectorCount":2000000,"vectorDimensions":768,"readsPerSecond":400,"latencyP99Ms":120,"existingStores":["postgresql"]}"#, in: "C-1", on: "2025-01-13")
        try step.decide(DecisionContent(
            title: "Adopt Pinecone for recommendations", problem: "Recommendations need nearest-neighbour search over product embeddings.",
            chosenOption: nil, rationale: "A dedicated vector database should scale better.", deciders: ["Jo Chen"], tags: ["ml"],
            effects: [.adoptStore(technology: .catalogue(.pinecone), name: "reco-vectors", context: "C-1", role: .vector, workloads: ["W-5"],
                                  justifications: [.freeText(text: "a dedicated vector database will scale better than PostgreSQL")])],
            context: "C-1"), proposed: "2025-01-20", accepted: "2025-01-27", by: "Jo Chen")
        try step.measure("W-5", .latencyP99Ms, 310, target: nil, on: "2025-05-12", note: "cross-cloud round trips to the vector service")
        try step.decide(DecisionContent(
            title: "Consolidate recommendations into pgvector", problem: "Pinecone adds 310 ms p99 (M-5) over a 120 ms target, and a second vendor.",
            options: [DecisionOption(name: "pgvector"), DecisionOption(name: "Keep Pinecone")], chosenOption: "pgvector",
            rationale: "2M vectors is well within pgvector's range, and it sits next to the catalogue.", deciders: ["Ana Lima", "Jo Chen"],
            tags: ["ml", "consolidation"], links: [DecisionLink(type: DecisionLink.supersedes, decision: "ADR-6")],
            effects: [
                .adoptStore(technology: .catalogue(.pgvector), name: "catalog-vectors", context: "C-1", role: .vector, workloads: [],
                            justifications: [.measuredBottleneck(measurements: ["M-5"])]),
                .moveWorkload(workload: "W-5", from: "S-5", to: "new:catalog-vectors"),
                .retireStore(store: "S-5"),
            ], context: "C-1"), proposed: "2025-05-19", accepted: "2025-06-02", by: "Ana Lima")
        try step.measure("W-5", .latencyP99Ms, 48, target: nil, on: "2025-06-30", note: "after moving to pgvector")

        // Late 2025: a warehouse adopted on a hunch.
        try step.workload(#"{"name":"sales-dashboards","accessPatterns":["aggregation","range-scan"],"dataSizeGB":300,"readsPerSecond":5,"consistency":"eventual"}"#, in: "C-1", on: "2025-09-01")
        try step.decide(DecisionContent(
            title: "Move dashboards to BigQuery", problem: "The board wants sales dashboards.",
            chosenOption: nil, rationale: "A warehouse will be faster for analytics.", deciders: ["Sam Okafor"], tags: ["analytics"],
            effects: [.adoptStore(technology: .catalogue(.bigquery), name: "warehouse", context: "C-1", role: .analytics, workloads: ["W-6"],
                                  justifications: [.freeText(text: "dashboards will be faster in a warehouse")])],
            context: "C-1"), proposed: "2025-09-08", accepted: "2025-09-15", by: "Sam Okafor")
        try step.reject(DecisionContent(
            title: "Shard shop-db by customer", problem: "Orders grow 40% a year.", rationale: "Get ahead of growth.",
            deciders: ["Sam Okafor"], tags: ["scaling"],
            effects: [.changeTopology(store: "S-1", change: .sharding(strategy: .hash, shardKey: "customer_id"))], context: "C-1"),
            proposed: "2025-11-03", rejected: "2025-11-10", by: "Ana Lima",
            reason: "No measurement shows a write or storage limit; vertical headroom remains.")
    }
}
