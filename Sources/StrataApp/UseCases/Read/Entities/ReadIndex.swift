import Foundation
import Strata
import StrataProjections

/// The read models' entities at one moment, keyed by UUID, with the lookups the list and show
/// use cases share: a reference (`C-3`, a UUID, a name where names are unique) to a row, and a
/// UUID to the short id every face prints.
struct ReadIndex {
    let reader: ReadModelReader
    let contexts: [ContextRow]
    let workloads: [WorkloadRow]
    let stores: [StoreRow]
    let decisions: [DecisionRow]
    /// Store UUID → UUIDs of the workloads it serves.
    let serving: [String: [String]]

    init(_ reader: ReadModelReader) throws {
        self.reader = reader
        contexts = try reader.contexts()
        workloads = try reader.workloads()
        stores = try reader.stores()
        decisions = try reader.decisions()
        serving = try reader.serving()
    }

    /// The short id of the entity with this UUID, or the UUID when none is known.
    func shortID(_ uuid: String) -> String {
        contexts.first { $0.id == uuid }?.shortID ?? workloads.first { $0.id == uuid }?.shortID
            ?? stores.first { $0.id == uuid }?.shortID ?? decisions.first { $0.id == uuid }?.shortID ?? uuid
    }

    /// Short ids of the stores serving workload `uuid`.
    func storesServing(_ uuid: String) -> [String] {
        stores.filter { serving[$0.id]?.contains(uuid) ?? false }.map(\.shortID)
    }

    /// Whether `reference` names a row by its UUID or its short id (any case).
    static func names(_ reference: String, id: String, shortID: String) -> Bool {
        reference == id || reference.uppercased() == shortID.uppercased()
    }

    /// The context `reference` names (C-N, UUID or name), or a not-found error listing the known ones.
    func context(_ reference: String) throws(AppError) -> ContextRow {
        let match = contexts.first { Self.names(reference, id: $0.id, shortID: $0.shortID) }
            ?? contexts.first { $0.name.lowercased() == reference.lowercased() }
        guard let match else { throw Self.notFound(.context, reference) }
        return match
    }

    func workload(_ reference: String) throws(AppError) -> WorkloadRow {
        guard let match = workloads.first(where: { Self.names(reference, id: $0.id, shortID: $0.shortID) }) else {
            throw Self.notFound(.workload, reference)
        }
        return match
    }

    func store(_ reference: String) throws(AppError) -> StoreRow {
        guard let match = stores.first(where: { Self.names(reference, id: $0.id, shortID: $0.shortID) }) else {
            throw Self.notFound(.store, reference)
        }
        return match
    }

    static func notFound(_ kind: EntityKind, _ reference: String) -> AppError {
        AppError(.notFound, "no \(kind.noun) '\(reference)'", subject: .entity(reference), remedy: .listKnown(kind))
    }

    /// Checks a `context` filter: a known C-N, UUID or name, else the known ones are listed.
    func checkContext(_ value: String?) throws(AppError) {
        try FilterValue.check(
            value, field: .context, noun: "context", known: contexts.flatMap { [$0.shortID, $0.id, $0.name] },
            listed: contexts.map { "\($0.shortID) (\($0.name))" }, suggesting: false)
    }

    /// Whether the row with `contextID` is the context a (checked) filter value names.
    func inContext(_ contextID: String, _ filter: String?) -> Bool {
        guard let filter else { return true }
        guard let context = contexts.first(where: { $0.id == contextID }) else { return false }
        return Self.names(filter, id: context.id, shortID: context.shortID) || context.name.lowercased() == filter.lowercased()
    }

    /// Checks a `status` filter for contexts, workloads and stores: `active` or `retired`.
    static func checkStatus(_ value: String?) throws(AppError) {
        try FilterValue.check(value, field: .status, noun: "status", known: ["active", "retired"])
    }
}
