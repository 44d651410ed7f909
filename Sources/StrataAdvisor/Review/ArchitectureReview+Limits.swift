import StrataProfile

extension ArchitectureReview {
    /// The limit warnings of a single profile (SQLite family, document size,
    /// pgvector scale), evaluated for the workloads a store actually serves.
    ///
    /// The conditions are the same properties the advisor's rules read, so
    /// `strata advise` and `strata audit` never disagree about a limit.
    public static func workloadWarnings(_ store: ReviewedStore) -> [Finding] {
        store.workloads.flatMap { workload in
            limitChecks(for: store.technology.catalogueEntry).compactMap { check -> Finding? in
                guard check.applies(workload) else { return nil }
                return Finding(
                    code: check.code, rule: check.rule,
                    text: "\(store.name) (\(store.technology.displayName)) serves \(workload.name): \(check.text)",
                    store: store.name)
            }
        }
    }

    /// `premature-sharding` when the store was sharded before the steps that
    /// should precede it were taken (AVOID-02).
    public static func prematureSharding(_ store: ReviewedStore) -> Finding? {
        ScalingAdvisor.prematureSharding(
            history: store.scalingHistory, drivenBy: store.shardingDrivenBy, store: store.name,
            technology: store.technology.catalogueEntry)
    }

    private struct LimitCheck {
        let code: WarningCode
        let rule: String
        let text: String
        let applies: (WorkloadProfile) -> Bool
    }

    /// The limits of a catalogue technology; an `other:` store (nil) is held to none it was not measured against.
    private static func limitChecks(for technology: Technology?) -> [LimitCheck] {
        guard let technology else { return [] }
        if technology.isMember(of: .sqliteFamily) {
            return [
                LimitCheck(code: .sqliteWriteConcurrency, rule: "SEL-EMB-05", text: "more than 10 concurrent writers queue on SQLite's single write lock.", applies: \.hasManyConcurrentWriters),
                LimitCheck(code: .sqliteNetworkFilesystem, rule: "SEL-EMB-06", text: "its file sits on a network filesystem, whose locks can corrupt SQLite.", applies: \.isOnNetworkFilesystem),
                LimitCheck(code: .sqliteDatasetSize, rule: "SEL-EMB-07", text: "more than about 1 TB is beyond one SQLite file.", applies: \.isBeyondTerabyte),
            ]
        }
        if technology.isMember(of: .documentStores) {
            return [
                LimitCheck(code: .documentSizeLimit, rule: "SEL-DOC-03", text: "records of 8 MB or more are close to the 16 MB document cap.", applies: \.isNearDocumentCap),
                LimitCheck(code: .documentSizeLimit, rule: "SEL-DOC-04", text: "records growing without bound will reach the 16 MB document cap.", applies: \.growsWithoutBound),
            ]
        }
        if technology == .pgvector {
            return [LimitCheck(code: .pgvectorScale, rule: "SEL-VEC-05", text: "more than 100M vectors is beyond pgvector's practical range.", applies: \.isBeyondPgvectorScale)]
        }
        return []
    }
}
