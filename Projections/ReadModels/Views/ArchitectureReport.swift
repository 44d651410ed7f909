import Strata

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
        /// `adopted`, `topology`, `retired`, `workload-moved-in`, `workload-moved-out`.
        public var change: String
        public var detail: String
        public var decision: String
        public var effectiveAt: String
    }

    public struct Topology: Codable, Sendable, Equatable {
        public var readReplicas: Int
        public var cacheInFront: Bool
        public var readModels: [String]
        public var sharding: String?
        public var shardKey: String?
        public var scaledUpTo: String?

        /// The report's shape of a store's folded topology, for every view that shows one.
        public init(_ state: StoreTopologyState) {
            readReplicas = state.readReplicas; cacheInFront = state.cacheInFront; readModels = state.readModels
            sharding = state.sharding?.rawValue; shardKey = state.shardKey; scaledUpTo = state.scaledUpTo
        }
    }

    public struct Store: Codable, Sendable, Equatable {
        public var id: String
        public var uuid: String
        public var name: String
        public var technology: String
        public var category: String
        public var role: String
        public var status: String
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
        public var status: String
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
        let decisions = Dictionary(uniqueKeysWithValues: try reader.decisions().map { ($0.id, $0.shortID) })
        let serving = try reader.serving()
        let changes = Dictionary(grouping: try reader.storeChanges(), by: \.storeID)
        let stores = try reader.stores().filter { includeRetired || $0.isActive }
        let contexts = try reader.contexts().filter { context in
            includeRetired || context.status == "active" || stores.contains { $0.contextID == context.id }
        }
        func ref(_ id: String) -> WorkloadRef? { workloads[id].map { WorkloadRef(id: $0.shortID, name: $0.name) } }
        return ArchitectureReport(
            position: view.position, asOf: view.moment.asOf.map(MomentText.describe), validAt: view.moment.validAt?.iso8601,
            contexts: contexts.map { context in
                Context(
                    id: context.shortID, name: context.name, description: context.description, status: context.status,
                    stores: stores.filter { $0.contextID == context.id }.map { store in
                        Store(
                            id: store.shortID, uuid: store.id, name: store.name, technology: store.technology, category: store.category,
                            role: store.role, status: store.status,
                            topology: Topology(store.topology),
                            workloads: (serving[store.id] ?? []).compactMap(ref),
                            adoptedBy: decisions[store.adoptedBy] ?? store.adoptedBy, adoptedAt: store.adoptedAt.iso8601,
                            changes: (changes[store.id] ?? []).map {
                                Change(change: $0.change, detail: workloads[$0.detail]?.shortID ?? $0.detail,
                                       decision: decisions[$0.decisionID] ?? $0.decisionID, effectiveAt: $0.effectiveAt.iso8601)
                            })
                    },
                    workloads: workloads.values.filter { $0.contextID == context.id && $0.status == "active" }
                        .sorted { $0.shortID.localizedStandardCompare($1.shortID) == .orderedAscending }
                        .map { WorkloadRef(id: $0.shortID, name: $0.name) })
            })
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
