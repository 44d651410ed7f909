/// What the store holds in the way of decision numbers, as an import sees it.
struct StoreNumbers {
    /// The highest number the counter gave out (the `shortid-ADR` stream's version).
    var counter: Int
    /// The version of the claims stream (``EntityKind/claimStream``), for its guard.
    var claimVersion: Int
    /// The decision holding `number`, or nil when the number is free to claim: `0`, or a slot
    /// an earlier import reserved for no entity, with no claim on it.
    var holder: (Int) throws -> NumberHolder?
}

/// A decision that already holds a number an imported record asks for.
struct NumberHolder: Sendable, Equatable {
    var ref: EntityRef
    var title: String
    /// The file it was imported from, or nil for a decision recorded in Strata.
    var source: String?
}

/// Gives each new record of an import its short number: its own whenever that is free.
///
/// A team's `0018-x.md` is `ADR-18` in every conversation, commit message and link, so the
/// number is kept, `0` and gaps included. Only a record that cannot have its number gets
/// another one, after the highest: the second of two records with the same number, or one
/// whose number a decision from elsewhere already holds. Each is reported with both sides and
/// the id each got, so the team can renumber the source if it wants to.
struct ImportNumbering {
    let store: StoreNumbers
    /// Numbers above the counter are kept only if they leave at most this many unused.
    let maximumUnused: Int

    struct Result {
        /// Record UUID → its short number.
        var numbers: [String: Int] = [:]
        /// Numbers at or below the counter that the records claim: number → record UUID.
        var claimed: [Int: String] = [:]
        var notes: [ImportNote] = []
    }

    func assign(_ fresh: [ImportPlanner.Item]) throws -> Result {
        var result = Result()
        var holders: [Int: ImportPlanner.Item] = [:]
        var later: [(item: ImportPlanner.Item, reason: String?)] = []
        for item in fresh {
            guard let number = item.decision.source.number, number >= 0 else {
                later.append((item, nil))
                continue
            }
            if let first = holders[number] {
                later.append((item, "number \(number) is also \(first.name)'s, which is ADR-\(number); renumber one of them in the source"))
            } else if number > store.counter {
                guard number - store.counter <= fresh.count + maximumUnused else {
                    later.append((item, "number \(number) would leave more than \(maximumUnused) numbers unused"))
                    continue
                }
                holders[number] = item
                result.numbers[item.uuid] = number
            } else if let holder = try store.holder(number) {
                let origin = holder.source.map { "imported from \($0)" } ?? "recorded in Strata"
                later.append((item, "number \(number) is taken: \(holder.ref) is '\(holder.title)', \(origin)"))
            } else {
                holders[number] = item
                result.numbers[item.uuid] = number
                result.claimed[number] = item.uuid
            }
        }
        var next = max(store.counter, holders.keys.max() ?? 0)
        for (item, reason) in later {
            next += 1
            result.numbers[item.uuid] = next
            if let reason { result.notes.append(ImportNote(path: item.name, message: "\(reason); recorded as ADR-\(next)")) }
        }
        return result
    }
}
