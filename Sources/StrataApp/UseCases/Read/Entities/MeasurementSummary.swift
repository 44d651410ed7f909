import Foundation
import Strata
import StrataProjections

/// One measurement as `measurement list` shows it.
public struct MeasurementSummary: Codable, Sendable, Equatable {
    public var id: String
    public var uuid: String
    /// The measured workload's or store's short id, and which it is.
    public var subject: String
    public var subjectKind: String
    public var metric: Metric
    public var value: Double
    public var unit: String
    public var target: Double?
    /// Where the target came from: the measurement itself or the workload's profile.
    public var targetSource: String?
    public var bottleneck: Bool
    public var retracted: Bool
    public var source: MeasurementSource
    public var note: String?
    public var observedAt: String

    init(_ row: MeasurementRow, _ index: ReadIndex) throws {
        id = row.shortID; uuid = row.id; subject = index.shortID(row.subjectID); subjectKind = row.subjectKind
        metric = try StoredValue.decode(row.metric, as: Metric.self, column: "rm_measurements.metric"); value = row.value; unit = row.unit; target = row.target; targetSource = row.targetSource
        bottleneck = row.isBottleneck; retracted = row.retraction != nil; source = try StoredValue.decode(row.source, as: MeasurementSource.self, column: "rm_measurements.source"); note = row.note
        observedAt = row.observedAt.iso8601
    }
}

/// Every measurement at one moment, narrowed by a list query, in observation order.
public struct MeasurementList: Codable, Sendable, Equatable {
    public var position: Int64
    public var measurements: [MeasurementSummary]
}

/// One measurement in full, with its subject's name and why it was retracted, if it was.
public struct MeasurementDetail: Codable, Sendable, Equatable {
    public var position: Int64
    public var measurement: MeasurementSummary
    public var subjectName: String
    public var retraction: String?
}
