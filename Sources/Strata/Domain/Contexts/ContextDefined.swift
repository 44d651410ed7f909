/// A bounded context was defined: a named part of the business that owns its data.
public struct ContextDefined: DomainEvent {
    public static let eventType = "context.defined"
    public static let schemaVersion = 1

    public var contextID: String
    /// The short number: `2` in `C-2`.
    public var number: Int
    public var name: String
    public var description: String

    public init(contextID: String, number: Int, name: String, description: String) {
        self.contextID = contextID
        self.number = number
        self.name = name
        self.description = description
    }
}
