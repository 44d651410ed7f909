/// A bounded context's description was replaced by a new one (the old stays in the log).
public struct ContextDescribed: DomainEvent {
    public static let eventType = "context.described"
    public static let schemaVersion = 1

    public var contextID: String
    public var description: String

    public init(contextID: String, description: String) {
        self.contextID = contextID
        self.description = description
    }
}
