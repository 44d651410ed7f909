import StrataProfile

extension RuleCatalogue {
    /// Section 1.5: time-series databases.
    static let timeSeriesRules: [Rule] = [
        Rule(
            "SEL-TS-01", .timeSeries,
            summary: "Time-series access strongly favours InfluxDB and TimescaleDB; SEL-TS-02/03 decide between them.",
            explanation: """
                Metrics, IoT readings, monitoring and logs are written in time order and queried by \
                time window, which is what these engines store and index for.
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.timeSeries) else { return [] }
            var effects: [RuleEffect] = [
                .strongGain(Stores.timeSeries, "Data written and queried by time, stored in time order."),
                .reason(Stores.timeSeries, "Query by time bucket (per minute, hour, day) rather than row by row."),
            ]
            if profile.requires(.downsampling) {
                effects.append(.reason(Stores.timeSeries, "Downsample old readings into coarser rollups as they age."))
            }
            if profile.growsWithoutBound {
                effects.append(.reason(Stores.timeSeries, "Store each reading as its own point, not as an ever-growing array inside a parent."))
            }
            return effects
        },
        Rule(
            "SEL-TS-02", .timeSeries,
            summary: "Time series with Postgres, SQL or relational joins: TimescaleDB first.",
            explanation: """
                TimescaleDB is Postgres with time partitioning added, so it keeps full SQL and can join \
                readings to ordinary tables, with no extra system to run.
                """
        ) { input in
            guard timescaleFits(input.facts) else { return [] }
            return [.gain([.timescaledb], "Postgres with automatic time partitioning: full SQL and joins to ordinary tables."), .first(.timescaledb)]
        },
        Rule(
            "SEL-TS-03", .timeSeries,
            summary: "Time series with time-based retention and no SQL signal: InfluxDB first.",
            explanation: """
                InfluxDB is built only for time series; it compresses readings tightly and expires them \
                with native retention policies.
                """
        ) { input in
            guard input.profile.has(.timeSeries), input.profile.retention == .time, !timescaleFits(input.facts) else { return [] }
            return [.gain([.influxdb], "Purpose-built, compresses well and expires data with built-in retention policies."), .first(.influxdb)]
        },
    ]

    static func timescaleFits(_ facts: ProfileFacts) -> Bool {
        let profile = facts.profile
        return profile.has(.timeSeries) && (facts.postgresSignal || profile.requires(.sql) || profile.has(.relational))
    }

    /// Section 1.6: event streaming.
    static let streamingRules: [Rule] = [
        Rule(
            "SEL-STR-01", .eventStreaming,
            summary: "Event streams strongly favour Kafka and Pulsar; Kafka unless Pulsar is already known.",
            explanation: """
                Event-driven systems rest on a log that keeps events durably and lets consumers read \
                them again. Kafka is the established choice with the biggest ecosystem; a team already \
                running Pulsar stays with it.
                """
        ) { input in
            guard input.profile.has(.eventStream) else { return [] }
            var effects: [RuleEffect] = [.strongGain(Stores.streaming, "A durable, partitioned, replayable log of events.")]
            if !input.facts.existing.union(input.facts.expertise).contains(.pulsar) {
                effects.append(.firstWithin(.kafka, group: Stores.streaming))
                effects.append(.reason([.kafka], "The proven default for event streaming, with the largest ecosystem."))
            }
            return effects
        },
        Rule(
            "SEL-STR-02", .eventStreaming,
            summary: "Replay needed (or audited messaging): event streaming strongly favoured; Redis/Valkey lose for messaging.",
            explanation: """
                Only a retained log lets consumers go back in time and re-read what happened; \
                in-memory pub/sub forgets a message once it is delivered.
                """
        ) { input in
            let profile = input.profile
            let messaging = profile.has(.eventStream) || profile.has(.queue) || profile.has(.pubSub)
            guard profile.requires(.replay) || (profile.auditTrail == true && messaging) else { return [] }
            return [
                .strongGain(Stores.streaming, "Consumers can rewind and re-read the retained log."),
                .loss(Stores.keyValue, "In-memory messaging does not keep a history consumers could replay."),
            ]
        },
        Rule(
            "SEL-STR-03", .eventStreaming,
            summary: "Exactly-once processing needed: Kafka first.",
            explanation: """
                Kafka reaches exactly-once processing by combining idempotent producers, transactional \
                writes and consumers that only see committed records; Kafka Streams bundles all three.
                """
        ) { input in
            guard input.profile.requires(.exactlyOnce) else { return [] }
            return [.strongGain([.kafka], "Idempotent producers plus transactions plus committed-only reads add up to exactly-once processing."), .first(.kafka)]
        },
        Rule(
            "SEL-STR-04", .eventStreaming,
            summary: "With Kafka or Pulsar recommended: operating guidance for the log.",
            explanation: """
                Topics named after domain facts, keys that keep related events in order, three \
                replicas, schemas in a registry, consumers pulling at their own pace with lag \
                watched, and asynchronous communication between services.
                """, phase: .annotation
        ) { input in
            let listed = input.listed(among: Stores.streaming)
            guard !listed.isEmpty else { return [] }
            return [
                .reason(listed, "Name each topic for the business fact it records, not for whoever consumes it."),
                .reason(listed, "Give related events the same key so they land in one partition and stay ordered; events without a key are spread evenly."),
                .reason(listed, "Replicate topics three times and keep Avro or Protobuf schemas in a registry."),
                .reason(listed, "Consumers pull at their own speed in groups; track how far each group lags, and keep calls between services asynchronous."),
            ]
        },
        Rule(
            "SEL-STR-05", .eventStreaming,
            summary: "With event streaming recommended and retention given: say what the log is for.",
            explanation: """
                Retention follows purpose: keep everything for event sourcing, keep by age for an \
                operational stream, keep by size for a high-volume firehose.
                """, phase: .annotation
        ) { input in
            let listed = input.listed(among: Stores.streaming)
            guard !listed.isEmpty, let retention = input.profile.retention else { return [] }
            let purpose = switch retention {
            case .infinite: "Infinite retention: the log is an event-sourcing record and the source of truth."
            case .time: "Time-based retention: an operational stream whose old events can go."
            case .size: "Size-based retention: a high-volume stream capped by storage."
            }
            return [.reason(listed, purpose)]
        },
    ]
}
