import Foundation
import StrataAdvisor

/// Fire / no-fire pairs for the rules Strata adds (`STRATA-…`).
extension FiringCase {
    static let measuredAt = Date(timeIntervalSince1970: 1_750_000_000)

    static let strata: [FiringCase] = [
        FiringCase("STRATA-FIT-01", fires: #""accessPatterns": ["range-scan"], "existingStores": ["redis"]"#, silent: #""accessPatterns": ["range-scan"]"#),
        FiringCase("STRATA-MSG-01", fires: #""accessPatterns": ["queue"]"#, silent: #""accessPatterns": ["queue"], "ephemeral": true"#),
        FiringCase(
            "STRATA-MEAS-01", fires: #""accessPatterns": ["relational"]"#, silent: #""accessPatterns": ["relational"]"#,
            firing: AdvisoryContext(measuredBottlenecks: [bottleneck(value: 340, target: 50)]),
            silentContext: AdvisoryContext(measuredBottlenecks: [bottleneck(value: 20, target: 50)])),
        FiringCase("STRATA-FIG-01", fires: #""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 20000, "figures": "estimated""#,
                   silent: #""accessPatterns": ["cache"], "existingStores": ["postgresql"], "readsPerSecond": 20000, "figures": "measured""#),
        FiringCase("STRATA-STAGE-01", fires: #""accessPatterns": ["vector-similarity"], "stage": "prototype""#,
                   silent: #""accessPatterns": ["vector-similarity"], "stage": "production""#),
        FiringCase("STRATA-STAGE-02", fires: #""accessPatterns": ["relational"], "stage": "internal-tool""#,
                   silent: #""accessPatterns": ["relational"], "stage": "production""#),
        FiringCase("STRATA-STAGE-03", fires: #""accessPatterns": ["vector-similarity"], "stage": "production""#,
                   silent: #""accessPatterns": ["vector-similarity"], "stage": "prototype""#),
        FiringCase("STRATA-REL-01", fires: #""accessPatterns": ["document"], "relationships": "many-to-many""#,
                   silent: #""accessPatterns": ["relational"], "relationships": "many-to-many""#),
        FiringCase("STRATA-TEN-01", fires: #""accessPatterns": ["relational"], "databasePerTenant": true"#,
                   silent: #""accessPatterns": ["relational"], "databasePerTenant": false"#),
        FiringCase("STRATA-PERM-01", fires: #""accessPatterns": ["relational"], "complexPermissions": true"#,
                   silent: #""accessPatterns": ["relational"], "complexPermissions": false"#),
        FiringCase("STRATA-CQRS-01", fires: #""accessPatterns": ["relational"], "readModels": 3"#, silent: #""accessPatterns": ["relational"], "readModels": 1"#),
        FiringCase("STRATA-RES-01", fires: #""accessPatterns": ["relational"], "dataResidency": true"#, silent: #""accessPatterns": ["relational"], "dataResidency": false"#),
    ]

    static func bottleneck(value: Double, target: Double) -> MeasuredBottleneck {
        MeasuredBottleneck(kind: .readLatency, metric: "orders.p99_read_ms", value: value, target: target, observedAt: measuredAt)
    }
}
