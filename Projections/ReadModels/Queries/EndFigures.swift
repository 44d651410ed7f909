import GRDB
import Strata

extension ReadModelReader {
    /// The standing figures about `subject` observed from `floor` on that lie at the ends of
    /// each metric's series: all those at its first observed instant and all those at its last,
    /// in observation order (`observed_at`, `number`) within each metric, metric by metric.
    ///
    /// Enough for what the advisor reads of a workload's history (its first and latest figure
    /// per metric, and whether the latest is a bottleneck) in a few indexed lookups per metric,
    /// where years of monitoring otherwise mean reading every figure. Every figure at an end
    /// instant is kept, so ties there are broken by the caller exactly as over the whole series.
    public func endFigures(about subject: String, from floor: Timestamp?) throws -> [MeasurementRow] {
        let standing = "subject_id = ? AND metric = ? AND retraction IS NULL AND observed_at >= ?"
        let sql = """
            SELECT \(MeasurementRow.columns) FROM rm_measurements WHERE \(standing) AND observed_at IN (
              (SELECT min(observed_at) FROM rm_measurements WHERE \(standing)),
              (SELECT max(observed_at) FROM rm_measurements WHERE \(standing)))
            ORDER BY observed_at, number
            """
        let from = floor?.microseconds ?? Int64.min
        var rows: [MeasurementRow] = []
        for metric in Metric.allCases {
            let key: [any DatabaseValueConvertible] = [subject, metric.rawValue, from]
            rows += try MeasurementRow.fetchAll(db, sql: sql, arguments: StatementArguments(key + key + key))
        }
        return rows
    }
}
