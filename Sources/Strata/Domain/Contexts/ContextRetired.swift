/// A bounded context was retired: it no longer owns data, and takes no new workloads or stores.
public struct ContextRetired: DomainEvent {
    public static let eventType = "context.retired"
    public static let schemaVersion = 1

    public var contextID: String
    public var reason: String

    public init(contextID: String, reason: String) {
        self.contextID = contextID
        self.reason = reason
    }
}
