import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// What a measurement records, as a face receives it.
    public struct MeasurementInput: Sendable {
        /// A workload `W-N` or a store `S-N`.
        public var subject: String
        /// A metric id of the vocabulary (``Metric``).
        public var metric: String
        public var value: Double
        /// The unit typed, checked against the metric's own.
        public var unit: String?
        /// `benchmark`, `production-monitoring` or `load-test`.
        public var source: String
        /// The measurement's own target.
        public var target: Double?
        public var note: String?

        public init(subject: String, metric: String, value: Double, unit: String? = nil, source: String, target: Double? = nil, note: String? = nil) {
            self.subject = subject
            self.metric = metric
            self.value = value
            self.unit = unit
            self.source = source
            self.target = target
            self.note = note
        }
    }

    /// Records an observed figure (`measurement.recorded`), effective when it was observed; a
    /// figure that misses a target is noted as a bottleneck.
    public func measure(_ input: MeasurementInput, _ recording: Recording) throws(AppError) -> ChangeReport {
        guard let metric = Metric(rawValue: input.metric) else {
            throw AppError(
                .unknownValue, "metric '\(input.metric)' is not in the vocabulary; expected one of \(Metric.vocabulary)",
                subject: .field(.metric))
        }
        guard let source = MeasurementSource(rawValue: input.source) else {
            let known = MeasurementSource.allCases.map(\.rawValue).joined(separator: ", ")
            throw AppError(.unknownValue, "'\(input.source)' is not a known source; expected one of \(known)", subject: .field(.source))
        }
        let figure = MeasurementState.Figure(
            metric: metric, value: input.value, unit: input.unit, source: source, target: input.target, note: input.note)
        return try record(recording) { try MeasurementService(log: log).record(figure, about: input.subject, $0) }
    }

    /// Retracts a measurement with a reason (`measurement.retracted`); it stays in the log.
    public func retractMeasurement(_ id: String, reason: String, _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try MeasurementService(log: log).retract(id, reason: reason, $0) }
    }
}
