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
        var existing: EntityRef?
        var name: String { decision.source.path ?? decision.key }
    }

    func plan(_ decisions: [ImportedDecision], existing: (String) throws -> EntityRef?) throws -> ImportPlan {
        var notes: [ImportNote] = []
        let items = try identify(decisions, existing: existing, notes: &notes)
        let fresh = items.filter { $0.existing == nil }
        let numbering = try ImportNumbering(store: store, maximumUnused: Self.maximumUnusedNumbers).assign(fresh)
        let numbers = numbering.numbers
        notes += numbering.notes
        var refs: [String: EntityRef] = [:]
        for item in items {
            refs[item.uuid] = item.existing ?? EntityRef(kind: .decision, id: item.uuid, number: numbers[item.uuid] ?? 0)
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
        let present = items.compactMap { item in item.existing.map { entry(item, $0) } }
        let report = DecisionImportReport(
            imported: imported, alreadyPresent: present, notes: notes, numbering: Self.numbering(fresh, numbers),
            eventCount: appends.reduce(0) { $0 + $1.events.count }, dryRun: false)
        return ImportPlan(appends: appends, report: report)
    }

    private func entry(_ item: Item, _ ref: EntityRef) -> DecisionImportReport.Entry {
        .init(key: item.decision.key, ref: ref, title: item.decision.content.title, status: item.decision.status,
              source: item.decision.source)
    }

    /// Derives each record's UUID from its fingerprint; drops untitled records and repeats.
    private func identify(
        _ decisions: [ImportedDecision], existing: (String) throws -> EntityRef?, notes: inout [ImportNote]
    ) throws -> [Item] {
        var items: [Item] = []
        var seen: [String: String] = [:]
        for decision in decisions {
            let name = decision.source.path ?? decision.key
            guard !decision.content.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                notes.append(ImportNote(path: name, message: "the record has no title; skipped. Give it a '# Title' heading"))
                continue
            }
            let identity = decision.source.fingerprint ?? Self.fingerprint(of: decision)
            let uuid = ImportID.uuid("decision", identity)
            if let first = seen[uuid] {
                notes.append(ImportNote(path: name, message: "same content as \(first); imported once"))
                continue
            }
            seen[uuid] = name
            items.append(Item(decision: decision, identity: identity, uuid: uuid, existing: try existing(uuid)))
        }
        return items
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
