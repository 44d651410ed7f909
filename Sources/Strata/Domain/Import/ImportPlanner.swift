import Foundation
import StrataJSON

/// The appends an import needs, and the report describing them.
struct ImportPlan {
    var appends: [StreamAppend]
    var report: DecisionImportReport
}

/// Turns imported records into decision streams: identity, numbering, links, lifecycle events.
///
/// Pure apart from `existing`, which answers whether a decision UUID is already in the store.
struct ImportPlanner {
    let actor: String
    /// The numbers the store already gave out.
    let store: StoreNumbers
    /// Source numbers above the counter are kept only if they leave at most this many unused.
    static let maximumUnusedNumbers = 1_000

    /// The store's highest decision number (the `shortid-ADR` stream's version).
    var counter: Int { store.counter }

    /// One record with its derived identity.
    struct Item {
        var decision: ImportedDecision
        var identity: String
        var uuid: String
        /// The stored decision that holds the record, when an earlier import (or the store
        /// whose export this is) recorded it.
        var existing: Loaded<DecisionState>?
        var name: String { decision.source.path ?? decision.key }
    }

    /// Plans the import of `decisions` into a store holding `stored` (every decision, by UUID).
    ///
    /// - Parameters:
    ///   - now: the log's clock, when a change the record does not date takes effect.
    ///   - stampsNow: whether such a change carries `now` as its effective time (a replayed
    ///     commit's date) rather than taking the time it is recorded.
    ///   - wholeCollection: whether `decisions` are all of their collection, so that a stored
    ///     record missing from them was deleted from it (a single file is not).
    func plan(
        _ decisions: [ImportedDecision], stored: [String: Loaded<DecisionState>], now: Timestamp, stampsNow: Bool = false,
        wholeCollection: Bool = true
    ) throws -> ImportPlan {
        var notes: [ImportNote] = []
        let items = identify(decisions, stored: stored, notes: &notes)
        let fresh = items.filter { $0.existing == nil }
        let numbering = try ImportNumbering(store: store, maximumUnused: Self.maximumUnusedNumbers).assign(fresh)
        let numbers = numbering.numbers
        notes += numbering.notes
        var refs: [String: EntityRef] = [:]
        for item in items {
            refs[item.uuid] = item.existing?.state.ref ?? EntityRef(kind: .decision, id: item.uuid, number: numbers[item.uuid] ?? 0)
        }
        let links = ImportLinks(items: items, notes: &notes)
        var dates: [String: Timestamp] = [:]
        for item in items { dates[item.uuid] = item.decision.date }
        var appends: [StreamAppend] = []
        var imported: [DecisionImportReport.Entry] = []
        for item in fresh {
            guard let ref = refs[item.uuid] else { continue }
            let events = events(for: item, ref: ref, links: links, refs: refs, dates: dates, notes: &notes)
            appends.append(StreamAppend(streamID: ref.streamID, expected: .noStream, events: events))
            imported.append(entry(item, ref))
        }
        if let allocations = allocations(fresh, numbers: numbers) { appends.append(allocations) }
        if let claims = claims(numbering.claimed) { appends.append(claims) }
        var sync = ImportSync(actor: actor, now: now, stampsNow: stampsNow, items: items, links: links, refs: refs)
        sync.plan()
        appends += sync.appends
        notes += sync.notes
        if wholeCollection { notes += deletions(items, stored: stored) }
        let present = items.compactMap { item in
            item.existing.flatMap { sync.changes[item.uuid] == nil ? entry(item, $0.state.ref) : nil }
        }
        let changed = items.compactMap { item in
            item.existing.flatMap { loaded in
                sync.changes[item.uuid].map { DecisionImportReport.Change(entry: entry(item, loaded.state.ref), recorded: $0) }
            }
        }
        let report = DecisionImportReport(
            imported: imported, changed: changed, alreadyPresent: present, notes: notes, numbering: Self.numbering(fresh, numbers),
            eventCount: appends.reduce(0) { $0 + $1.events.count }, dryRun: false)
        return ImportPlan(appends: appends, report: report)
    }

    private func entry(_ item: Item, _ ref: EntityRef) -> DecisionImportReport.Entry {
        .init(key: item.decision.key, ref: ref, title: item.decision.content.title, status: item.decision.status,
              source: item.decision.source)
    }

    /// The SHA-256 of the record's fields as key-sorted JSON.
    static func fingerprint(of decision: ImportedDecision) -> String {
        // Slashes stay escaped: stored fingerprints were computed that way.
        // Every field is a string, number, bool, array or nested Codable struct: encoding cannot fail.
        let data = (try? JSONCodec.encode(decision, .escapedSlashes)) ?? Data(decision.key.utf8)
        return ImportID.fingerprint([UInt8](data))
    }

    /// Kept when every new record has its own number, renumbered when one has another or none.
    private static func numbering(_ fresh: [Item], _ numbers: [String: Int]) -> DecisionImportReport.Numbering {
        guard !fresh.isEmpty else { return .none }
        return fresh.allSatisfy { $0.decision.source.number != nil && numbers[$0.uuid] == $0.decision.source.number } ? .kept : .renumbered
    }

    /// The `shortid-ADR` events handing out every number from the counter up to the highest new
    /// one; a number the source skipped goes to an id no entity has, so it stays unused.
    private func allocations(_ fresh: [Item], numbers: [String: Int]) -> StreamAppend? {
        guard let highest = numbers.values.max(), highest > counter else { return nil }
        var owners: [Int: String] = [:]
        for item in fresh { if let number = numbers[item.uuid], number > counter { owners[number] = item.uuid } }
        let events = (counter + 1...highest).map { number in
            let owner = owners[number] ?? ImportID.uuid("unused-number", String(number), fresh.map(\.identity).joined())
            return ShortIDAllocated(kind: .decision, number: number, entityID: owner).newEvent()
        }
        return StreamAppend(streamID: EntityKind.decision.counterStream, expected: .exact(counter), events: events)
    }

    /// The claims of numbers the counter passed over (`0`, slots reserved for no entity), guarded
    /// by the claims stream's version so two imports cannot claim the same number.
    private func claims(_ claimed: [Int: String]) -> StreamAppend? {
        guard !claimed.isEmpty else { return nil }
        let events = claimed.sorted { $0.key < $1.key }.map { number, uuid in
            ShortIDAllocated(kind: .decision, number: number, entityID: uuid).newEvent()
        }
        return StreamAppend(streamID: EntityKind.decision.claimStream, expected: .exact(store.claimVersion), events: events)
    }
}
