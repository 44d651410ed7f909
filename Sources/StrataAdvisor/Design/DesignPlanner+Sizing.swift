import Foundation
import StrataProfile

extension DesignPlanner {
    /// STRATA-DESIGN-04: figures derived from the profile and the measurements, each sentence
    /// naming the figures it used and whether they were declared, measured or assumed.
    static func sizing(_ top: Technology, _ facts: ProfileFacts) -> [RuleNote] {
        let profile = facts.profile
        let inputs = SizingInputs(top: top, facts: facts)
        var notes: [String] = []
        if top.category == .relational || top.isMember(of: .postgresFamily) {
            notes.append(pool(inputs))
        }
        if top.category == .eventStreaming, let events = inputs.eventRate {
            let partitions = max(3, count((events.value / eventsPerPartition).rounded(.up)))
            notes.append("Partitions: \(partitions), from \(MeasuredBottleneck.format(events.value)) events/s (\(events.source)) at about \(Int(eventsPerPartition)) per partition per consumer (assumed), and at least one per broker; never fewer than the largest consumer group's instances (SEL-STR-04).")
        }
        if top.category == .vector, let count = profile.vectorCount, let dimensions = profile.vectorDimensions {
            let gigabytes = Double(count) * Double(dimensions) * 4 / 1_000_000_000
            notes.append("Memory: about \(format(gigabytes)) GB of raw vectors (\(count) × \(dimensions) × 4 bytes) and roughly \(format(gigabytes * 1.5)) GB with an HNSW index, which should fit in RAM.")
        }
        return notes.map { RuleNote(rule: sizingRule, text: $0) }
    }

    /// Connections busy ≈ rate × time per query (Little's law), at least the declared concurrent
    /// writers, capped within 80% of the server's limit (POOL-01).
    private static func pool(_ inputs: SizingInputs) -> String {
        let limit = count(inputs.connectionLimit.value)
        let budget = max(1, limit * 8 / 10)
        let limitText = "\(limit) connections (\(inputs.connectionLimit.source))"
        guard let rate = inputs.rate else {
            return "Pool: keep all pools together within \(budget) connections, 80% of the limit of \(limitText) (POOL-01); give the figures to size it."
        }
        let time = inputs.queryMilliseconds
        var busy = max(2, count((rate.value * time.value / 1000).rounded(.up)))
        var floor = ""
        if let writers = inputs.concurrentWriters, writers > busy {
            busy = writers
            floor = ", raised to the \(writers) concurrent writers the profile declares"
        }
        let busyText = "Pool: about \(busy) connections busy at \(MeasuredBottleneck.format(rate.value)) queries/s (\(rate.source)) and \(milliseconds(time.value)) ms each (\(time.source)), rate × time\(floor)"
        guard busy <= budget else {
            return busyText + "; that is more than the \(budget) connections that fit in 80% of the limit of \(limitText), so put a transaction-mode pooler in front and spread reads over replicas before raising the limit (POOL-01)."
        }
        return busyText + "; size each instance's pool to about \(min(budget, busy * 2)) with a small overflow, all pools together within \(budget) of the limit of \(limitText) (POOL-01)."
    }

    /// Throughput one partition comfortably takes per consumer; a planning figure, not a limit.
    static let eventsPerPartition = 1_000.0

    private static func milliseconds(_ value: Double) -> String {
        guard abs(value) < countCeiling else { return "\(value)" }
        return value == value.rounded() ? String(Int(value)) : String((value * 10).rounded() / 10)
    }

    private static func format(_ value: Double) -> String {
        guard abs(value) < countCeiling else { return "\(value)" }
        return value >= 10 ? String(Int(value.rounded())) : String((value * 10).rounded() / 10)
    }

    /// A whole number of connections or partitions from a figure the profile may make
    /// arbitrarily large (a declared 1e308 writes a second multiplies to infinity): held below
    /// the ceiling instead of trapping, so the figure is absurd but the advice is still given.
    private static func count(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(max(value, 0), countCeiling))
    }

    /// 2^52: exact as a Double, and far enough below Int.max that doubling it cannot overflow.
    private static let countCeiling = 4_503_599_627_370_496.0
}
