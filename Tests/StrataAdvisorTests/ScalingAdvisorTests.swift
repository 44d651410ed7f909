import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// The scaling progression for measured bottlenecks, and the premature-sharding check.
struct ScalingAdvisorTests {
    private func measured(_ kind: BottleneckKind, value: Double = 900, target: Double = 100) -> MeasuredBottleneck {
        MeasuredBottleneck(kind: kind, metric: "\(kind.rawValue).metric", value: value, target: target, observedAt: FiringCase.measuredAt)
    }

    private func next(_ kind: BottleneckKind, _ topology: StoreTopology, _ technology: Technology = .postgresql) -> [ScalingAction] {
        let bottleneck = kind == .writeThroughput ? measured(kind, value: 100, target: 900) : measured(kind)
        return ScalingAdvisor.nextSteps(for: technology, topology: topology, bottlenecks: [bottleneck]).map(\.action)
    }

    @Test("Read latency climbs the full progression one step at a time")
    func readPath() {
        #expect(next(.readLatency, StoreTopology()) == [.vertical])
        #expect(next(.readLatency, StoreTopology(scaledVertically: true)) == [.readReplicas])
        #expect(next(.readLatency, StoreTopology(scaledVertically: true, readReplicas: 2)) == [.cache])
        #expect(next(.readLatency, StoreTopology(scaledVertically: true, readReplicas: 2, cacheInFront: true)) == [.cqrs])
        let exhausted = StoreTopology(scaledVertically: true, readReplicas: 2, cacheInFront: true, cqrsReadModels: true)
        #expect(next(.readLatency, exhausted) == [.sharding])
        #expect(next(.readLatency, StoreTopology(scaledVertically: true, readReplicas: 1, cacheInFront: true, cqrsReadModels: true, sharded: true)) == [])
    }

    @Test("STRATA-SCALE-01: a write bottleneck takes replicas and a cache before CQRS, which adds no write capacity, and shards last")
    func writePath() {
        let advice = ScalingAdvisor.nextSteps(
            for: .postgresql, topology: StoreTopology(scaledVertically: true),
            bottlenecks: [measured(.writeThroughput, value: 2_000, target: 8_000)])
        #expect(advice.map(\.action) == [.readReplicas])
        #expect(advice.first?.rule == "STRATA-SCALE-01")
        #expect(advice.first?.text.contains("writeThroughput.metric 2000 against a target of 8000") == true)
        #expect(ScalingPath.steps(for: .writeThroughput) == [.vertical, .readReplicas, .cache, .cqrs, .sharding])
        let unloaded = StoreTopology(scaledVertically: true, readReplicas: 2, cacheInFront: true)
        let cqrs = ScalingAdvisor.nextSteps(for: .postgresql, topology: unloaded, bottlenecks: [measured(.writeThroughput, value: 2_000, target: 8_000)])
        #expect(cqrs.map(\.action) == [.cqrs])
        #expect(cqrs.first?.text.contains("adds no write capacity") == true)
    }

    @Test("STRATA-SCALE-02: storage growth goes straight from scaling up to partitioning")
    func storagePath() {
        let advice = ScalingAdvisor.nextSteps(
            for: .postgresql, topology: StoreTopology(scaledVertically: true), bottlenecks: [measured(.storageSize)])
        #expect(advice.map(\.action) == [.sharding])
        #expect(advice.first?.rule == "STRATA-SCALE-02")
        #expect(ScalingPath.steps(for: .storageSize) == [.vertical, .sharding])
    }

    @Test("Connection exhaustion asks for pooling first, then scaling up")
    func connectionsNeedPooling() {
        #expect(next(.connections, StoreTopology()) == [.connectionPooling])
        #expect(next(.connections, StoreTopology(connectionPooling: true)) == [.vertical])
    }

    @Test("Targets that are met call for nothing; several bottlenecks are merged in order")
    func onlyBreachedBottlenecksCount() {
        let met = measured(.readLatency, value: 40, target: 50)
        #expect(ScalingAdvisor.nextSteps(for: .mysql, topology: StoreTopology(), bottlenecks: [met]).isEmpty)
        let both = ScalingAdvisor.nextSteps(
            for: .mysql, topology: StoreTopology(scaledVertically: true),
            bottlenecks: [measured(.readLatency), measured(.connections), measured(.storageSize)])
        #expect(both.map(\.action) == [.connectionPooling, .readReplicas, .sharding])
    }

    @Test("Natively partitioned stores scale writes by adding partitions")
    func nativePartitioning() {
        #expect(next(.writeThroughput, StoreTopology(), .cassandra) == [.sharding])
        #expect(ScalingAdvisor.prematureSharding(history: [.sharding], technology: .kafka) == nil)
    }

    @Test("AVOID-02: sharding before scaling up, replicas, cache and CQRS is premature")
    func prematureSharding() throws {
        let finding = try #require(ScalingAdvisor.prematureSharding(history: [.vertical, .sharding], store: "orders-db"))
        #expect(finding.code == .prematureSharding)
        #expect(finding.rule == "AVOID-02")
        #expect(finding.store == "orders-db")
        #expect(finding.text.contains("read-replicas, cache, cqrs"))
        #expect(ScalingAdvisor.prematureSharding(history: [.vertical, .readReplicas, .cache, .cqrs, .sharding]) == nil)
        #expect(ScalingAdvisor.prematureSharding(history: [.vertical, .readReplicas]) == nil)
        #expect(ScalingAdvisor.prematureSharding(history: [.sharding, .vertical, .readReplicas, .cache, .cqrs]) != nil)
    }

    @Test("Storage-driven sharding needs only scaling up first; the topology form agrees")
    func prerequisitesFollowTheDriver() {
        #expect(ScalingAdvisor.prematureSharding(history: [.vertical, .sharding], drivenBy: .storageSize) == nil)
        #expect(ScalingAdvisor.prematureSharding(history: [.sharding], drivenBy: .storageSize) != nil)
        let topology = StoreTopology(scaledVertically: true, readReplicas: 3, sharded: true)
        #expect(ScalingAdvisor.prematureSharding(topology: topology)?.text.contains("cache, cqrs") == true)
    }
}
