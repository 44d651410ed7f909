import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Issue 16, a design rather than a list: every recommendation grows a
/// schema sketch, a migration plan when something moves, an operations
/// checklist and sizing figures, each entry citing its rule.
struct DesignTests {
    private func design(_ fields: String, context: AdvisoryContext = .init()) throws -> Design {
        try #require(FiringCase.advise(fields, context: context).design)
    }

    @Test("STRATA-DESIGN-01: the sketch follows the category: tables and indexes, keys and structures, a topic and its key")
    func schemaSketchPerCategory() throws {
        let relational = try design(#""accessPatterns": ["relational", "range-scan"], "relationships": "many-to-many""#)
        #expect(relational.schema.contains { $0.text.contains("Table case") && $0.text.contains("primary key") })
        #expect(relational.schema.contains { $0.text.contains("B-tree") } && relational.schema.contains { $0.text.contains("join table") })
        let sessions = try design(#""accessPatterns": ["session"]"#)
        #expect(sessions.schema.contains { $0.text.contains("session:{id}") && $0.text.contains("TTL") })
        let stream = try design(#""accessPatterns": ["event-stream"], "context": "billing""#)
        #expect(stream.schema.contains { $0.text.contains("billing.case") } && stream.schema.contains { $0.text.contains("partition") })
        let documents = try design(#""accessPatterns": ["document"], "unboundedGrowth": true"#)
        #expect(documents.schema.contains { $0.text.contains("reference children") })
        #expect([relational, sessions, stream, documents].allSatisfy { $0.schema.allSatisfy { $0.rule == "STRATA-DESIGN-01" } && $0.version == 1 })
    }

    @Test("STRATA-DESIGN-02: a move gets capture, backfill, verify, cutover and retirement; nothing moving gets no plan")
    func migrationPlanWhenTheChoiceDiffers() throws {
        let moving = try design(#""accessPatterns": ["relational"], "existingStores": ["sqlite"], "concurrentWriters": 50"#)
        let steps = moving.migration.map(\.text).joined(separator: " ")
        #expect(moving.migration.count == 5 && moving.migration.allSatisfy { $0.rule == "STRATA-DESIGN-02" })
        #expect(steps.contains("change-data capture") && steps.contains("Backfill") && steps.contains("Cut over") && steps.contains("Retire SQLite"), "\(steps)")
        let staying = try design(#""accessPatterns": ["relational"], "existingStores": ["postgresql"]"#)
        #expect(staying.migration.isEmpty)
    }

    @Test("STRATA-DESIGN-03: the checklist covers backups with PITR, failover, monitoring and cost, by how the store is run")
    func operationsChecklist() throws {
        let server = try design(#""accessPatterns": ["relational"], "latencyP99Ms": 50"#)
        let text = server.operations.map(\.text).joined(separator: " ")
        #expect(text.contains("point-in-time") && text.contains("Failover") && text.contains("Monitoring") && text.contains("Cost"), "\(text)")
        #expect(text.contains("p99 50 ms"))
        let replicated = try design(#""accessPatterns": ["relational"]"#, context: AdvisoryContext(topology: StoreTopology(readReplicas: 2)))
        #expect(replicated.operations.contains { $0.text.contains("2 read replicas already running") }, "the recorded topology is read")
        let cache = try design(#""accessPatterns": ["cache"], "readsPerSecond": 20000"#)
        #expect(cache.operations.first?.text.contains("none needed for a cache") == true)
    }

    @Test("STRATA-DESIGN-04: the pool comes from rate × query time within the limit, partitions from throughput")
    func sizingFigures() throws {
        let relational = try design(#""accessPatterns": ["relational"], "readsPerSecond": 800, "writesPerSecond": 40"#)
        let pool = relational.sizing.first { $0.text.hasPrefix("Pool") }?.text ?? ""
        #expect(pool.contains("about 5 connections busy at 840 queries/s") && pool.contains("within 80 of the limit of 100 connections (the default)"), "\(pool)")
        #expect(pool.contains("5 ms each (assumed, with no latency measured)") && pool.contains("(declared reads and declared writes)"), "\(pool)")
        let stream = try design(#""accessPatterns": ["event-stream"], "writesPerSecond": 12000"#)
        #expect(stream.sizing.first?.text.hasPrefix("Partitions: 12,") == true, "\(stream.sizing)")
        let vectors = try design(#""accessPatterns": ["vector-similarity"], "existingStores": ["postgresql"], "vectorCount": 2000000, "vectorDimensions": 768"#)
        #expect(vectors.sizing.contains { $0.text.hasPrefix("Memory") && $0.text.contains("about 6.1 GB") }, "\(vectors.sizing)")
    }

    /// Found by schemathesis against `/v1/advise`: rates that multiply past a Double's range
    /// trapped converting to Int and took the server down.
    @Test("STRATA-DESIGN-04: figures too large for any count still give sizing, never a crash")
    func sizingSurvivesAbsurdFigures() throws {
        let relational = try design(#""accessPatterns": ["relational"], "writesPerSecond": 1.2120130906393306e+308, "readsPerSecond": 1e308, "concurrentWriters": 280"#)
        let pool = try #require(relational.sizing.first { $0.text.hasPrefix("Pool") }?.text)
        #expect(pool.contains("transaction-mode pooler"), "\(pool)")
        let stream = try design(#""accessPatterns": ["event-stream"], "writesPerSecond": 1e300"#)
        #expect(stream.sizing.first?.text.hasPrefix("Partitions: 4503599627370496,") == true, "\(stream.sizing)")
    }

    @Test("STRATA-DESIGN-04: measured p50, measured rates, a recorded connections target and declared writers replace the assumptions")
    func sizingReadsTheMeasurements() throws {
        let trends = [
            MeasurementTrend(metric: "latency-p50-ms", unit: "ms", first: 30, latest: 20, target: nil),
            MeasurementTrend(metric: "reads-per-second", unit: "ops/s", first: 900, latest: 1000, target: nil),
            MeasurementTrend(metric: "connections", unit: "connections", first: 40, latest: 60, target: 300),
        ]
        let measured = try design(#""accessPatterns": ["relational"]"#, context: AdvisoryContext(trends: trends))
        let pool = measured.sizing.first { $0.text.hasPrefix("Pool") }?.text ?? ""
        #expect(pool.contains("about 20 connections busy at 1000 queries/s (measured reads) and 20 ms each (the measured p50)"), "\(pool)")
        #expect(pool.contains("within 240 of the limit of 300 connections (the connection target recorded with its measurements)"), "\(pool)")
        #expect(!pool.contains("assumed"), "nothing is assumed when everything was measured: \(pool)")

        let p99Only = [MeasurementTrend(metric: "latency-p99-ms", unit: "ms", first: 12, latest: 12, target: 50)]
        let bounded = try design(#""accessPatterns": ["relational"], "readsPerSecond": 500"#, context: AdvisoryContext(trends: p99Only))
        #expect(bounded.sizing.contains { $0.text.contains("5 ms each (assumed: only a p99 of 12 ms is measured") }, "the p99 is named, not multiplied: \(bounded.sizing)")

        let busy = try design(#""accessPatterns": ["relational"], "readsPerSecond": 30000"#, context: AdvisoryContext(trends: [trends[0]]))
        let over = busy.sizing.first { $0.text.hasPrefix("Pool") }?.text ?? ""
        #expect(over.contains("about 600 connections busy") && over.contains("more than the 80 connections") && over.contains("pooler"), "\(over)")

        let writers = try design(#""accessPatterns": ["relational"], "readsPerSecond": 100, "concurrentWriters": 9"#)
        #expect(writers.sizing.contains { $0.text.contains("about 9 connections busy") && $0.text.contains("raised to the 9 concurrent writers the profile declares") }, "\(writers.sizing)")

        let stream = try design(#""accessPatterns": ["event-stream"]"#, context: AdvisoryContext(trends: [
            MeasurementTrend(metric: "writes-per-second", unit: "ops/s", first: 4000, latest: 4500, target: nil)]))
        #expect(stream.sizing.first?.text.hasPrefix("Partitions: 5, from 4500 events/s (measured writes)") == true, "\(stream.sizing)")
        #expect([measured, bounded, writers, stream].allSatisfy { $0.sizing.allSatisfy { $0.rule == "STRATA-DESIGN-04" } })
    }

    @Test("The design is part of the JSON as a versioned key, decodes back, and is absent when nothing is recommended")
    func designInJSON() throws {
        let advice = FiringCase.advise(#""accessPatterns": ["session"]"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(advice.jsonString().utf8)) as? [String: Any])
        let section = try #require(object["design"] as? [String: Any])
        #expect(section["version"] as? Int == 1)
        #expect(try JSONDecoder().decode(Advice.self, from: Data(advice.jsonString().utf8)).design == advice.design)
        #expect(Advisor.advise(WorkloadProfile(name: "blank", accessPatterns: [])).design == nil)
        let text = AdviceRenderer.human(advice)
        #expect(text.contains("Schema sketch:") && text.contains("[STRATA-DESIGN-03]"))
    }
}
