import StrataProfile

extension RuleCatalogue {
    /// Section 1.4: edge and embedded databases (placement and choice).
    static let embeddedRules: [Rule] = [
        Rule(
            "SEL-EMB-01", .edgeAndEmbedded,
            summary: "Mobile, desktop or embedded deployment: SQLite, first among embeddable stores unless a libSQL, Turso or DuckDB rule applies.",
            explanation: """
                SQLite is a library, not a server: one transactional file, nothing to configure, and \
                already present on every phone, which makes it the default store on a device.
                """
        ) { input in
            let onDevice: Set<Deployment> = [.mobile, .desktop, .embedded]
            guard let deployment = input.profile.deployment, onDevice.contains(deployment) else { return [] }
            var effects: [RuleEffect] = [.strongGain([.sqlite], "A single-file, zero-configuration ACID engine that already ships on the device.")]
            if !libsqlEncryptionApplies(input), !embeddedReplicasApply(input.profile), !inProcessAnalyticsApplies(input.profile) {
                effects.append(.firstWithin(.sqlite, group: Stores.embeddable))
            }
            return effects
        },
        Rule(
            "SEL-EMB-02", .edgeAndEmbedded,
            summary: "Browser deployment: IndexedDB first.",
            explanation: "It is the store every browser already provides, with nothing to install or ship."
        ) { input in
            guard input.profile.deployment == .browser else { return [] }
            return [.strongGain([.indexeddb], "The browser's own database: nothing to install or ship."), .first(.indexeddb)]
        },
        Rule(
            "SEL-EMB-03", .edgeAndEmbedded,
            summary: "Edge deployment: Turso and Cloudflare D1 strongly favoured, tied unless another rule separates them.",
            explanation: """
                Turso and Cloudflare D1 both speak SQLite and serve it from points of presence near the \
                users.
                """
        ) { input in
            guard input.profile.deployment == .edge else { return [] }
            return [.strongGain([.turso, .cloudflareD1], "SQLite-compatible and served from edge locations close to users.")]
        },
        Rule(
            "SEL-EMB-04", .edgeAndEmbedded,
            summary: "A small server site (≤5 reads/s, under 1 GB, few writers, local disk): SQLite strongly favoured, tied with PostgreSQL.",
            explanation: """
                About 100K hits a day works out to roughly five requests a second at peak, if the peak \
                is four times the mean. One SQLite file handles that easily, so a server database is not \
                the only sensible start.
                """
        ) { input in
            guard smallSiteFitsSQLite(input.facts) else { return [] }
            return [.strongGain([.sqlite], "At this size (a site under ~100K hits a day) one SQLite file is plenty.")]
        },
        Rule(
            "SEL-EMB-05", .edgeAndEmbedded,
            summary: "SQLite family in play with more than 10 concurrent writers: warn; SQLite family never first.",
            explanation: """
                SQLite lets one writer in at a time. Many concurrent writers queue behind each other \
                and hold up readers while they wait.
                """
        ) { input in
            guard input.facts.sqliteInPlay(input.ranking), input.profile.hasManyConcurrentWriters else { return [] }
            let writers = input.profile.concurrentWriters ?? 0
            return [
                .warning(.sqliteWriteConcurrency, "\(writers) concurrent writers would queue on SQLite's single write lock and stall readers."),
                .neverFirst(Stores.sqliteFamily),
                .caution(Stores.sqliteFamily, "Only one writer at a time: \(writers) concurrent writers would queue."),
            ]
        },
        Rule(
            "SEL-EMB-06", .edgeAndEmbedded,
            summary: "SQLite family in play on a network filesystem: warn; SQLite family never first.",
            explanation: """
                File locking over NFS or SMB is unreliable, and SQLite depends on it for safety, so \
                the database can be corrupted.
                """
        ) { input in
            guard input.facts.sqliteInPlay(input.ranking), input.profile.isOnNetworkFilesystem else { return [] }
            return [
                .warning(.sqliteNetworkFilesystem, "The database file would sit on a network filesystem, whose unreliable locks can corrupt SQLite."),
                .neverFirst(Stores.sqliteFamily),
                .caution(Stores.sqliteFamily, "Keep the file on a local disk; network filesystem locks are not safe for SQLite."),
            ]
        },
        Rule(
            "SEL-EMB-07", .edgeAndEmbedded,
            summary: "SQLite family in play with more than 1 TB: warn; SQLite family never first.",
            explanation: """
                Past roughly a terabyte, a single SQLite file leaves the size range the engine is \
                comfortable with.
                """
        ) { input in
            guard input.facts.sqliteInPlay(input.ranking), input.profile.isBeyondTerabyte else { return [] }
            let volume = MeasuredBottleneck.format(input.profile.volumeGB ?? 0)
            return [
                .warning(.sqliteDatasetSize, "\(volume) GB is beyond the roughly 1 TB a single SQLite file handles comfortably."),
                .neverFirst(Stores.sqliteFamily),
                .caution(Stores.sqliteFamily, "One file beyond about 1 TB is outside SQLite's comfortable range."),
            ]
        },
        Rule(
            "SEL-EMB-08", .edgeAndEmbedded,
            summary: "SQLite family in play and encryption at rest needed: libSQL first among the family.",
            explanation: """
                libSQL is a SQLite-compatible fork, and unlike SQLite it can encrypt data at rest.
                """
        ) { input in
            guard libsqlEncryptionApplies(input) else { return [] }
            return [
                .gain([.libsql], "Keeps SQLite compatibility and adds encryption at rest."),
                .firstWithin(.libsql, group: Stores.sqliteFamily),
            ]
        },
        Rule(
            "SEL-EMB-09", .edgeAndEmbedded,
            summary: "Embedded replicas needed: Turso first (libSQL when self-hosted).",
            explanation: """
                With an embedded replica, reads hit a local copy at in-process speed while the library \
                keeps that copy in step with a remote primary. Turso runs this as a service; libSQL is \
                the engine to host it yourself.
                """
        ) { input in
            guard embeddedReplicasApply(input.profile) else { return [] }
            let replicas = "Local reads at in-process speed from an embedded replica that syncs with the primary."
            if input.profile.operations == .selfHosted {
                return [.strongGain([.turso], replicas), .strongGain([.libsql], "The self-hostable engine behind embedded replicas."), .first(.libsql)]
            }
            return [.strongGain([.turso], replicas), .first(.turso)]
        },
        Rule(
            "SEL-EMB-10", .edgeAndEmbedded,
            summary: "Aggregation on a device or at the edge, or Parquet up to 1 TB: DuckDB first.",
            explanation: """
                DuckDB does for analytics what SQLite does for transactions: it runs inside the process, \
                stores columns, executes vectorised, needs no dependencies, reads Parquet columns \
                directly and ingests over a million rows a second, so a high write rate does not count \
                against it.
                """
        ) { input in
            guard inProcessAnalyticsApplies(input.profile) else { return [] }
            return [
                .strongGain([.duckdb], "In-process columnar analytics with vectorised execution and no dependencies."),
                .first(.duckdb),
                .reason([.duckdb], "Scans Parquet columns in place; bulk loads exceed a million rows a second."),
                .reason([.duckdb], "Organise queries as a chain of CTEs (raw, cleaned, business rules, aggregates) and materialise the rollups you reuse."),
            ]
        },
    ]

    static func libsqlEncryptionApplies(_ input: RuleInput) -> Bool {
        input.facts.sqliteInPlay(input.ranking) && input.profile.requires(.encryptionAtRest)
    }

    static func embeddedReplicasApply(_ profile: WorkloadProfile) -> Bool {
        profile.requires(.embeddedReplicas)
    }

    static func inProcessAnalyticsApplies(_ profile: WorkloadProfile) -> Bool {
        let local: Set<Deployment> = [.desktop, .embedded, .edge]
        let localAggregation = profile.has(.aggregation) && profile.deployment.map(local.contains) == true
        let parquet = profile.requires(.parquet) && !profile.isBeyondTerabyte
        return localAggregation || parquet
    }

    /// SEL-EMB-04's condition; ADD-01 also reads it to stand down.
    static func smallSiteFitsSQLite(_ facts: ProfileFacts) -> Bool {
        let profile = facts.profile
        guard facts.isServerOrUnstated, let reads = profile.readsPerSecond, let volume = profile.volumeGB else {
            return false
        }
        return reads <= Thresholds.smallSiteReads && volume < Thresholds.megabyteBandGB
            && !profile.hasManyConcurrentWriters && !profile.isOnNetworkFilesystem
    }
}
