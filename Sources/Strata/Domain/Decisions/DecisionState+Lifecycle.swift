/// The pure lifecycle rules: each returns the events to append, or throws why not.
extension DecisionState {
    /// Accepts a proposed decision at `instant`, no earlier than it was proposed (its effects are
    /// planned separately by ``EffectPlanner``).
    public func accept(by actor: String, reason: String, at instant: Timestamp) throws(CommandRejection) -> [DecisionEvent] {
        guard status == .proposed else {
            throw .illegalTransition(decision: ref.shortID, status: status, action: "accepted", hint: hint)
        }
        try EffectiveOrder.check(instant, about: self, action: "be accepted")
        return [.accepted(DecisionAccepted(decisionID: ref.id, by: actor, reason: reason))]
    }

    /// Rejects a proposed decision at `instant`, no earlier than it was proposed; a reason is required.
    public func reject(by actor: String, reason: String, at instant: Timestamp) throws(CommandRejection) -> [DecisionEvent] {
        guard status == .proposed else {
            throw .illegalTransition(decision: ref.shortID, status: status, action: "rejected", hint: hint)
        }
        try EffectiveOrder.check(instant, about: self, action: "be rejected")
        let reason = try Self.required(reason, ref, "rejecting")
        return [.rejected(DecisionRejected(decisionID: ref.id, by: actor, reason: reason))]
    }

    /// Deprecates an accepted decision at `instant`, no earlier than it was accepted; a reason is required.
    public func deprecate(by actor: String, reason: String, at instant: Timestamp) throws(CommandRejection) -> [DecisionEvent] {
        guard status == .accepted else {
            throw .illegalTransition(decision: ref.shortID, status: status, action: "deprecated", hint: hint)
        }
        try checkAccepted(noLaterThan: instant, action: "be deprecated")
        let reason = try Self.required(reason, ref, "deprecating")
        return [.deprecated(DecisionDeprecated(decisionID: ref.id, by: actor, reason: reason))]
    }

    /// Supersedes this accepted decision by accepted `successors` at `instant`, which is no
    /// earlier than this decision's acceptance or any successor's.
    ///
    /// - Parameters:
    ///   - successorsOf: the UUIDs that supersede a given decision, to walk for cycles.
    ///   - shortID: the short id of a decision UUID, for the cycle's message.
    /// - Returns: the event for this stream, and a `supersedes` link for each successor's stream.
    public func supersede(
        by successors: [DecisionState], actor: String, reason: String, at instant: Timestamp,
        successorsOf: (String) -> [String], shortID: (String) -> String = { $0 }
    ) throws(CommandRejection) -> (old: [DecisionEvent], successors: [(EntityRef, DecisionEvent)]) {
        guard !successors.isEmpty else { throw .invalidInput("nothing names the decision that replaces \(ref)", field: .successors) }
        for successor in successors {
            if successor.ref == ref { throw .selfSupersession(ref.shortID) }
            if let path = Self.path(from: successor.ref.id, to: ref.id, successorsOf: successorsOf) {
                throw .supersessionCycle([ref.shortID] + path.map { $0 == ref.id ? ref.shortID : shortID($0) })
            }
        }
        guard status == .accepted else {
            throw .illegalTransition(decision: ref.shortID, status: status, action: "superseded", hint: hint)
        }
        for successor in successors where successor.status != .accepted {
            throw .invariant(
                "\(successor.ref) is \(successor.status.rawValue); only an accepted decision can supersede \(ref)", code: .successorNotAccepted,
                hint: .advice("accept \(successor.ref) first"))
        }
        try checkAccepted(noLaterThan: instant, action: "be superseded")
        for successor in successors { try successor.checkAccepted(noLaterThan: instant, action: "supersede \(ref)") }
        let reason = try Self.required(reason, ref, "superseding")
        let old = DecisionEvent.superseded(
            DecisionSuperseded(decisionID: ref.id, supersededBy: successors.map(\.ref.id), by: actor, reason: reason))
        let links = successors.map { successor in
            (successor.ref, DecisionEvent.linked(DecisionLinked(
                decisionID: successor.ref.id, link: DecisionLink(type: DecisionLink.supersedes, decision: ref.id, note: reason),
                by: actor)))
        }
        return ([old], links)
    }

