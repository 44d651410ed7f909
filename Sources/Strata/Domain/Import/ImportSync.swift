/// What re-importing a collection records for the records an earlier import already holds.
///
/// The source is the team's living record: when a file changes, what changed becomes events on
/// the same decision, decided by the same pure rules as the commands (``DecisionState``), so an
/// import can never do what `strata accept` or `strata amend` would refuse. A status change
/// becomes its lifecycle events (Proposed → Accepted records the acceptance), a text edit an
/// amendment, a new link a `decision.linked`, a link removed from the file a `decision.unlinked`
/// (or, for a link that came with the content, an amendment). What the domain refuses is
/// reported and not recorded. A change takes effect at the
/// record's date when that moved past the decision's last change, else when it is imported.
struct ImportSync {
    let actor: String
    let now: Timestamp
    /// Whether an undated change carries ``now`` (a replayed commit's date) or its recorded time.
    let stampsNow: Bool
    let items: [ImportPlanner.Item]
    let links: ImportLinks
    let refs: [String: EntityRef]

    /// Appends for the changed decisions' streams, each guarded by the version it was read at.
    private(set) var appends: [StreamAppend] = []
    private(set) var notes: [ImportNote] = []
    /// Record UUID → what was recorded for it.
    private(set) var changes: [String: [String]] = [:]
    /// Every decision of the import as it stands after the changes planned so far.
    private var states: [String: DecisionState] = [:]
    private var pending: [String: (expected: Int, events: [NewEvent])] = [:]
    private var order: [String] = []

    init(actor: String, now: Timestamp, stampsNow: Bool, items: [ImportPlanner.Item], links: ImportLinks, refs: [String: EntityRef]) {
        self.actor = actor
        self.now = now
        self.stampsNow = stampsNow
        self.items = items
        self.links = links
        self.refs = refs
        for item in items {
            states[item.uuid] = item.existing?.state ?? Self.planned(item, ref: refs[item.uuid])
        }
    }

    mutating func plan() {
        let existing = items.filter { $0.existing != nil }
        for item in existing { amendAndDecide(item) }
        for item in existing where item.decision.status == .superseded { supersede(item) }
        for item in existing { link(item) }
        appends = order.compactMap { stream in
            pending[stream].map { StreamAppend(streamID: stream, expected: .exact($0.expected), events: $0.events) }
        }
    }

    /// The text, then the status short of supersession (which waits for every successor).
    private mutating func amendAndDecide(_ item: ImportPlanner.Item) {
        guard var state = states[item.uuid] else { return }
        var content = item.decision.content
        content.links = state.content.links
        content.effects = state.content.effects
        content.context = state.content.context
        if content.extras?.isEmpty == true { content.extras = nil }
        // A link that came with the content and is gone from the file goes with an amendment;
        // a supersedes link records a lifecycle and stays.
        let owned = links.links(of: item.uuid)
        content.links = state.content.links.filter { link in
            link.type == DecisionLink.supersedes || owned.contains { $0.type == link.type && $0.decision == link.decision }
        }
        let dropped = state.content.links.filter { link in !content.links.contains(link) }
        var edited = content
        edited.links = state.content.links
        let what = ((edited != state.content ? ["amended"] : []) + dropped.map { "unlinked \($0.type) \(name(of: $0.decision))" })
            .joined(separator: ", ")
        if content != state.content {
            let reason = edited != state.content ? "edited in \(item.name)" : "link removed in \(item.name)"
            _ = attempt(item, what, Self.decided { try state.amend(to: content, by: actor, reason: reason) }, on: &state)
        }
        let target = item.decision.status
        let at = instant(item)
        var refused = false
        if state.status == .proposed, target != .proposed {
            if target == .rejected {
                refused = !attempt(item, "rejected", Self.decided { try state.reject(by: by(item), reason: "rejected in \(item.name)", at: at) }, on: &state)
            } else if state.content.effects.isEmpty {
                refused = !attempt(item, "accepted", Self.decided { try state.accept(by: by(item), reason: "accepted in \(item.name)", at: at) }, on: &state)
            } else {
                refused = true
                refuse(item, "its status is \(target.rawValue) now, but \(state.ref) has effects to plan; accept it with 'strata accept \(state.ref)'")
            }
        }
        if !refused, state.status == .accepted, target == .deprecated {
            refused = !attempt(item, "deprecated", Self.decided { try state.deprecate(by: by(item), reason: "deprecated in \(item.name)", at: at) }, on: &state)
        }
        let waitsForSuccessors = target == .superseded && state.status == .accepted
        if !refused, state.status != target, !waitsForSuccessors {
            refuse(item, "its status is \(target.rawValue) now, but \(state.ref) is \(state.status.rawValue): \(state.hint); not recorded")
        }
        states[item.uuid] = state
    }

