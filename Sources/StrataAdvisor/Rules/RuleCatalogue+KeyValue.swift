import StrataProfile

extension RuleCatalogue {
    /// Section 1.3: key-value stores and caching.
    static let keyValueRules: [Rule] = [
        Rule(
            "SEL-KV-01", .keyValue,
            summary: "Ephemeral or TTL data gains on key-value stores; strongly with a p99 of 1 ms or less.",
            explanation: """
                In-memory stores expire keys natively and answer in well under a millisecond, which \
                is what short-lived data such as tokens and sessions needs.
                """
        ) { input in
            let profile = input.profile
            guard profile.ephemeral == true || profile.requires(.ttl) else { return [] }
            if let latency = profile.latencyP99Ms, latency <= Thresholds.subMillisecondMs {
                return [.strongGain(Stores.keyValue, "Short-lived data with a sub-millisecond target: in memory with native expiry.")]
            }
            return [.gain(Stores.keyValue, "Short-lived data that expires by itself suits an in-memory store with native TTL.")]
        },
        Rule(
            "SEL-KV-02", .keyValue,
            summary: "Sessions, rate limits and leaderboards strongly favour key-value stores.",
            explanation: """
                These are the textbook key-value workloads: a session is one hash with a TTL, a rate \
                limiter is a token bucket or a sliding window in a sorted set, and a leaderboard is a \
                sorted set of scores.
                """
        ) { input in
            let texts: [(AccessPattern, String)] = [
                (.session, "Keep each session as one hash and let its TTL expire it."),
                (.rateLimit, "Implement the limit as a token bucket or a sliding window in a sorted set."),
                (.leaderboard, "Keep scores in a sorted set; ranks and top-N come straight from it."),
            ]
            let present = texts.filter { input.profile.has($0.0) }
            guard !present.isEmpty else { return [] }
            return [.strongGain(Stores.keyValue, "A classic key-value workload.")]
                + present.map { .reason(Stores.keyValue, $0.1) }
        },
        Rule(
            "SEL-KV-03", .keyValue,
            summary: "A cache pattern strongly favours key-value stores (unless premature-polyglot overrides).",
            explanation: """
                A cache forms a separate layer ahead of the system of record. Fill it lazily on misses \
                (read-aside), remember misses too so that absent keys stop reaching the database, choose \
                write-through or write-behind by how consistent the data must be, and batch commands \
                with pipelining.
                """
        ) { input in
            guard input.profile.has(.cache) else { return [] }
            var effects: [RuleEffect] = [
                .strongGain(Stores.keyValue, "A cache tier in memory in front of the system of record."),
                .reason(Stores.keyValue, "Read-aside: on a miss, load from the system of record and keep the result; remember keys that do not exist as well."),
                .reason(Stores.keyValue, "Pipeline batched commands to save round trips."),
            ]
            switch input.profile.consistency {
            case .strong: effects.append(.reason(Stores.keyValue, "Strong consistency: write through, updating cache and database together."))
            case .eventual: effects.append(.reason(Stores.keyValue, "Eventual consistency: write-behind (cache first, persist asynchronously) is acceptable."))
            case nil: break
            }
            return effects
        },
        Rule(
            "SEL-KV-04", .keyValue,
            summary: "Ephemeral queues or pub/sub without replay or audit: Redis/Valkey gain.",
            explanation: """
                Light messaging that nobody needs to re-read fits Streams (ordered queues) and pub/sub \
                (fire-and-forget fan-out) without running a log-retaining broker.
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.queue) || profile.has(.pubSub), profile.ephemeral == true,
                  !profile.requires(.replay), profile.auditTrail != true else { return [] }
            return [.gain(Stores.keyValue, "Streams give ordered queues and pub/sub fans out messages; no retained log is needed here.")]
        },
        Rule(
            "SEL-KV-05", .keyValue,
            summary: "Geo lookups on fast-changing or sub-millisecond data strongly favour key-value stores.",
            explanation: """
                Locations that move constantly are served best from an in-memory geospatial index that \
                answers radius queries.
                """
        ) { input in
            let profile = input.profile
            let fast = (profile.latencyP99Ms ?? .infinity) <= Thresholds.subMillisecondMs
            guard profile.has(.geo), profile.ephemeral == true || fast else { return [] }
            return [.strongGain(Stores.keyValue, "Fast-changing positions fit an in-memory geospatial index queried by radius.")]
        },
        Rule(
            "SEL-KV-06", .keyValue,
            summary: "When a key-value store wins, prefer the one already running, then the one the team knows; else Redis and Valkey tie.",
            explanation: """
                Valkey began as the open-source fork of Redis and speaks the same protocol, so \
                capability does not separate them; what the team already operates or knows does.
                """
        ) { input in
            guard let top = input.ranking?.top, Stores.keyValue.contains(top) else { return [] }
            for pool in [input.facts.existing, input.facts.expertise] {
                let known = pool.intersection(Stores.keyValue)
                if known.count == 1, let choice = known.first {
                    return [
                        .firstWithin(choice, group: Stores.keyValue),
                        .reason([choice], "\(choice.displayName) is already familiar here, and Redis and Valkey are interchangeable."),
                    ]
                }
            }
            return [.reason(Stores.keyValue, "Redis and Valkey are API-compatible (Valkey is the open-source fork); either serves this workload.")]
        },
        Rule(
            "SEL-KV-07", .keyValue,
            summary: "With Redis or Valkey recommended: pick data structures by access pattern; lock with SET NX or Redlock.",
            explanation: """
                Most key-value design work is picking the data type that matches the access: plain \
                strings, a hash per object, sorted sets for rankings or sliding windows, streams as \
                queues, bitmaps and HyperLogLog for counting. Use SET NX or Redlock when workers need a \
                lock.
                """, phase: .annotation
        ) { input in
            let listed = input.listed(among: Stores.keyValue)
            guard !listed.isEmpty else { return [] }
            return [
                .reason(listed, "Match the data type to the access: plain strings, one hash per object, sorted sets for ranks and sliding windows, streams as queues, bitmaps or HyperLogLog for counting."),
                .reason(listed, "Coordinate workers with SET NX locks, or Redlock across nodes."),
            ]
        },
    ]
}
