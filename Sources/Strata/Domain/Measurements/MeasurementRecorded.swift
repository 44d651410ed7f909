/// A figure was observed about a workload or a store. Its effective time is when it was observed.
public struct MeasurementRecorded: DomainEvent {
    public static let eventType = "measurement.recorded"
    public static let schemaVersion = 1

    /// What the figure is about.
    public struct Subject: Codable, Sendable, Equatable {
        /// `workload` or `store`.
        public var kind: EntityKind
        /// The subject's UUID.
        public var id: String

        public init(kind: EntityKind, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    public var measurementID: String
    /// The short number: `12` in `M-12`.
    public var number: Int
    public var subject: Subject
    public var metric: Metric
    public var value: Double
    /// Always the metric's own unit (``Metric/unit``), stored so the log reads on its own.
    public var unit: String
    public var source: MeasurementSource
    /// The measurement's own target, if one was given.
    public var target: Double?
    public var note: String?

    public init(
        measurementID: String, number: Int, subject: Subject, metric: Metric, value: Double,
        source: MeasurementSource, target: Double?, note: String?
    ) {
        self.measurementID = measurementID
        self.number = number
        self.subject = subject
        self.metric = metric
        self.value = value
        self.unit = metric.unit
        self.source = source
        self.target = target
        self.note = note
    }
}