    /// Replaces the content; once no longer proposed only record-keeping fields may change, with a reason.
    public func amend(to content: DecisionContent, by actor: String, reason: String) throws(CommandRejection) -> [DecisionEvent] {
        try content.validateShape()
        guard content != self.content else { throw .invariant("the amendment leaves \(ref) unchanged; nothing to record", code: .nothingToRecord) }
        if status != .proposed {
            guard content.keepsSubstance(of: self.content) else {
                throw .invariant(
                    "\(ref) is \(status.rawValue): its choice, rationale and effects are fixed", code: .decisionFixed,
                    hint: .proposeAmending(ref.shortID))
            }
            _ = try Self.required(reason, ref, "amending")
        }
        return [.amended(DecisionAmended(decisionID: ref.id, content: content, by: actor, reason: reason))]
    }

    /// Adds a typed link to `target`.
    public func link(_ type: String, to target: DecisionState, note: String?, by actor: String) throws(CommandRejection) -> [DecisionEvent] {
        guard DecisionLink.isValidType(type) else {
            throw .invalidInput("link type '\(type)' is not valid; expected amends, relates-to or a kebab-case label", field: .linkType)
        }
        guard type != DecisionLink.supersedes else {
            throw .invalidInput("a supersedes link changes a lifecycle", field: .linkType, hint: .supersede(target.ref.shortID, by: ref.shortID))
        }
        guard target.ref != ref else { throw .invariant("\(ref) cannot link to itself", code: .selfLink, hint: .advice("name another decision")) }
        if links.contains(where: { $0.type == type && $0.decision == target.ref.id }) {
            throw .invariant("\(ref) already \(type) \(target.ref); nothing to record", code: .nothingToRecord)
        }
        return [.linked(DecisionLinked(decisionID: ref.id, link: DecisionLink(type: type, decision: target.ref.id, note: note), by: actor))]
    }

    /// Removes a link `decision.linked` added; a reason is required. Links that came with the
    /// content change by amending it, and a `supersedes` link belongs to a lifecycle.
    public func unlink(_ link: DecisionLink, by actor: String, reason: String) throws(CommandRejection) -> [DecisionEvent] {
        guard link.type != DecisionLink.supersedes else {
            throw .invalidInput("a supersedes link records a lifecycle and stays", field: .linkType)
        }
        guard let added = addedLinks.first(where: { $0.type == link.type && $0.decision == link.decision }) else {
            let inContent = content.links.contains { $0.type == link.type && $0.decision == link.decision }
            throw .invariant(
                inContent ? "\(ref)'s \(link.type) link came with its content" : "\(ref) has no such \(link.type) link; nothing to record",
                code: .nothingToRecord, hint: .advice(inContent ? "amend its content instead" : "see its links with 'strata show \(ref)'"))
        }
        let reason = try Self.required(reason, ref, "unlinking")
        return [.unlinked(DecisionUnlinked(decisionID: ref.id, link: added, by: actor, reason: reason))]
    }

    /// Refuses `instant` when it is earlier than this decision's acceptance.
    func checkAccepted(noLaterThan instant: Timestamp, action: String) throws(CommandRejection) {
        guard let acceptedAt else { return }
        try EffectiveOrder.check(instant, follows: acceptedAt, subject: ref.shortID, was: "accepted", action: action)
    }

    /// What to do instead, for a refused transition.
    var hint: String {
        switch status {
        case .proposed: "accept or reject it first"
        case .accepted: "supersede or deprecate it instead"
        case .rejected: "a rejected decision is final — propose a new one"
        case .superseded, .deprecated: "it is final — propose a new decision"
        }
    }

    static func required(_ reason: String, _ ref: EntityRef, _ action: String) throws(CommandRejection) -> String {
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .reasonRequired(subject: ref.shortID, action: action) }
        return trimmed
    }

    /// The chain of successors leading from `start` to `goal`, if any (breadth-first).
    static func path(from start: String, to goal: String, successorsOf: (String) -> [String]) -> [String]? {
        var queue: [[String]] = [[start]]
        var seen: Set<String> = [start]
        while !queue.isEmpty {
            let path = queue.removeFirst()
            guard let last = path.last else { continue }
            if last == goal { return path }
            for next in successorsOf(last) where seen.insert(next).inserted { queue.append(path + [next]) }
        }
        return nil
    }
}
