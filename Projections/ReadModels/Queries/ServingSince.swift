import GRDB
import Strata

/// From when each store is charged with each workload's measurements, so a workload's figure
/// counts against the store it was taken on.
///
/// A workload measured on SQLite and then moved to PostgreSQL has figures from both: the ones
/// observed before the move describe SQLite and must not count as PostgreSQL's load or
/// bottlenecks (issue 16). The cut is where another store served the workload before: a
/// workload's first store is charged with every figure about it (a store is often recorded
/// after it began to run, so a backdated figure is still its own), a store that took the
/// workload over only with the figures observed since. Store-subject measurements are the
/// store's own and always count.
public struct ServingSince: Sendable {
    /// Store UUID → workload UUID → the valid time from which its figures are the store's;
    /// a pair absent here with the store serving the workload has no cut.
    public var floors: [String: [String: Timestamp]]
    /// Store UUID → the workloads it serves now.
    public var serving: [String: Set<String>]

    public init(floors: [String: [String: Timestamp]], serving: [String: Set<String>]) {
        self.floors = floors
        self.serving = serving
    }

    /// Whether `row` was taken on `store`: about the store itself, or about a workload the
    /// store served when the figure was observed.
    public func isTaken(_ row: MeasurementRow, on store: String) -> Bool {
        if row.subjectID == store { return true }
        guard serving[store]?.contains(row.subjectID) == true else { return false }
        return floors[store]?[row.subjectID].map { row.observedAt >= $0 } ?? true
    }

    /// Whether `row`, about a workload, was taken on any of `stores`; always true when the
    /// workload has no store to charge it to.
    public func isTaken(_ row: MeasurementRow, onAnyOf stores: [String]) -> Bool {
        stores.isEmpty || stores.contains { isTaken(row, on: $0) }
    }
}

extension ReadModelReader {
    /// From when each store is charged with each of its workloads' figures (``ServingSince``).
    public func servingSince() throws -> ServingSince {
        var rows: [(store: String, workload: String, since: Timestamp)] = []
        for row in try Row.fetchAll(db, sql: "SELECT store_id, workload_id, since FROM rm_store_workloads") {
            rows.append((row[0], row[1], Timestamp(microseconds: row[2])))
        }
        var movedOut: [String: [Timestamp]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT detail, effective_at FROM rm_store_changes WHERE change = 'workload-moved-out'") {
            movedOut[row[0], default: []].append(Timestamp(microseconds: row[1]))
        }
        let earliest = Dictionary(rows.map { ($0.workload, $0.since) }, uniquingKeysWith: min)
        var floors: [String: [String: Timestamp]] = [:]
        var serving: [String: Set<String>] = [:]
        for row in rows {
            serving[row.store, default: []].insert(row.workload)
            // Another store served it first: one it moved off, or one still serving it since earlier.
            let servedBefore = (movedOut[row.workload] ?? []).contains { $0 <= row.since }
                || earliest[row.workload].map { $0 < row.since } ?? false
            if servedBefore { floors[row.store, default: [:]][row.workload] = row.since }
        }
        return ServingSince(floors: floors, serving: serving)
    }

    /// The latest standing measurement of each metric about each subject taken on `store`: for
    /// a workload, only figures observed from the store's cut on. One indexed lookup
    /// per pair, like ``latestMeasurements(about:)``.
    public func latestMeasurements(about subjects: Set<String>, takenOn store: String, _ since: ServingSince) throws -> [MeasurementRow] {
        let sql = """
            SELECT \(MeasurementRow.columns) FROM rm_measurements WHERE subject_id = ? AND metric = ? AND retraction IS NULL AND observed_at >= ?
            ORDER BY observed_at DESC, number DESC LIMIT 1
            """
        var rows: [MeasurementRow] = []
        for subject in subjects.sorted() {
            let floor: Int64
            if subject == store { floor = Int64.min }
            else if since.serving[store]?.contains(subject) == true { floor = since.floors[store]?[subject]?.microseconds ?? Int64.min }
            else { continue }
            for metric in Metric.allCases {
                if let row = try MeasurementRow.fetchOne(db, sql: sql, arguments: [subject, metric.rawValue, floor]) { rows.append(row) }
            }
        }
        return rows
    }
}