    private mutating func supersede(_ item: ImportPlanner.Item) {
        guard var state = states[item.uuid], state.status == .accepted else { return }
        let successors = links.successors(of: item.uuid).compactMap { states[$0] }
        guard !successors.isEmpty else {
            return refuse(item, "its status is superseded now, but no record names its successor; not recorded")
        }
        let names = successors.map(\.ref.shortID).joined(separator: ", ")
        let floor = successors.compactMap(\.acceptedAt).max()
        let effective = effectiveAt(item).flatMap { date in floor.map { date >= $0 } ?? true ? date : nil }
        let instant = effective ?? now
        do {
            let (old, successorLinks) = try state.supersede(
                by: successors, actor: by(item), reason: "superseded by \(names) in \(item.name)", at: instant,
                successorsOf: { states[$0]?.supersededBy ?? [] }, shortID: { refs[$0]?.shortID ?? $0 })
            record(item, old, "superseded by \(names)", effective: effective, on: &state)
            for (ref, event) in successorLinks {
                guard var successor = states[ref.id], items.contains(where: { $0.uuid == ref.id && $0.existing != nil }),
                      !successor.links.contains(where: { $0.type == DecisionLink.supersedes && $0.decision == state.ref.id }) else { continue }
                if let new = DecisionState.evolve(successor, event, at: Self.placeholder(instant)) { successor = new }
                add([event], to: successor.ref, effective: effective)
                states[ref.id] = successor
            }
        } catch {
            refuse(item, "its status is superseded now, but \(error); not recorded")
        }
        states[item.uuid] = state
    }

    /// Links the file has and the decision has not; links the decision has and the file lost are reported.
    private mutating func link(_ item: ImportPlanner.Item) {
        guard var state = states[item.uuid] else { return }
        let owned = links.links(of: item.uuid)
        for link in owned where !state.links.contains(where: { $0.type == link.type && $0.decision == link.decision }) {
            guard let target = states[link.decision] else { continue }
            guard link.type != DecisionLink.supersedes else {
                refuse(item, "it now says it supersedes \(target.ref), but \(target.ref) is \(target.status.rawValue); mark \(target.ref) superseded in its file or run 'strata supersede \(target.ref) --by \(state.ref)'")
                continue
            }
            _ = attempt(item, "linked \(link.type) \(target.ref)", Self.decided { try state.link(link.type, to: target, note: nil, by: actor) }, on: &state)
        }
        for link in state.links where !owned.contains(where: { $0.type == link.type && $0.decision == link.decision }) {
            guard link.type != DecisionLink.supersedes || !(states[link.decision]?.supersededBy.contains(state.ref.id) ?? false) else { continue }
            let target = name(of: link.decision)
            guard link.type != DecisionLink.supersedes else {
                refuse(item, "its supersedes link to \(target) is gone from the file; a supersession records a lifecycle, so it stays")
                continue
            }
            _ = attempt(item, "unlinked \(link.type) \(target)", Self.decided {
                try state.unlink(link, by: actor, reason: "removed from \(item.name)")
            }, on: &state)
        }
        states[item.uuid] = state
    }

