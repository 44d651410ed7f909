import Foundation
import Strata
import StrataProjections

extension StrataStore {
    /// Which measurements to list; every given field narrows.
    public struct MeasurementQuery: Sendable, Equatable {
        /// The measured workload or store: W-N, S-N or a UUID.
        public var subject: String?
        /// A metric id, e.g. `latency-p99-ms`.
        public var metric: String?
        public init(subject: String? = nil, metric: String? = nil) { self.subject = subject; self.metric = metric }
    }

    /// Every measurement at `moment` in observation order, retracted ones marked.
    public func listMeasurements(at moment: Moment = .now, _ query: MeasurementQuery = MeasurementQuery()) throws(AppError) -> MeasurementList {
        try FilterValue.check(query.metric, field: .metric, noun: "metric", known: Metric.allCases.map(\.rawValue))
        return try self.query(moment) { view in
            let index = try ReadIndex(view.reader)
            let subjects = index.workloads.map { ($0.id, $0.shortID) } + index.stores.map { ($0.id, $0.shortID) }
            try FilterValue.check(
                query.subject, field: .subject, noun: "workload or store", known: subjects.flatMap { [$0.0, $0.1] },
                listed: subjects.map(\.1), suggesting: false)
            let rows = try view.reader.measurements().filter { row in
                (query.metric == nil || row.metric == query.metric?.lowercased())
                    && (query.subject.map { ReadIndex.names($0, id: row.subjectID, shortID: index.shortID(row.subjectID)) } ?? true)
            }
            return MeasurementList(position: view.position, measurements: try rows.map { try MeasurementSummary($0, index) })
        }
    }

    /// One measurement (M-N or UUID) at `moment`, with its subject's name and any retraction.
    public func measurementDetail(_ reference: String, at moment: Moment = .now) throws(AppError) -> MeasurementDetail {
        try query(moment) { view in
            let index = try ReadIndex(view.reader)
            guard let row = try view.reader.measurements().first(where: { ReadIndex.names(reference, id: $0.id, shortID: $0.shortID) }) else {
                throw ReadIndex.notFound(.measurement, reference)
            }
            let name = index.workloads.first { $0.id == row.subjectID }?.name ?? index.stores.first { $0.id == row.subjectID }?.name ?? ""
            return MeasurementDetail(
                position: view.position, measurement: try MeasurementSummary(row, index), subjectName: name, retraction: row.retraction)
        }
    }
}
