import GRDB
import Strata

extension ReadModelReader {
    /// The standing figures about `subject` observed from `floor` on that lie at the ends of
    /// each metric's series: all those at its first observed instant and all those at its last,
    /// in observation order (`observed_at`, `number`) within each metric, metric by metric.
    ///
    /// Enough for what the advisor reads of a workload's history (its first and latest figure
    /// per metric, and whether the latest is a bottleneck) in a few indexed lookups per metric,
    /// where years of monitoring otherwise mean reading every figure (each end is the first
    /// standing row met walking the index from that side: `min()` would check every row's
    /// retraction). Every figure at an end
    /// instant is kept, so ties there are broken by the caller exactly as over the whole series.
    public func endFigures(about subject: String, from floor: Timestamp?) throws -> [MeasurementRow] {
        let standing = "subject_id = ? AND metric = ? AND retraction IS NULL" + (floor == nil ? "" : " AND observed_at >= ?")
        let sql = """
            SELECT \(MeasurementRow.columns) FROM rm_measurements
            WHERE subject_id = ? AND metric = ? AND retraction IS NULL AND observed_at IN (
              (SELECT observed_at FROM rm_measurements WHERE \(standing) ORDER BY observed_at LIMIT 1),
              (SELECT observed_at FROM rm_measurements WHERE \(standing) ORDER BY observed_at DESC LIMIT 1))
            ORDER BY observed_at, number
            """
        let statement = try db.cachedStatement(sql: sql)
        var rows: [MeasurementRow] = []
        for metric in Metric.allCases {
            let pair: [any DatabaseValueConvertible] = [subject, metric.rawValue]
            let key = pair + (floor.map { [$0.microseconds] } ?? [])
            rows += try MeasurementRow.fetchAll(statement, arguments: StatementArguments(pair + key + key))
        }
        return rows
    }
}
