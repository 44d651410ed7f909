import Foundation
import StrataProfile

extension DesignPlanner {
    /// STRATA-DESIGN-03: backups and point-in-time recovery, failover,
    /// monitoring and cost, for how the top choice is run.
    static func operations(_ top: Technology, _ facts: ProfileFacts) -> [String] {
        let name = top.displayName
        let managed = Stores.managed.contains(top)
        var lines: [String] = []
        switch top.category {
        case .keyValue where facts.profile.has(.cache) && !facts.profile.has(.session):
            lines.append("Backups: none needed for a cache, which must refill from its source; test a cold start under load.")
        case .eventStreaming:
            lines.append("Backups: replication factor 3 with min.insync.replicas 2 is the first line; mirror topics to a second cluster for disaster recovery.")
        case .embedded where !managed:
            lines.append("Backups: copy the file with the engine's online backup (or stream its WAL off the machine), never by copying a live file; restore-test it.")
        default:
            lines.append(managed
                ? "Backups: confirm the plan's backup retention and point-in-time-recovery window cover the data's value; rehearse a restore into a copy."
                : "Backups: nightly full backups plus continuous log archiving for point-in-time recovery; rehearse a restore every quarter.")
        }
        let replicas = facts.topology?.readReplicas ?? 0
        if managed {
            lines.append("Failover: choose the plan's high-availability option (a standby in another zone) and test what the application sees during a switch.")
        } else if replicas > 0 {
            lines.append("Failover: the \(replicas) read replica\(replicas == 1 ? "" : "s") already running can take over; automate promotion and rehearse it.")
        } else {
            lines.append("Failover: run a replica in another zone with automated promotion, and test it; \(name) alone is a single point of failure.")
        }
        lines.append("Monitoring: \(monitoring(top.category)), with alerts on the workload's targets\(facts.profile.latencyP99Ms.map { " (p99 \(MeasuredBottleneck.format($0)) ms)" } ?? "").")
        lines.append(managed
            ? "Cost: watch the plan's limits on compute, storage and egress as the data grows; set a budget alert."
            : "Cost: the servers, their storage and the people to run them; size for the peak and revisit after measuring.")
        return lines
    }

    private static func monitoring(_ category: StoreCategory) -> String {
        switch category {
        case .relational, .embedded: "p99 query latency, slow queries, connections against the limit, replication lag and disk growth"
        case .document: "p99 latency, document size distribution, index hit ratio and replication lag"
        case .keyValue: "hit ratio, memory use against maxmemory, evictions and p99 latency"
        case .eventStreaming: "consumer lag per group, under-replicated partitions and broker disk"
        case .vector: "p99 query latency, recall on a fixed probe set and index memory"
        case .timeSeries: "ingest rate, series cardinality and query latency over the retention window"
        case .graph: "traversal latency by depth, heap use and page-cache hit ratio"
        case .search: "indexing lag behind the source, query latency and shard health"
        case .analytical: "scan volume per query, query duration and cost per query"
        case .wideColumn: "p99 latency, partition size outliers, compaction backlog and tombstones"
        }
    }

    /// STRATA-DESIGN-04: figures derived from the profile, each with its rule.
    static func sizing(_ top: Technology, _ facts: ProfileFacts) -> [RuleNote] {
        let profile = facts.profile
        var notes: [String] = []
        if top.category == .relational || top.isMember(of: .postgresFamily) {
            notes.append(pool(top, profile))
        }
        if top.category == .eventStreaming, let writes = profile.writesPerSecond {
            let partitions = max(3, Int((writes / eventsPerPartition).rounded(.up)))
            notes.append("Partitions: \(partitions), from \(MeasuredBottleneck.format(writes)) events/s at about \(Int(eventsPerPartition)) per partition per consumer, and at least one per broker; never fewer than the largest consumer group's instances (SEL-STR-04).")
        }
        if top.category == .vector, let count = profile.vectorCount, let dimensions = profile.vectorDimensions {
            let gigabytes = Double(count) * Double(dimensions) * 4 / 1_000_000_000
            notes.append("Memory: about \(format(gigabytes)) GB of raw vectors (\(count) × \(dimensions) × 4 bytes) and roughly \(format(gigabytes * 1.5)) GB with an HNSW index, which should fit in RAM.")
        }
        return notes.map { RuleNote(rule: sizingRule, text: $0) }
    }

    /// Connections busy ≈ rate × time per query (Little's law), capped within the server's limit (POOL-01).
    private static func pool(_ top: Technology, _ profile: WorkloadProfile) -> String {
        let limit = top.isMember(of: .mysqlFamily) ? 151 : 100
        let budget = limit * 8 / 10
        guard let rate = [profile.readsPerSecond, profile.writesPerSecond].compactMap({ $0 }).reduce(nil as Double?, { ($0 ?? 0) + $1 }) else {
            return "Pool: keep all pools together within \(budget) connections, 80% of the default limit of \(limit) (POOL-01); give the figures to size it."
        }
        let busy = max(2, Int((rate * queryMilliseconds / 1000).rounded(.up)))
        return "Pool: about \(busy) connections busy at \(MeasuredBottleneck.format(rate)) queries/s and \(Int(queryMilliseconds)) ms each (rate × time); size each instance's pool to about \(min(budget, busy * 2)) with a small overflow, all pools together within \(budget) of the default \(limit) connections (POOL-01)."
    }

    /// Throughput one partition comfortably takes per consumer; a planning figure, not a limit.
    static let eventsPerPartition = 1_000.0
    /// Assumed time per query for pool sizing.
    static let queryMilliseconds = 5.0

    private static func format(_ value: Double) -> String {
        value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }
}
