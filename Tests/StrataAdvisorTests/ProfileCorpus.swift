import StrataProfile

/// Many valid profiles for property-style tests: the examples, the firing
/// tables and a few hundred pseudo-random profiles from a fixed seed (so a
/// failure always reproduces).
enum ProfileCorpus {
    static let all: [WorkloadProfile] = examples + tables + random(count: 400, seed: 0x5EED)

    static let examples: [WorkloadProfile] = AdviceExampleTests.embedded.map(\.profile)

    static let tables: [WorkloadProfile] = RuleFiringTests.cases.flatMap {
        [FiringCase.profile($0.fires), FiringCase.profile($0.silent)]
    }

    /// A small, reproducible generator (64-bit LCG).
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        mutating func chance() -> Bool { next() % 2 == 0 }
        mutating func pick<T>(_ values: [T]) -> T { values[Int(next() % UInt64(values.count))] }
        mutating func maybe<T>(_ values: [T]) -> T? { chance() ? pick(values) : nil }
        mutating func subset<T>(_ values: [T], max: Int) -> [T] {
            var chosen: [T] = []
            for _ in 0..<Int(next() % UInt64(max + 1)) { chosen.append(pick(values)) }
            return chosen
        }
    }

    static func random(count: Int, seed: UInt64) -> [WorkloadProfile] {
        var generator = Generator(state: seed)
        return (0..<count).map { index in randomProfile(index, &generator) }
    }

    private static func randomProfile(_ index: Int, _ g: inout Generator) -> WorkloadProfile {
        var patterns = Array(Set(g.subset(AccessPattern.allCases, max: 3)))
        if patterns.isEmpty { patterns = [g.pick(AccessPattern.allCases)] }
        var profile = WorkloadProfile(name: "random-\(index)", accessPatterns: patterns.sorted())
        let sizes = [0.01, 0.5, 5, 200, 900, 1_500, 40_000]
        let rates = [1.0, 5, 90, 900, 4_000, 20_000, 60_000, 250_000]
        profile.context = g.maybe(["billing", "catalog"])
        profile.structure = g.maybe(Structure.allCases)
        profile.consistency = g.maybe(Consistency.allCases)
        profile.dataSizeGB = g.maybe(sizes)
        profile.projectedDataSizeGB = g.maybe(sizes)
        profile.readsPerSecond = g.maybe(rates)
        profile.writesPerSecond = g.maybe(rates)
        profile.concurrentWriters = g.maybe([1, 8, 12, 150])
        profile.latencyP99Ms = g.maybe([0.5, 1, 4, 50])
        profile.ephemeral = g.maybe([true, false])
        profile.deployment = g.maybe(Deployment.allCases)
        profile.offline = g.maybe([true, false])
        profile.multiRegionWrites = g.maybe([true, false])
        profile.multiTenant = g.maybe([true, false])
        profile.tenantCount = g.maybe([3, 2_000])
        profile.networkFilesystem = g.maybe([true, false])
        profile.vectorCount = g.maybe([500_000, 20_000_000, 300_000_000])
        profile.vectorDimensions = g.maybe([384, 1_000])
        profile.traversalDepth = g.maybe([1, 2, 5])
        profile.maxRecordSizeMB = g.maybe([0.1, 9])
        fillRest(&profile, &g)
        return profile
    }

    private static func fillRest(_ profile: inout WorkloadProfile, _ g: inout Generator) {
        profile.unboundedGrowth = g.maybe([true, false])
        profile.auditTrail = g.maybe([true, false])
        profile.retention = g.maybe(Retention.allCases)
        profile.stage = g.maybe(Stage.allCases)
        profile.figures = g.maybe(Figures.allCases)
        profile.relationships = g.maybe(RelationshipCardinality.allCases)
        profile.databasePerTenant = g.maybe([true, false])
        profile.complexPermissions = g.maybe([true, false])
        profile.readModels = g.maybe([0, 3])
        profile.dataResidency = g.maybe([true, false])
        profile.existingStores = g.chance() ? Array(Set(g.subset(Technology.schemaCases, max: 3))).sorted() : nil
        profile.teamExpertise = g.chance() ? Array(Set(g.subset(Technology.schemaCases, max: 2))).sorted() : nil
        profile.operations = g.maybe(Operations.allCases)
        profile.budget = g.maybe(Budget.allCases)
        profile.needs = g.chance() ? Array(Set(g.subset(Need.allCases, max: 3))).sorted() : nil
    }
}
