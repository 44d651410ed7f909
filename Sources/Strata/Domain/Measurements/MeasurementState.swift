import StrataProfile

/// A measurement as its stream tells it.
public struct MeasurementState: AggregateState, Equatable {
    public static let kind = EntityKind.measurement

    public var ref: EntityRef
    public var recorded: MeasurementRecorded
    /// When the figure was observed (the event's valid time).
    public var observedAt: Timestamp
    /// The retraction's reason, once retracted.
    public var retraction: String?

    public var isRetracted: Bool { retraction != nil }
    public var since: Timestamp { observedAt }

    public static func event(from recorded: RecordedEvent) throws -> MeasurementEvent? { try MeasurementEvent(recorded) }

    public static func evolve(_ state: MeasurementState?, _ event: MeasurementEvent, at recorded: RecordedEvent) -> MeasurementState? {
        switch event {
        case .recorded(let e):
            return MeasurementState(
                ref: EntityRef(kind: .measurement, id: e.measurementID, number: e.number), recorded: e,
                observedAt: recorded.effectiveAt, retraction: nil)
        case .retracted(let e):
            var next = state
            next?.retraction = e.reason
            return next
        }
    }

    /// The bottleneck this measurement shows against its own target or its workload's.
    public func bottleneck(workload: WorkloadProfile?) -> Bottleneck? {
        Bottleneck.assess(metric: recorded.metric, value: recorded.value, ownTarget: recorded.target, workload: workload)
    }

    // MARK: Decide

    /// Input for ``record(_:_:subjectIsRetired:now:observedAt:)``.
    public struct Figure: Sendable, Equatable {
        public var metric: Metric
        public var value: Double
        /// The unit typed by the user, checked against the metric's; nil takes the metric's.
        public var unit: String?
        public var source: MeasurementSource
        public var target: Double?
        public var note: String?

        public init(metric: Metric, value: Double, unit: String? = nil, source: MeasurementSource, target: Double? = nil, note: String? = nil) {
            self.metric = metric
            self.value = value
            self.unit = unit
            self.source = source
            self.target = target
            self.note = note
        }
    }

    /// Records a figure about `subject`; refuses retired subjects, wrong units, impossible values
    /// and observations in the future.
    public static func record(
        _ ref: EntityRef, _ figure: Figure, subject: EntityRef, subjectIsRetired: Bool, now: Timestamp, observedAt: Timestamp?
    ) throws(CommandRejection) -> [MeasurementEvent] {
        guard !subjectIsRetired else { throw .retired(subject: subject.shortID, action: "measured") }
        let metric = figure.metric
        if let unit = figure.unit, unit.lowercased() != metric.unit.lowercased() {
            throw .invalidInput(
                "'\(unit)' does not fit \(metric.rawValue); expected '\(metric.unit)' (or leave the unit out)", field: .unit)
        }
        try checkRange(figure.value, metric: metric, field: .value)
        if let target = figure.target { try checkRange(target, metric: metric, field: .target) }
        if let observedAt, observedAt.microseconds > now.microseconds + 60_000_000 {
            throw .invalidInput("'\(observedAt.iso8601)' is in the future; a measurement records what was already seen", field: .observed)
        }
        let event = MeasurementRecorded(
            measurementID: ref.id, number: ref.number,
            subject: .init(kind: subject.kind, id: subject.id), metric: metric, value: figure.value,
            source: figure.source, target: figure.target, note: figure.note)
        return [.recorded(event)]
    }

    /// Retracts the measurement; a reason is required and a measurement is retracted once.
    public func retract(reason: String) throws(CommandRejection) -> [MeasurementEvent] {
        guard !isRetracted else { throw .invariant("\(ref) was already retracted (\(retraction ?? "")); nothing to record", code: .nothingToRecord) }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw .reasonRequired(subject: ref.shortID, action: "retracting") }
        return [.retracted(MeasurementRetracted(measurementID: ref.id, reason: reason))]
    }

    private static func checkRange(_ value: Double, metric: Metric, field: InputField) throws(CommandRejection) {
        guard value.isFinite, value >= 0 else {
            throw .invalidInput("\(field.rawValue) \(value) is not a valid \(metric.rawValue); expected a finite number ≥ 0 \(metric.unit)", field: field)
        }
        if let maximum = metric.maximum, value > maximum {
            throw .invalidInput(
                "\(field.rawValue) \(Bottleneck.format(value)) is out of range for \(metric.rawValue); expected 0…\(Bottleneck.format(maximum)) \(metric.unit)",
                field: field)
        }
    }
}
