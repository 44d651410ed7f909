import StrataProfile

extension RuleCatalogue {
    /// Strata's rules on how the ranking weighs need, placement, ties and
    /// signals the catalogue's own rules leave unlisted.
    static let rankingRules: [Rule] = [
        Rule(
            "STRATA-RANK-01", .strataAdditions,
            summary: "What the workload needs (vectors, streams, key-value, time series, graph, search, documents) decides position 1 before where it is deployed.",
            explanation: """
                A deployment narrows the choice only among stores that can do the job. A serverless \
                event stream still needs a durable log and a serverless cache still needs a cache; \
                "managed first" then picks among those, and a store already running, or an extension \
                of it, counts as already placed.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "STRATA-TIE-01", .strataAdditions,
            summary: "Equal points: what already runs, then team skills (engine families included), production readiness, the managed preference, the guide's default, operational burden.",
            explanation: """
                Two stores that fit equally well are not separated by their names. The one already \
                running costs nothing new; known skills, including those of a compatible engine, lower \
                the risk; a store built for prototypes does not lead a workload that is not one; a \
                managed service is preferred when the team asks for it; the guide's default for the \
                kind of workload comes next; and a library or a service leaves less to operate than a \
                server. The deciding reason is stated on the winner.
                """, scope: .engine
        ) { _ in [] },
        Rule(
            "STRATA-STAGE-04", .strataAdditions,
            summary: "Stage not given and more than 1M vectors: the workload is no prototype, so Chroma is never first.",
            explanation: """
                A prototyping store's limits apply unless the profile says it is a prototype or an \
                internal tool. Without a stated stage, a collection beyond the prototype size of \
                SEL-VEC-08 is treated as one that will serve real traffic.
                """
        ) { input in
            let profile = input.profile
            guard profile.stage == nil, profile.has(.vectorSimilarity),
                  (profile.vectorCount ?? 0) > Thresholds.chromaPrototypeVectors else { return [] }
            return [
                .neverFirst([.chroma]),
                .caution([.chroma], "A prototyping store; this many vectors and no prototype stage call for a store built for production."),
            ]
        },
        Rule(
            "STRATA-FIT-02", .strataAdditions,
            summary: "Whole documents under a rigid schema and strong consistency: a relational store is listed beside the document stores.",
            explanation: """
                When records are read and written whole but their shape is fixed and transactions \
                must hold, a relational table with a JSON column (PostgreSQL's JSONB) keeps the \
                document together and adds constraints and ACID; the signals that favour it must also \
                be able to put it on the list.
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.document), profile.structure == .rigid, profile.consistency == .strong else { return [] }
            let engine: Technology = input.facts.mysqlSignal ? .mysql : .postgresql
            return [.gain([engine], "A rigid shape under ACID: a table with a JSON column keeps each document whole, with constraints and transactions.")]
        },
        Rule(
            "STRATA-SQL-01", .strataAdditions,
            summary: "Relational access: the SQLite family gains, since it runs joins, constraints and transactions.",
            explanation: """
                SQLite and its compatible engines are relational databases in a file: joins, foreign \
                keys and transactions work as on a server, so relational access counts for them \
                wherever they are listed.
                """
        ) { input in
            guard input.profile.has(.relational) else { return [] }
            return [.boost(Stores.sqliteFamily, "Full SQL with joins, constraints and transactions, in an embedded engine.")]
        },
        Rule(
            "STRATA-SKILL-01", .strataAdditions,
            summary: "Skills in an engine count for its compatible members: SQLite for libSQL, Turso and D1; Postgres for Neon and Supabase; MySQL for PlanetScale.",
            explanation: """
                A team that knows SQLite already knows the dialect, the file format and the tooling of \
                libSQL and Turso; the same holds for hosted Postgres and MySQL. Those skills lower the \
                risk of the compatible store as much as of the original.
                """
        ) { input in
            let facts = input.facts
            let compatible = Stores.all.filter {
                !facts.expertise.contains($0) && facts.knowsFamily(of: $0) && facts.servesAnyPattern($0)
            }
            return compatible.sorted().map {
                .boost([$0], "The team's skills in a compatible engine carry over to \($0.displayName).")
            }
        },
    ]
}
