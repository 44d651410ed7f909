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
}
