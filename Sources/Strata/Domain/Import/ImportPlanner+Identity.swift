import Foundation

extension ImportPlanner {
    /// Finds the stored decision holding each record; drops untitled records and repeats.
    ///
    /// A record is named by its source, not its text, so an edited file is still the same
    /// decision: first the decision imported from the same file of the same collection, then
    /// (for a collection moved, or the store's own export read back) the decision with the
    /// record's number and title. Decisions imported before sources were matched are found by
    /// the id their content derived. A new record's UUID derives from its source.
    func identify(_ decisions: [ImportedDecision], stored: [String: Loaded<DecisionState>], notes: inout [ImportNote]) -> [Item] {
        var items: [Item] = []
        var seen: [String: String] = [:]
        var taken: Set<String> = []
        // Grouped by file, so each record compares with the few decisions from its own path,
        // not with the whole store: a re-import of thousands of records stays linear.
        let bySource = Dictionary(grouping: stored.values.filter { $0.state.source?.path != nil }) { $0.state.source?.path ?? "" }
        let byNumber = Dictionary(stored.values.map { ($0.state.ref.number, $0) }) { first, _ in first }
        for decision in decisions {
            let name = decision.source.path ?? decision.key
            guard !decision.content.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                notes.append(ImportNote(path: name, message: "the record has no title; skipped. Give it a '# Title' heading"))
                continue
            }
            let identity = decision.source.fingerprint ?? Self.fingerprint(of: decision)
            let legacy = stored[ImportID.uuid("decision", identity)]
            let sameSource = (decision.source.path.flatMap { bySource[$0] } ?? []).filter { $0.state.source?.names(decision.source) == true }
                .min { $0.state.ref.number < $1.state.ref.number }
            let sameRecord = decision.source.number.flatMap { byNumber[$0] }
                .flatMap { Self.sameTitle($0.state.content.title, decision.content.title) ? $0 : nil }
            let existing = [legacy, sameSource, sameRecord].compactMap { $0 }.first { !taken.contains($0.state.ref.id) }
            let uuid = existing?.state.ref.id ?? ImportID.uuid(
                "decision-source", decision.source.collection ?? "", decision.source.path ?? "", decision.key, identity)
            if let first = seen[uuid] {
                notes.append(ImportNote(path: name, message: "same content as \(first); imported once"))
                continue
            }
            seen[uuid] = name
            if let existing { taken.insert(existing.state.ref.id) }
            items.append(Item(decision: decision, identity: identity, uuid: uuid, existing: existing))
        }
        return items
    }

    /// Titles equal but for case and spacing, as an export's slug and heading keep them.
    static func sameTitle(_ lhs: String, _ rhs: String) -> Bool {
        func words(_ text: String) -> [String] { text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init) }
        return words(lhs) == words(rhs)
    }

    /// A note for every decision imported from this collection whose file is gone from it.
    func deletions(_ items: [Item], stored: [String: Loaded<DecisionState>]) -> [ImportNote] {
        let collections = Set(items.compactMap(\.decision.source.collection))
        let present = Set(items.compactMap { $0.existing?.state.ref.id })
        return stored.values.filter { loaded in
            guard let source = loaded.state.source, let collection = source.collection, collections.contains(collection) else { return false }
            return !present.contains(loaded.state.ref.id)
        }
        .sorted { $0.state.ref.number < $1.state.ref.number }
        .map { loaded in
            ImportNote(
                path: loaded.state.source?.path ?? loaded.state.ref.shortID,
                message: "no longer in the collection; \(loaded.state.ref) stays in the log as it is (deprecate or supersede it to retire it)")
        }
    }
}
