/// Why a domain command was refused. Nothing is appended when one is thrown.
///
/// Each description is one line naming the subject, what is wrong and what to do; the CLI
/// prints it verbatim. ``isInputError`` separates bad input (exit 2) from refusals (exit 1).
public enum CommandRejection: Error, Equatable, Sendable {
    /// No entity of `kind` answers to `reference`.
    case notFound(EntityKind, String)
    /// The input is malformed (a bad value, a missing field, an invalid profile).
    case invalidInput(String)
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
    /// Any other invariant: the text names the subject, the problem and the remedy.
    case invariant(String)

    /// True for input problems (unknown ids, malformed values), which the CLI reports with exit 2.
    public var isInputError: Bool {
        switch self {
        case .notFound, .invalidInput: true
        default: false
        }
    }
}

extension CommandRejection: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .notFound(kind, reference):
            "no \(kind.noun) \(reference); run 'strata log' or 'strata events --category \(kind.streamCategory)' to see the known ones"
        case let .invalidInput(message):
            message
        case let .illegalTransition(decision, status, action, hint):
            "\(decision) is \(status.rawValue) and cannot be \(action); \(hint)"
        case let .reasonRequired(subject, action):
            "\(action) \(subject) needs a reason; pass --reason TEXT"
        case let .selfSupersession(decision):
            "\(decision) cannot supersede itself; name a different decision with --by"
        case let .supersessionCycle(path):
            "superseding would make a cycle (\(path.joined(separator: " → "))); a decision cannot replace one that replaces it"
        case let .retired(subject, action):
            "\(subject) is retired and cannot be \(action); nothing was recorded"
        case let .conflict(subject):
            "someone else changed \(subject) while this command ran; nothing was recorded — re-run it to act on the latest state"
        case let .invariant(message):
            message
        }
    }
}
