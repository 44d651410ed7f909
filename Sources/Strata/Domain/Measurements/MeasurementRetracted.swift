/// A measurement was withdrawn (a faulty benchmark, the wrong system); it stays in the log.
public struct MeasurementRetracted: DomainEvent {
    public static let eventType = "measurement.retracted"
    public static let schemaVersion = 1

    public var measurementID: String
    public var reason: String

    public init(measurementID: String, reason: String) {
        self.measurementID = measurementID
        self.reason = reason
    }
}
