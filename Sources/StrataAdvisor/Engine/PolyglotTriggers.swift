import StrataProfile

/// What justifies adding a database next to the ones already running
/// (ADD-03, extended by STRATA-MEAS-01 and STRATA-FIG-01).
///
/// Each trigger is returned as a short phrase so the advice can say *why*
/// the new store is justified. No trigger means another store would be
/// premature polyglot (ADD-02).
enum PolyglotTriggers {
    /// The triggers that hold, in catalogue order; empty when none does.
    static func holding(_ facts: ProfileFacts) -> [String] {
        capability(facts) + band(facts) + placement(facts) + needs(facts) + measured(facts)
    }

    /// (a) an access pattern no existing store serves.
    static func capability(_ facts: ProfileFacts) -> [String] {
        let served = facts.existing.reduce(into: Set<AccessPattern>()) {
            $0.formUnion(PatternCoverage.patternsServed(by: $1))
        }.union(facts.otherCategories.flatMap(PatternCoverage.patternsServed(byCategory:)))
        return Set(facts.profile.accessPatterns).subtracting(served).sorted()
            .map { "no existing store serves \($0.rawValue) access" }
    }

    /// (b) figures in a band no existing store can reach. Rate and volume
    /// bands count only when the figures are not declared estimates.
    static func band(_ facts: ProfileFacts) -> [String] {
        let profile = facts.profile
        var found: [String] = []
        if let latency = profile.latencyP99Ms, latency <= Thresholds.subMillisecondMs {
            found.append("a p99 target of \(MeasuredBottleneck.format(latency)) ms needs an in-memory store")
        }
        if profile.vectorCount ?? 0 > Thresholds.pgvectorMaxVectors {
            found.append("more than 100M vectors")
        }
        if profile.figures != .estimated { found += rateAndVolumeBands(facts) }
        let sqliteExists = !facts.existing.isDisjoint(with: Stores.sqliteFamily)
        if sqliteExists, profile.hasManyConcurrentWriters || profile.isOnNetworkFilesystem || profile.isBeyondTerabyte {
            found.append("the existing SQLite-family store hits a SQLite limit")
        }
        return found
    }

    /// The rate and volume part of (b), which estimates cannot justify.
    static func rateAndVolumeBands(_ facts: ProfileFacts) -> [String] {
        let profile = facts.profile
        var found: [String] = []
        let keyValue = !PatternClasses.keyValuePatterns(in: profile).isEmpty
        if keyValue, let reads = profile.readsPerSecond, reads > Thresholds.hotKeyValueReads {
            found.append("\(MeasuredBottleneck.format(reads)) reads/s on a key-value pattern")
        }
        if let writes = profile.writesPerSecond, writes > Thresholds.highVelocity {
            found.append("more than 100,000 writes/s")
        }
        if profile.isBeyondTerabyte { found.append("more than 1 TB of data") }
        return found
    }

    /// (c) a placement the existing stores cannot take.
    static func placement(_ facts: ProfileFacts) -> [String] {
        let profile = facts.profile
        let local = profile.offline == true || facts.isDeviceDeployment || profile.deployment == .edge
        let localCapable = TechnologyGroup.embeddable.members.union(TechnologyGroup.edgeCapable.members)
        var found: [String] = []
        if local, facts.existing.isDisjoint(with: localCapable) {
            found.append("no existing store can run on the device, offline or at the edge")
        }
        if profile.deployment == .serverless, facts.existing.isDisjoint(with: Stores.managed) {
            found.append("no existing store is a managed offering for serverless use")
        }
        return found
    }

    /// (d) a need no existing store offers.
    static func needs(_ facts: ProfileFacts) -> [String] {
        let offered = facts.existing.reduce(into: Set<Need>()) { $0.formUnion(PatternCoverage.needsOffered(by: $1)) }
        return Set(facts.profile.needs ?? []).subtracting(offered).sorted()
            .map { "no existing store offers \($0.rawValue)" }
    }

    /// (e) a bottleneck measured on the running system (STRATA-MEAS-01).
    static func measured(_ facts: ProfileFacts) -> [String] {
        facts.breachedBottlenecks.map { "measured: \($0.summary)" }
    }
}
