/// Why a domain command was refused. Nothing is appended when one is thrown.
///
/// The words name the subject and what is wrong, in no face's vocabulary: no flag, no command
/// line. What to do travels as a ``RejectionHint`` and the input at fault as an ``InputField``, so
/// the CLI can name a flag, a server a JSON pointer and an agent an argument. Every case has a
/// stable ``code``; match on it, never on the text.
public enum CommandRejection: Error, Equatable, Sendable {
    /// No entity of `kind` answers to `reference`.
    case notFound(EntityKind, String)
    /// The input is malformed (a bad value, a missing field, an invalid profile).
    case invalidInput(String, field: InputField? = nil, hint: RejectionHint? = nil)
    /// A decision cannot make this lifecycle move from its current status.
    case illegalTransition(decision: String, status: DecisionStatus, action: String, hint: String)
    /// The action needs a reason and none was given.
    case reasonRequired(subject: String, action: String)
    /// A decision was named as its own successor.
    case selfSupersession(String)
    /// Superseding would close a loop of successors.
    case supersessionCycle([String])
    /// The entity was retired (or retracted) and cannot take this command.
    case retired(subject: String, action: String)
    /// Another command changed the entity between our read and our append.
    case conflict(subject: String)
    /// Any other rule of the domain, classified by `code`.
    case invariant(String, code: RejectionCode = .refused, hint: RejectionHint? = nil)

    /// True for input problems (unknown ids, malformed values), which the CLI reports with exit 2.
    public var isInputError: Bool {
        switch self {
        case .notFound, .invalidInput: true
        default: false
        }
    }

    /// The stable name of this kind of refusal.
    public var code: String {
        switch self {
        case .notFound: "not-found"
        case .invalidInput: "invalid-input"
        case .illegalTransition: "illegal-transition"
        case .reasonRequired: "reason-required"
        case .selfSupersession: "self-supersession"
        case .supersessionCycle: "supersession-cycle"
        case .retired: "retired"
        case .conflict: "concurrent-change"
        case .invariant(_, let code, _): code.rawValue
        }
    }

    /// What is wrong, without what to do.
    public var message: String {
        switch self {
        case let .notFound(kind, reference): "no \(kind.noun) \(reference)"
        case let .invalidInput(message, _, _): message
        case let .illegalTransition(decision, status, action, _): "\(decision) is \(status.rawValue) and cannot be \(action)"
        case let .reasonRequired(subject, action): "\(action) \(subject) needs a reason"
        case let .selfSupersession(decision): "\(decision) cannot supersede itself"
        case let .supersessionCycle(path):
            "superseding would make a cycle (\(path.joined(separator: " → "))); a decision cannot replace one that replaces it"
        case let .retired(subject, action): "\(subject) is retired and cannot be \(action); nothing was recorded"
        case let .conflict(subject): "someone else changed \(subject) while this command ran; nothing was recorded"
        case let .invariant(message, _, _): message
        }
    }

    /// What would fix it, when the caller can do something.
    public var hint: RejectionHint? {
        switch self {
        case let .notFound(kind, _): .listKnown(kind)
        case let .invalidInput(_, field, hint): hint ?? field.map(RejectionHint.provide)
        case let .illegalTransition(_, _, _, hint): .advice(hint)
        case .reasonRequired: .provide(.reason)
        case .selfSupersession: .provide(.successors)
        case .conflict: .retry
        case let .invariant(_, _, hint): hint
        case .supersessionCycle, .retired: nil
        }
    }

    /// The input at fault, when one is.
    public var field: InputField? {
        switch self {
        case let .invalidInput(_, field, _): field
        case .reasonRequired: .reason
        case .selfSupersession: .successors
        default: nil
        }
    }
}

extension CommandRejection: CustomStringConvertible {
    /// The message and the hint in neutral words, for logs and tests.
    public var description: String {
        guard let hint else { return message }
        return "\(message); \(hint.neutralText)"
    }
}
