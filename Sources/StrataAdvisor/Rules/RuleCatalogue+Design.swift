extension RuleCatalogue {
    /// Strata's rules for the design each recommendation carries (the
    /// guide's output standards), built by the engine from the final ranking.
    static let designRules: [Rule] = [
        Rule(
            "STRATA-DESIGN-01", .strataAdditions,
            summary: "Every recommendation carries a schema sketch for its category, shaped by the workload's access patterns.",
            explanation: """
                A database name is half an answer: the data has to be modelled for how it is read. The \
                sketch gives tables and indexes, a document shape with its embed-or-reference choice, \
                key names and structures, or a topic and its partition key, named after the workload.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "STRATA-DESIGN-02", .strataAdditions,
            summary: "When the top choice is not what serves the workload today: a migration plan (capture, backfill, verify, cut over, retire or keep).",
            explanation: """
                Moving a workload between stores is done in steps that can be stopped and reversed: \
                capture changes, backfill history, compare both stores, switch reads before writes, and \
                only then retire the old store, or keep it as the system of record when the new store is \
                a derived copy.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "STRATA-DESIGN-03", .strataAdditions,
            summary: "Every recommendation carries an operations checklist: backups and point-in-time recovery, failover, monitoring, cost.",
            explanation: """
                Each store has to be backed up, restored, failed over, watched and paid for, and how \
                depends on whether it is a managed service, a server, an embedded file or a cache that \
                refills itself.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "STRATA-DESIGN-04", .strataAdditions,
            summary: "Sizing figures from the profile and the measurements: connection pool from rate × query time within the connection limit, partitions from throughput, vector memory; each names its source.",
            explanation: """
                Figures turn advice into configuration. Connections busy are the query rate times the \
                time per query, never fewer than the declared concurrent writers, and all pools \
                together stay inside the server's limit; a stream needs enough partitions for its \
                rate and its consumers; vectors need their bytes, plus the index, in memory. Declared \
                rates come first, measured ones fill the gaps, a measured p50 (else p99) is the time \
                per query and a recorded connections target is the limit; a stated assumption (5 ms a \
                query, the engine's default limit) is used only when nothing was given, and the \
                sentence says which.
                """, scope: .engine
        ) { _ in [] },
    ]
}
