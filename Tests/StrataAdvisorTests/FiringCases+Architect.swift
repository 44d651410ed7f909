import StrataAdvisor

/// Fire / no-fire pairs for the rules of issue 16 (ranking as a senior
/// architect would: need before placement, reasoned ties, what runs).
extension FiringCase {
    static let architect: [FiringCase] = [
        FiringCase("STRATA-STAGE-04", fires: #""accessPatterns": ["vector-similarity"], "vectorCount": 300000000"#,
                   silent: #""accessPatterns": ["vector-similarity"], "vectorCount": 300000000, "stage": "prototype""#),
        FiringCase("STRATA-FIT-02", fires: #""accessPatterns": ["document"], "structure": "rigid", "consistency": "strong""#,
                   silent: #""accessPatterns": ["document"], "structure": "rigid", "consistency": "eventual""#),
        FiringCase("STRATA-SQL-01", fires: #""accessPatterns": ["relational"], "deployment": "edge""#,
                   silent: #""accessPatterns": ["key-lookup"], "deployment": "edge""#),
        FiringCase("STRATA-SKILL-01", fires: #""accessPatterns": ["relational"], "deployment": "edge", "teamExpertise": ["sqlite"]"#,
                   silent: #""accessPatterns": ["relational"], "deployment": "edge""#),
        FiringCase("STRATA-ADD-05", fires: #""accessPatterns": ["relational"], "deployment": "edge", "existingStores": ["cloudflare-d1"]"#,
                   silent: #""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 90"#),
        FiringCase("STRATA-MIG-01", fires: #""accessPatterns": ["relational"], "existingStores": ["sqlite"], "concurrentWriters": 50"#,
                   silent: #""accessPatterns": ["relational"], "existingStores": ["sqlite"], "concurrentWriters": 5"#),
        FiringCase(
            "STRATA-SCALE-03", fires: #""accessPatterns": ["relational"]"#, silent: #""accessPatterns": ["relational"]"#,
            firing: AdvisoryContext(topology: StoreTopology(readReplicas: 2)),
            silentContext: AdvisoryContext(topology: StoreTopology())),
        FiringCase(
            "STRATA-LOAD-01", fires: #""accessPatterns": ["relational"], "readsPerSecond": 800"#,
            silent: #""accessPatterns": ["relational"], "readsPerSecond": 800"#,
            firing: AdvisoryContext(trends: [readRate(5_200)]), silentContext: AdvisoryContext(trends: [readRate(1_000)])),
    ]

    static func readRate(_ latest: Double) -> MeasurementTrend {
        MeasurementTrend(metric: "reads-per-second", unit: "ops/s", first: 700, latest: latest, target: nil)
    }
}
