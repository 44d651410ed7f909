import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Issue 16, advice aware of what runs: steps taken, measured trends,
/// serverless scaling and load far from the declared profile.
struct RunningSystemTests {
    private let catalog = #""accessPatterns": ["relational", "key-lookup"], "readsPerSecond": 800, "writesPerSecond": 40, "latencyP99Ms": 120"#

    @Test("STRATA-SCALE-03: replicas and a cache in place are cited with their measured effect and not advised again")
    func stepsTakenAreCitedNotRepeated() {
        let context = AdvisoryContext(
            existingTechnologies: [.postgresql, .redis], topology: StoreTopology(readReplicas: 2, cacheInFront: true),
            trends: [MeasurementTrend(metric: "latency-p99-ms", unit: "ms", first: 340, latest: 95, target: 120)])
        let hot = #""accessPatterns": ["relational", "key-lookup"], "readsPerSecond": 12000, "writesPerSecond": 40"#
        let blind = FiringCase.advise(hot, context: AdvisoryContext(existingTechnologies: [.postgresql, .redis]))
        #expect(blind.scaling.contains { $0.step == .readReplicas } && blind.scaling.contains { $0.step == .cache }, "\(blind.scaling)")
        let advice = FiringCase.advise(hot, context: context)
        let note = advice.recommendations[0].reasons.first { $0.rule == "STRATA-SCALE-03" }?.text ?? ""
        #expect(note.contains("2 read replicas") && note.contains("a cache in front"), "\(note)")
        #expect(note.contains("from 340 to 95 ms"), "\(note)")
        #expect(!advice.scaling.contains { $0.step == .readReplicas || $0.step == .cache }, "\(advice.scaling)")
        #expect(advice.recommendations[0].reasons.first?.rule == "STRATA-SCALE-03", "what runs is said first")
        let cqrs = advice.recommendations[0].reasons.first { $0.rule == "CQRS-01" }?.text ?? ""
        #expect(cqrs.contains("a bigger node come") && !cqrs.contains("read replicas"), "CQRS-01 names only the steps not taken: \(cqrs)")
    }

    @Test("SCALE-01: a serverless store is told to raise its ceiling, not to get faster disks")
    func serverlessGetsServerlessScaling() {
        let advice = FiringCase.advise(#""accessPatterns": ["relational"], "deployment": "serverless", "existingStores": ["neon"]"#)
        #expect(advice.recommendations.first?.technology == .neon)
        let vertical = advice.scaling.first { $0.step == .vertical }?.text ?? ""
        #expect(vertical.contains("autoscaling") && !vertical.contains("disks"), "\(vertical)")
        let steps = ScalingAdvisor.nextSteps(
            for: .neon, topology: StoreTopology(),
            bottlenecks: [MeasuredBottleneck(kind: .readLatency, metric: "p99", value: 300, target: 100, observedAt: FiringCase.measuredAt)])
        #expect(steps.first?.text.contains("no node to resize") == true)
    }

    @Test("STRATA-LOAD-01: 5,200 reads/s measured against 800 declared is flagged with both figures")
    func loadDriftIsFlagged() {
        let advice = FiringCase.advise(catalog, context: AdvisoryContext(trends: [FiringCase.readRate(5_200)]))
        let caution = advice.recommendations[0].cautions.first { $0.rule == "STRATA-LOAD-01" }?.text ?? ""
        #expect(caution.contains("5200") && caution.contains("800"), "\(caution)")
    }

    @Test("Determinism: the same recorded context gives the same advice, byte for byte")
    func sameContextSameAdvice() {
        let context = AdvisoryContext(topology: StoreTopology(readReplicas: 1), trends: [FiringCase.readRate(900)])
        #expect(FiringCase.advise(catalog, context: context).jsonString() == FiringCase.advise(catalog, context: context).jsonString())
    }
}
