/// The kinds of entity the domain records, each with its own stream category and short-id prefix.
///
/// The raw values appear in stored events (measurement subjects, short-id allocations), so they
/// are never renamed.
public enum EntityKind: String, CaseIterable, Codable, Sendable {
    case context
    case workload
    case measurement
    case decision
    case store

    /// The stream category: `decision` for `decision-<uuid>`.
    public var streamCategory: String { rawValue }

    /// The prefix of the human id the store allocates: `ADR` for `ADR-7`.
    public var shortPrefix: String {
        switch self {
        case .context: "C"
        case .workload: "W"
        case .measurement: "M"
        case .decision: "ADR"
        case .store: "S"
        }
    }

    /// The counter stream that allocates this kind's short numbers, e.g. `shortid-ADR`.
    public var counterStream: String { "shortid-\(shortPrefix)" }

    /// The stream that hands out numbers the counter passed over, e.g. `shortid-ADR-claimed`.
    ///
    /// The counter's version N is number N, so it can never give out `ADR-0`, nor a number an
    /// earlier import left unused. An imported collection that keeps its own numbers claims
    /// those here instead, one ``ShortIDAllocated`` per number, appended under a version guard.
    public var claimStream: String { "\(counterStream)-claimed" }

    /// The word used in messages.
    public var noun: String { rawValue }

    /// What the entity's creation event says happened to it, for messages: a context is `defined`.
    public var creationVerb: String {
        switch self {
        case .context: "defined"
        case .workload: "added"
        case .measurement: "observed"
        case .decision: "proposed"
        case .store: "adopted"
        }
    }
}
