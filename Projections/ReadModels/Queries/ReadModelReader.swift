import GRDB
import Strata

/// Plain queries over the read-model tables of one database: the store's live tables, or the
/// in-memory copy an as-of query built. Every read command goes through here.
public struct ReadModelReader {
    public let db: Database

    public init(_ db: Database) {
        self.db = db
    }

    public func contexts() throws -> [ContextRow] {
        try ContextRow.fetchAll(db, sql: "SELECT * FROM rm_contexts ORDER BY number")
    }

    public func workloads() throws -> [WorkloadRow] {
        try WorkloadRow.fetchAll(db, sql: "SELECT * FROM rm_workloads ORDER BY number")
    }

    public func stores() throws -> [StoreRow] {
        try StoreRow.fetchAll(db, sql: "SELECT * FROM rm_stores ORDER BY number")
    }

    /// Store UUID → UUIDs of the workloads it serves now.
    public func serving() throws -> [String: [String]] {
        var out: [String: [String]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT store_id, workload_id FROM rm_store_workloads ORDER BY store_id, since, workload_id") {
            out[row[0], default: []].append(row[1])
        }
        return out
    }

    /// Every change to every store, in log order.
    public func storeChanges() throws -> [StoreChangeRow] {
        try StoreChangeRow.fetchAll(db, sql: "SELECT * FROM rm_store_changes ORDER BY position, store_id, change")
    }

    /// Every decision, by number. Without `content`, each row's ``DecisionRow/content`` holds its
    /// title alone: a list of thousands of decisions need not decode every record's text.
    public func decisions(content: Bool = true) throws -> [DecisionRow] {
        let columns = content ? "*" : "decision_id, short_id, number, title, status, context_id, proposed_by, proposed_at, status_at, accepted_at"
        return try DecisionRow.fetchAll(db, sql: "SELECT \(columns) FROM rm_decisions ORDER BY number")
    }

    /// The decisions among `ids` (UUIDs) that the tables hold.
    public func decisions(ids: Set<String>) throws -> [DecisionRow] {
        guard !ids.isEmpty else { return [] }
        return try DecisionRow.fetchAll(
            db, sql: "SELECT * FROM rm_decisions WHERE decision_id IN (SELECT value FROM json_each(?)) ORDER BY number",
            arguments: [JSONCoding.text(ids.sorted())])
    }

    /// The short ids of the decisions among `ids` that the tables hold, by UUID: a view that
    /// names a few decisions need not decode them all.
    public func decisionShortIDs(_ ids: Set<String>) throws -> [String: String] {
        guard !ids.isEmpty else { return [:] }
        var shortIDs: [String: String] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT decision_id, short_id FROM rm_decisions WHERE decision_id IN (SELECT value FROM json_each(?))",
            arguments: [JSONCoding.text(ids.sorted())])
        while let row = try rows.next() { shortIDs[row[0]] = row[1] }
        return shortIDs
    }

    /// The decision whose UUID or short id (`ADR-7`, any case) is `reference`.
    public func decision(_ reference: String) throws -> DecisionRow? {
        try DecisionRow.fetchOne(
            db, sql: "SELECT * FROM rm_decisions WHERE decision_id = ? OR upper(short_id) = upper(?)", arguments: [reference, reference])
    }

    public func timeline(of decisionID: String) throws -> [TimelineRow] {
        try TimelineRow.fetchAll(db, sql: "SELECT * FROM rm_decision_timeline WHERE decision_id = ? ORDER BY position", arguments: [decisionID])
    }

    public func timelines() throws -> [TimelineRow] {
        try TimelineRow.fetchAll(db, sql: "SELECT * FROM rm_decision_timeline ORDER BY position")
    }

    /// Every typed link, in both directions' raw form (from → to).
    public func links() throws -> [LinkRow] {
        try LinkRow.fetchAll(db, sql: "SELECT * FROM rm_decision_links ORDER BY position, decision_id, type, target_id")
    }

    /// Decision UUID → facet values (`tag`, `named-decider`, `decider`, `technology`, `store-technology`).
    public func facets() throws -> [String: [String: Set<String>]] {
        var out: [String: [String: Set<String>]] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT decision_id, facet, value FROM rm_decision_facets") {
            out[row[0], default: [:]][row[1], default: []].insert(row[2])
        }
        return out
    }

    /// Measurements about any of `subjects` (workload or store UUIDs), through the subject index.
    public func measurements(about subjects: Set<String>) throws -> [MeasurementRow] {
        guard !subjects.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: subjects.count).joined(separator: ", ")
        return try MeasurementRow.fetchAll(
            db, sql: "SELECT \(MeasurementRow.columns) FROM rm_measurements WHERE subject_id IN (\(marks)) ORDER BY observed_at, number",
            arguments: StatementArguments(subjects.sorted()))
    }

    /// The latest standing measurement of each metric about each of `subjects`: one indexed
    /// lookup per pair, so a subject with years of monitoring costs no more than a new one.
    public func latestMeasurements(about subjects: Set<String>) throws -> [MeasurementRow] {
        let sql = """
            SELECT \(MeasurementRow.columns) FROM rm_measurements WHERE subject_id = ? AND metric = ? AND retraction IS NULL
            ORDER BY observed_at DESC, number DESC LIMIT 1
            """
        var rows: [MeasurementRow] = []
        for subject in subjects.sorted() {
            for metric in Metric.allCases {
                if let row = try MeasurementRow.fetchOne(db, sql: sql, arguments: [subject, metric.rawValue]) { rows.append(row) }
            }
        }
        return rows
    }

    /// The measurements with these UUIDs.
    public func measurements(ids: Set<String>) throws -> [MeasurementRow] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        return try MeasurementRow.fetchAll(
            db, sql: "SELECT \(MeasurementRow.columns) FROM rm_measurements WHERE measurement_id IN (\(marks))", arguments: StatementArguments(ids.sorted()))
    }

    /// Per subject (workload or store UUID): how many measurements, and how many of them bottlenecks.
    public func measurementTallies() throws -> [String: (count: Int, bottlenecks: Int)] {
        // Two counts, each answered by an index alone (the subject index, and the partial index
        // of bottlenecks), where one sum over is_bottleneck read every measurement row.
        var tallies: [String: (count: Int, bottlenecks: Int)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT subject_id, count(*) FROM rm_measurements GROUP BY subject_id") {
            tallies[row[0]] = (row[1], 0)
        }
        for row in try Row.fetchAll(db, sql: "SELECT subject_id, count(*) FROM rm_measurements WHERE is_bottleneck = 1 GROUP BY subject_id") {
            tallies[row[0], default: (0, 0)].bottlenecks = row[1]
        }
        return tallies
    }

    public func measurements() throws -> [MeasurementRow] {
        try MeasurementRow.fetchAll(db, sql: "SELECT \(MeasurementRow.columns) FROM rm_measurements ORDER BY observed_at, number")
    }
}
