import GRDB
import Strata
import StrataMigrations

/// The architecture and the audit in effect at every valid time, as the log knew them at one
/// position: what `arch --valid-at` and `audit --valid-at` print for any instant, read in one
/// sweep of the log, so a time slider moves both without folding the log at each step.
///
/// It keeps one entry per effective time at which either changed; between two of them every
/// fact either report reads is the same, so the answer for any instant is the entry before it.
public struct ValidTimeline: Sendable {
    struct Entry: Sendable {
        var from: Timestamp
        var design: ArchitectureReport
        var audit: AuditReport
    }

    /// The log position both reports are read at.
    public let position: Int64
    /// What is in effect before the first fact took effect.
    let initial: Entry
    /// Oldest first.
    let entries: [Entry]

    /// `arch --as-of … --valid-at instant`.
    public func design(at instant: Timestamp) -> ArchitectureReport {
        var design = entry(at: instant).design
        design.validAt = instant.iso8601
        return design
    }

    /// `audit --as-of … --valid-at instant`.
    public func audit(at instant: Timestamp) -> AuditReport {
        var audit = entry(at: instant).audit
        audit.validAt = instant.iso8601
        return audit
    }

    /// How many times the design or the audit changed.
    public var changeCount: Int { entries.count }

    private func entry(at instant: Timestamp) -> Entry {
        // The first entry after `instant`, by binary search; the one before it is in effect.
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].from <= instant { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? initial : entries[low - 1]
    }
}

extension ReadSide {
    /// The architecture and the audit as the log knew them at `cut` (nil: now), at every valid time.
    ///
    /// `now` names the present in the audits' `asOf`, as ``AuditReport/build(_:now:)`` does.
    public func validTimeline(asOf cut: TimeCut?, now: Timestamp = .now()) throws -> ValidTimeline {
        let (facts, position) = try sweptFacts(.audit, asOf: cut)
        var sweep = ValidTimeSweep(events: facts, projection: projection, scope: .audit)
        let memory = try DatabaseQueue()
        return try memory.write { db in
            try db.execute(sql: ReadModelSchema.tables)
            func view() -> ReadModelView { ReadModelView(reader: ReadModelReader(db), position: position, moment: Moment(asOf: cut)) }
            let memo = AuditParseMemo()
            func audit() throws -> AuditReport {
                try AuditReport.build(view(), computed: try AuditBuilder.compute(ReadModelReader(db), memo: memo), now: now)
            }
            let initial = ValidTimeline.Entry(from: Timestamp(microseconds: Int64.min), design: try ArchitectureReport.build(view()), audit: try audit())
            var entries: [ValidTimeline.Entry] = []
            var current = initial
            for instant in sweep.effectiveTimes {
                let changes = try sweep.advance(to: instant, in: db)
                guard !changes.isEmpty else { continue }
                current.from = instant
                if changes.contains(.audit) { current.audit = try audit() }
                if changes.contains(.design) { current.design = try ArchitectureReport.build(view()) }
                entries.append(current)
            }
            return ValidTimeline(position: position, initial: initial, entries: entries)
        }
    }
}
