import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension AppError {
    /// What the caller can do about an error, in terms every face can word.
    public enum Remedy: Sendable, Equatable, Codable {
        /// Give (or correct) this input.
        case provide(Field)
        /// Look up the known entities of this kind and use one of them.
        case listKnown(EntityKind)
        /// Run another use case first or instead.
        case perform(Action)
        /// Give `field` a time no earlier than `earliest`; `repropose` names a decision whose
        /// proposal is the bound, which a decision taken earlier is proposed again to get past.
        case provideNotBefore(Field, earliest: String, repropose: String?)
        /// Run the same request again: it read a state that has since changed.
        case retry
        /// Advice in words that fit every face.
        case advice(String)

        /// The remedy without a face's vocabulary.
        public var neutralText: String {
            switch self {
            case .provide(let field): "give \(field)"
            case .listKnown(let kind): "list the known \(kind.noun)s and use one of their ids"
            case .perform(let action): action.neutralText
            case let .provideNotBefore(field, earliest, repropose):
                "give \(field) \(earliest) or later"
                    + (repropose == nil ? "" : ", or, to record a decision taken earlier, propose it again giving \(field) too")
            case .retry: "retry"
            case .advice(let text): text
            }
        }
    }

    /// A use case a remedy points to, with the arguments that matter.
    public enum Action: Sendable, Equatable, Codable {
        /// Create a store, or name an existing one.
        case createStore
        /// Check the log's hash chain.
        case verify
        /// Refold the read models from the log.
        case rebuild
        /// Restore the events a log lost, or record their loss and go on (a forced rebuild).
        case acceptLoss
        /// Import the file as another store's events.
        case importEvents(path: String)
        /// Record a supersession of `decision` by `by` instead.
        case supersede(decision: String, by: String)
        /// Propose a new decision that amends `decision`.
        case proposeAmending(decision: String)
        /// Define a context with this name.
        case defineContext(name: String)
        /// Make this file a store.
        case initialize(path: String)
        /// List the advisor's rules.
        case listRules

        /// The action in plain words.
        public var neutralText: String {
            switch self {
            case .createStore: "create a store or name an existing one"
            case .verify: "verify the log"
            case .rebuild: "rebuild the read models"
            case .acceptLoss: "restore the file from a copy that holds the events it lost, or force a rebuild to record the loss and go on"
            case .importEvents(let path): "import \(path) as events"
            case let .supersede(decision, by): "supersede \(decision) by \(by) instead"
            case .proposeAmending(let decision): "propose a new decision that amends \(decision) instead"
            case .defineContext(let name): "define a context named '\(name)' first"
            case .initialize(let path): "initialise \(path) as a store"
            case .listRules: "list the rules to find the id"
            }
        }
    }
}
