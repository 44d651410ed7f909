/// A context's review rule was set: what a proposal about it needs before it can be accepted.
public struct ContextReviewPolicySet: DomainEvent {
    public static let eventType = "context.review-policy-set"
    public static let schemaVersion = 1

    public var contextID: String
    public var policy: ReviewPolicy
    public var by: String
    public var reason: String

    public init(contextID: String, policy: ReviewPolicy, by: String, reason: String) {
        self.contextID = contextID
        self.policy = policy
        self.by = by
        self.reason = reason
    }
}
