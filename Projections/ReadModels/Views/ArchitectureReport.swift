import Strata
import StrataProfile

/// The architecture at one moment: contexts, the stores each runs, the workloads they serve,
/// and the accepted decisions that put every store and every topology change there.
///
/// `strata arch --json` prints it; its keys follow ADVICE-CONTRACT.md's read-side minimum.
public struct ArchitectureReport: Codable, Sendable, Equatable {
    public struct WorkloadRef: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
    }

    public struct Change: Codable, Sendable, Equatable {
        public var change: StoreChangeKind
        public var detail: String
        public var decision: String
        public var effectiveAt: String
    }

    public struct Topology: Codable, Sendable, Equatable {
        public var readReplicas: Int
        public var cacheInFront: Bool
        public var readModels: [String]
        public var sharding: ShardStrategy?
        public var shardKey: String?
        public var scaledUpTo: String?

        /// The report's shape of a store's folded topology, for every view that shows one.
        public init(_ state: StoreTopologyState) {
            readReplicas = state.readReplicas; cacheInFront = state.cacheInFront; readModels = state.readModels
            sharding = state.sharding; shardKey = state.shardKey; scaledUpTo = state.scaledUpTo
        }
    }

    public struct Store: Codable, Sendable, Equatable {
        public var id: String
        public var uuid: String
        public var name: String
        /// A catalogue id, or `other:NAME` for a technology outside the catalogue.
        public var technology: String
        public var category: StoreCategory
        public var role: StoreRole
        public var status: LifecycleStatus
        public var topology: Topology
        public var workloads: [WorkloadRef]
        public var adoptedBy: String
        public var adoptedAt: String
        public var changes: [Change]
    }

    public struct Context: Codable, Sendable, Equatable {
        public var id: String
        public var name: String
        public var description: String
        public var status: LifecycleStatus
        public var stores: [Store]
        /// Active workloads of the context, served or not.
        public var workloads: [WorkloadRef]
    }

    public var position: Int64
    public var asOf: String?
    public var validAt: String?
    public var contexts: [Context]

    /// Builds the report from `view`; retired stores are left out unless `includeRetired`.
    public static func build(_ view: ReadModelView, includeRetired: Bool = false) throws -> ArchitectureReport {
        let reader = view.reader
        let workloads = Dictionary(uniqueKeysWithValues: try reader.workloads().map { ($0.id, $0) })
        let serving = try reader.serving()
        let changeRows = try reader.storeChanges()
        let changes = Dictionary(grouping: changeRows, by: \.storeID)
        let stores = try reader.stores().filter { includeRetired || $0.isActive }
        let decisions = try reader.decisionShortIDs(Set(stores.map(\.adoptedBy) + changeRows.map(\.decisionID)))
        let contexts = try reader.contexts().filter { context in
            includeRetired || context.status == "active" || stores.contains { $0.contextID == context.id }
        }
        func ref(_ id: String) -> WorkloadRef? { workloads[id].map { WorkloadRef(id: $0.shortID, name: $0.name) } }
        func store(_ row: StoreRow) throws -> Store {
            Store(
                id: row.shortID, uuid: row.id, name: row.name,
                technology: try StoredValue.technology(row.technology, category: row.category, column: "rm_stores.technology").id,
                category: try StoredValue.decode(row.category, as: StoreCategory.self, column: "rm_stores.category"),
                role: try StoredValue.decode(row.role, as: StoreRole.self, column: "rm_stores.role"),
                status: try StoredValue.decode(row.status, as: LifecycleStatus.self, column: "rm_stores.status"),
                topology: Topology(row.topology),
                workloads: (serving[row.id] ?? []).compactMap(ref),
                adoptedBy: decisions[row.adoptedBy] ?? row.adoptedBy, adoptedAt: row.adoptedAt.iso8601,
                changes: try (changes[row.id] ?? []).map { change in
                    Change(
                        change: try StoredValue.decode(change.change, as: StoreChangeKind.self, column: "rm_store_changes.change"),
                        detail: workloads[change.detail]?.shortID ?? change.detail,
                        decision: decisions[change.decisionID] ?? change.decisionID, effectiveAt: change.effectiveAt.iso8601)
                })
        }
        func context(_ row: ContextRow) throws -> Context {
            Context(
                id: row.shortID, name: row.name, description: row.description,
                status: try StoredValue.decode(row.status, as: LifecycleStatus.self, column: "rm_contexts.status"),
                stores: try stores.filter { $0.contextID == row.id }.map(store),
                workloads: workloads.values.filter { $0.contextID == row.id && $0.status == "active" }
                    .sorted { Self.inNumberOrder($0.shortID, $1.shortID) }
                    .map { WorkloadRef(id: $0.shortID, name: $0.name) })
        }
        return ArchitectureReport(
            position: view.position, asOf: view.moment.asOf.map(MomentText.describe), validAt: view.moment.validAt?.iso8601,
            contexts: try contexts.map(context))
    }
}

/// How a moment is written back in reports.
public enum MomentText {
    public static func describe(_ cut: TimeCut) -> String {
        switch cut {
        case .position(let position): "@\(position)"
        case .instant(let instant): instant.iso8601
        }
    }
}

extension ArchitectureReport {
    /// `W-2` before `W-10`: the number after the last dash compared as a number. A locale's
    /// natural-order comparison gives the same order for short ids at many times the cost, and
    /// a valid-time sweep builds this report hundreds of times.
    static func inNumberOrder(_ a: String, _ b: String) -> Bool {
        func split(_ id: String) -> (prefix: Substring, number: Int?) {
            guard let dash = id.lastIndex(of: "-") else { return (id[...], nil) }
            return (id[..<dash], Int(id[id.index(after: dash)...]))
        }
        let (left, right) = (split(a), split(b))
        if left.prefix != right.prefix { return left.prefix < right.prefix }
        if let x = left.number, let y = right.number, x != y { return x < y }
        return a < b
    }
}
