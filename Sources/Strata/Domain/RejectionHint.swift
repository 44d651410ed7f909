/// What the caller can do about a refused command, in terms each face words its own way.
public enum RejectionHint: Sendable, Equatable {
    /// Give (or correct) this input.
    case provide(InputField)
    /// Look up the known entities of a kind and use one of their ids.
    case listKnown(EntityKind)
    /// Record the change as a supersession of `decision` by `by` instead.
    case supersede(String, by: String)
    /// Propose a new decision that amends `decision` instead of changing it.
    case proposeAmending(String)
    /// Define a context with this name first.
    case defineContext(String)
    /// Give `field` a time no earlier than `earliest` (a day, or an ISO-8601 time), when the
    /// fact this one follows took effect. `repropose` names the decision whose proposal is that
    /// fact: a decision taken earlier is recorded by proposing it with its own earlier time too.
    case notBefore(String, field: InputField, repropose: String?)
    /// Run the command again: it read a state that has since changed.
    case retry
    /// Advice that needs no face's vocabulary.
    case advice(String)

    /// The hint in plain words.
    public var neutralText: String {
        switch self {
        case .provide(let field): "give the \(field.rawValue)"
        case .listKnown(let kind): "list the known \(kind.noun)s and use one of their ids"
        case let .supersede(decision, by): "supersede \(decision) by \(by) instead"
        case .proposeAmending(let decision): "propose a new decision that amends \(decision) instead"
        case .defineContext(let name): "define a context named '\(name)' first"
        case let .notBefore(earliest, field, repropose):
            "give the \(field.rawValue) time \(earliest) or later"
                + (repropose == nil ? "" : ", or, to record a decision taken earlier, propose it again with an \(field.rawValue) time too")
        case .retry: "run it again to act on the latest state"
        case .advice(let text): text
        }
    }
}

/// An input of a domain command, named once for every face.
public struct InputField: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let reason = InputField(rawValue: "reason")
    public static let successors = InputField(rawValue: "by")
    public static let title = InputField(rawValue: "title")
    public static let name = InputField(rawValue: "name")
    public static let context = InputField(rawValue: "context")
    public static let option = InputField(rawValue: "option")
    public static let chosenOption = InputField(rawValue: "choose")
    public static let linkType = InputField(rawValue: "link-type")
    public static let unit = InputField(rawValue: "unit")
    public static let value = InputField(rawValue: "value")
    public static let target = InputField(rawValue: "target")
    public static let observed = InputField(rawValue: "observed")
    public static let readReplicas = InputField(rawValue: "replicas")
    public static let readModel = InputField(rawValue: "read-model")
    public static let shard = InputField(rawValue: "shard")
    public static let scaleUp = InputField(rawValue: "scale-up")
    public static let adopt = InputField(rawValue: "adopt")
    public static let move = InputField(rawValue: "move")
    public static let because = InputField(rawValue: "because")
    public static let becauseMeasured = InputField(rawValue: "because-measured")
    public static let becauseWorkloads = InputField(rawValue: "because-pattern")
    public static let id = InputField(rawValue: "id")
    public static let effective = InputField(rawValue: "effective")
    public static let supersedes = InputField(rawValue: "supersedes")
    public static let affects = InputField(rawValue: "affects")
    public static let ref = InputField(rawValue: "ref")
    public static let approvals = InputField(rawValue: "approvals")
    public static let decider = InputField(rawValue: "decider")
    public static let comment = InputField(rawValue: "comment")
}

/// The kinds of domain rule a command can break, beyond the lifecycle's own cases.
public enum RejectionCode: String, Sendable, Equatable, CaseIterable {
    /// Any rule without a code of its own.
    case refused
    /// The command would record nothing new.
    case nothingToRecord = "nothing-to-record"
    /// The name is taken by another active entity.
    case nameTaken = "name-taken"
    /// The entity still owns or serves active ones.
    case stillInUse = "still-in-use"
    /// An effect of the decision cannot apply to the architecture as it is.
    case invalidEffect = "invalid-effect"
    /// The evidence cited does not show what it is cited for.
    case evidenceDoesNotHold = "evidence-does-not-hold"
    /// A successor must be accepted before it can supersede.
    case successorNotAccepted = "successor-not-accepted"
    /// A decided decision's substance cannot change.
    case decisionFixed = "decision-fixed"
    /// A decision cannot link to itself.
    case selfLink = "self-link"
    /// A fact would take effect before a fact it depends on.
    case effectiveTooEarly = "effective-too-early"
    /// Only a proposed or accepted decision can be declared superseded by a proposal.
    case cannotSupersede = "cannot-supersede"
    /// A proposer cannot review their own proposal.
    case selfReview = "self-review"
    /// The context's review policy is not met yet.
    case quorumNotMet = "quorum-not-met"
}
