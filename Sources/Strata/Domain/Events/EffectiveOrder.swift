/// The rule that valid times follow the facts they depend on: nothing about an entity takes
/// effect before the entity existed, a decision is accepted or rejected no earlier than it was
/// proposed, and superseded or deprecated no earlier than it was accepted.
///
/// Without it a `--valid-at` view could show a store adopted in a context that did not exist
/// yet, or an acceptance with no proposal before it. Events are immutable, so an earlier fact
/// recorded too late cannot be moved: the later one is refused instead, saying from when it
/// may take effect.
public enum EffectiveOrder {
    /// Refuses `instant` when it is earlier than `since`, when the fact it follows took effect.
    ///
    /// - Parameters:
    ///   - subject: what the earlier fact is about, e.g. `ADR-3`.
    ///   - was: what happened to it at `since`, e.g. `proposed`.
    ///   - action: what cannot happen before then, e.g. `be accepted` or `supersede ADR-1`.
    ///   - repropose: the decision whose proposal is the bound, when it is one: a decision taken
    ///     earlier than it was proposed is recorded by proposing it again with its true time.
    public static func check(
        _ instant: Timestamp, follows since: Timestamp, subject: String, was: String, action: String,
        field: InputField = .effective, repropose: String? = nil
    ) throws(CommandRejection) {
        guard instant < since else { return }
        let (then, now) = since.day == instant.day ? (since.exact, instant.exact) : (since.day, instant.day)
        throw .invariant(
            "\(subject) was \(was) effective \(then), so it cannot \(action) effective \(now)", code: .effectiveTooEarly,
            hint: .notBefore(since.exact, field: field, repropose: repropose))
    }

    /// Refuses `instant` when it is earlier than the entity `state` came to exist.
    public static func check<State: AggregateState>(
        _ instant: Timestamp, about state: State, action: String, field: InputField = .effective
    ) throws(CommandRejection) {
        let ref = state.ref
        try check(instant, follows: state.since, subject: ref.shortID, was: ref.kind.creationVerb, action: action,
                  field: field, repropose: ref.kind == .decision ? ref.shortID : nil)
    }
}