    /// The events a rule decided, or why it refused; evaluated before `attempt` takes the state.
    private static func decided(_ decide: () throws -> [DecisionEvent]) -> Result<[DecisionEvent], any Error> {
        Result { try decide() }
    }

    /// Records what a rule decided, or reports the domain's refusal. True when recorded.
    private mutating func attempt(
        _ item: ImportPlanner.Item, _ what: String, _ decided: Result<[DecisionEvent], any Error>, on state: inout DecisionState
    ) -> Bool {
        do {
            record(item, try decided.get(), what, effective: effectiveAt(item), on: &state)
            return true
        } catch {
            refuse(item, "\(what.split(separator: " ").first ?? "changed") in the file, but \(error); not recorded")
            return false
        }
    }

    private mutating func record(
        _ item: ImportPlanner.Item, _ events: [DecisionEvent], _ what: String, effective: Timestamp?, on state: inout DecisionState
    ) {
        guard !events.isEmpty else { return }
        for event in events { if let next = DecisionState.evolve(state, event, at: Self.placeholder(effective ?? now)) { state = next } }
        add(events, to: state.ref, effective: effective)
        changes[item.uuid, default: []].append(what)
    }

    private mutating func add(_ events: [DecisionEvent], to ref: EntityRef, effective: Timestamp?) {
        guard let version = items.first(where: { $0.uuid == ref.id })?.existing?.version else { return }
        if pending[ref.streamID] == nil {
            pending[ref.streamID] = (version, [])
            order.append(ref.streamID)
        }
        pending[ref.streamID]?.events += events.map { $0.newEvent(effectiveAt: effective ?? (stampsNow ? now : nil)) }
    }

    private func name(of uuid: String) -> String { refs[uuid]?.shortID ?? states[uuid]?.ref.shortID ?? uuid }

    private mutating func refuse(_ item: ImportPlanner.Item, _ message: String) {
        notes.append(ImportNote(path: item.name, message: message))
    }

    private func by(_ item: ImportPlanner.Item) -> String {
        item.decision.content.deciders.isEmpty ? actor : item.decision.content.deciders.joined(separator: ", ")
    }

    /// The record's date when it is later than everything the stored decision took effect at
    /// (and not in the future): all of the record's changes take effect then. Else nil: now.
    private func effectiveAt(_ item: ImportPlanner.Item) -> Timestamp? {
        guard let date = item.decision.date, let last = item.existing?.state.history.map(\.effectiveAt).max(),
              date > last, date <= now else { return nil }
        return date
    }

    private func instant(_ item: ImportPlanner.Item) -> Timestamp { effectiveAt(item) ?? now }

    /// A new record of the same import as the rules see it: proposed, and decided, at its date.
    private static func planned(_ item: ImportPlanner.Item, ref: EntityRef?) -> DecisionState? {
        guard let ref else { return nil }
        let at = item.decision.date ?? Timestamp(microseconds: 0)
        func change(_ status: DecisionStatus) -> DecisionState.StatusChange {
            .init(status: status, by: "", reason: "", recordedAt: at, effectiveAt: at)
        }
        let status = item.decision.status
        let decided: [DecisionStatus] = switch status {
        case .proposed: []
        case .accepted, .rejected: [status]
        case .superseded, .deprecated: [.accepted, status]
        }
        return DecisionState(
            ref: ref, content: item.decision.content, status: status, history: [change(.proposed)] + decided.map(change),
            supersededBy: [], addedLinks: [], source: item.decision.source)
    }

    /// The stand-in for a recorded event when folding planned events: only its times are read.
    private static func placeholder(_ at: Timestamp) -> RecordedEvent {
        RecordedEvent(
            position: 0, eventID: "", streamID: "", category: "decision", streamVersion: 0, eventType: "", schemaVersion: 1, data: "{}",
            metadata: "{}", recordedAt: at, effectiveAt: at, prevHash: [], hash: [])
    }
}
