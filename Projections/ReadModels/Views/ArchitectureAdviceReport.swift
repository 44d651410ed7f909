import Strata
import StrataAdvisor
import StrataProfile

/// `strata advise` without a workload: the advisor's review of the whole architecture at one
/// moment. For each workload, whether its store is among the advisor's top choices; for each
/// store, the scaling steps its latest measurements call for; and the anti-patterns that hold.
public struct ArchitectureAdviceReport: Codable, Sendable, Equatable {
    public struct WorkloadFit: Codable, Sendable, Equatable {
        public var workload: String
        public var name: String
        public var context: String
        public var servedBy: [String]
        /// The advisor's top three technologies for the workload, given its context's stores.
        public var topChoices: [Technology]
        /// Whether every store holding its data (caches aside) is the top choice or scores
        /// within ``RuleCatalogue/fitMargin`` of it (STRATA-FIT-03); false when unserved.
        public var fits: Bool
    }

    public struct ScalingDue: Codable, Sendable, Equatable {
        public var store: String
        public var technology: Technology
        public var step: ScalingAction
        public var addresses: BottleneckKind
        public var rule: String
        public var text: String
    }

    public var position: Int64
    public var workloads: [WorkloadFit]
    public var scaling: [ScalingDue]
    public var findings: [AuditReport.Finding]

    public static func build(_ view: ReadModelView) throws -> ArchitectureAdviceReport {
        let reader = view.reader
        let stores = try reader.stores().filter(\.isActive)
        let contexts = Dictionary(uniqueKeysWithValues: try reader.contexts().map { ($0.id, $0.shortID) })
        let serving = try reader.serving()
        let workloads = try reader.workloads().filter { $0.status == "active" }
        let situations = try advisoryContexts(for: workloads, view)
        var memo = AdviceMemo()
        let fits = workloads.compactMap { workload -> WorkloadFit? in
            guard let profile = try? WorkloadProfile.parse(workload.profile) else { return nil }
            let servedBy = stores.filter { serving[$0.id]?.contains(workload.id) == true }
            let advice = memo.advise(profile, context: situations[workload.id] ?? AdvisoryContext())
            return WorkloadFit(
                workload: workload.shortID, name: workload.name, context: contexts[workload.contextID] ?? workload.contextID,
                servedBy: servedBy.map { "\($0.shortID) \($0.technology)" },
                topChoices: advice.recommendations.prefix(3).map(\.technology), fits: Self.fits(servedBy, advice))
        }
        let scaling = try scalingSteps(view)
        return ArchitectureAdviceReport(
            position: view.position, workloads: fits, scaling: scaling, findings: try AuditReport.build(view).findings)
    }

    /// STRATA-FIT-03: the stores holding the data (a cache is a scaling step, never the fit)
    /// each score within the margin of the top choice.
    static func fits(_ servedBy: [StoreRow], _ advice: Advice) -> Bool {
        let holders = servedBy.filter { $0.role != StoreRole.cache.rawValue }
        guard let best = advice.recommendations.first?.score, !holders.isEmpty else { return false }
        return holders.allSatisfy { store in
            advice.recommendations.contains { $0.technology.rawValue == store.technology.lowercased() && $0.score >= best - RuleCatalogue.fitMargin - 1e-9 }
        }
    }

    /// What the architecture knows about `workload` for the advisor: its context's stores, its
    /// latest bottlenecks, how the stores serving it are scaled and how its metrics moved.
    public static func advisoryContext(for workload: WorkloadRow, _ view: ReadModelView) throws -> AdvisoryContext {
        try advisoryContexts(for: [workload], view)[workload.id] ?? AdvisoryContext()
    }

    /// ``advisoryContext(for:_:)`` for many workloads, keyed by workload UUID, reading the
    /// stores, what they serve and the workloads' measurements once for all of them.
    public static func advisoryContexts(for workloads: [WorkloadRow], _ view: ReadModelView) throws -> [String: AdvisoryContext] {
        let reader = view.reader
        let stores = try reader.stores().filter(\.isActive)
        let serving = try reader.serving()
        // Figures observed before a workload came onto its stores were taken on the stores it left.
        let since = try reader.servingSince()
        var contexts: [String: AdvisoryContext] = [:]
        for workload in workloads {
            let running = stores.filter { $0.contextID == workload.contextID }.compactMap { StoreTechnology(stored: $0.technology, category: $0.category) }
            let servedBy = stores.filter { serving[$0.id]?.contains(workload.id) == true }
            let holders = servedBy.filter { $0.role != StoreRole.cache.rawValue }
            let topologies = holders.map { topology(of: $0, stores: stores, serving: serving) }
            let merged = topologies.isEmpty ? nil : StoreTopology(
                scaledVertically: topologies.contains(where: \.scaledVertically), readReplicas: topologies.map(\.readReplicas).max() ?? 0,
                cacheInFront: topologies.contains(where: \.cacheInFront) || servedBy.count > holders.count,
                cqrsReadModels: topologies.contains(where: \.cqrsReadModels), sharded: topologies.contains(where: \.sharded))
            let holderIDs = holders.map(\.id)
            let about = try takenEndFigures(of: workload.id, on: holderIDs, since: since, reader)
            contexts[workload.id] = AdvisoryContext(
                existingTechnologies: Set(running.compactMap(\.catalogueEntry)).sorted { $0.rawValue < $1.rawValue },
                measuredBottlenecks: latestBottlenecks(about), topology: merged, trends: trends(about),
                otherTechnologies: running.filter { $0.catalogueEntry == nil })
        }
        return contexts
    }

    /// The ends of each metric's series about `workload` among the figures taken on any of
    /// `holders` (``ServingSince``): what ``trends(_:)`` and ``latestBottlenecks(_:)`` read.
    ///
    /// A workload's figure is taken on a holder serving it from the holder's cut on, so the
    /// figures taken on any holder are those from the earliest cut of a holder serving it.
    static func takenEndFigures(of workload: String, on holders: [String], since: ServingSince, _ reader: ReadModelReader) throws -> [MeasurementRow] {
        guard !holders.isEmpty else { return try reader.endFigures(about: workload, from: nil) }
        let serving = holders.filter { since.serving[$0]?.contains(workload) == true }
        guard !serving.isEmpty else { return [] }
        let cuts = serving.map { since.floors[$0]?[workload] }
        return try reader.endFigures(about: workload, from: cuts.contains { $0 == nil } ? nil : cuts.compactMap { $0 }.min())
    }

    /// First and latest standing figure of each metric, in metric order.
    public static func trends(_ rows: [MeasurementRow]) -> [MeasurementTrend] {
        let standing = rows.filter { $0.retraction == nil }.sorted { ($0.observedAt, $0.shortID) < ($1.observedAt, $1.shortID) }
        let metrics = Set(standing.map(\.metric)).sorted()
        return metrics.compactMap { metric in
            let figures = standing.filter { $0.metric == metric }
            guard let first = figures.first, let latest = figures.last else { return nil }
            return MeasurementTrend(metric: metric, unit: latest.unit, first: first.value, latest: latest.value, target: latest.target)
        }
    }

    /// How `store` is scaled: its recorded topology, plus a cache store serving its workloads.
    static func topology(of store: StoreRow, stores: [StoreRow], serving: [String: [String]]) -> StoreTopology {
        let cacheServes = stores.contains { other in
            other.role == "cache" && other.id != store.id && !(serving[other.id] ?? []).filter { serving[store.id]?.contains($0) == true }.isEmpty
        }
        return StoreTopology(
            scaledVertically: store.topology.scaledUpTo != nil, readReplicas: store.topology.readReplicas,
            cacheInFront: store.topology.cacheInFront || cacheServes,
            cqrsReadModels: !store.topology.readModels.isEmpty, sharded: store.topology.sharding != nil)
    }

    /// The scaling steps the latest measurements call for, for every active store or those `include` keeps.
    public static func scalingSteps(_ view: ReadModelView, include: (StoreRow) -> Bool = { _ in true }) throws -> [ScalingDue] {
        let reader = view.reader
        let stores = try reader.stores().filter(\.isActive)
        let serving = try reader.serving()
        let chosen = stores.filter(include)
        let since = try reader.servingSince()
        return try chosen.flatMap { store -> [ScalingDue] in
            guard let technology = Technology(rawValue: store.technology) else { return [] }
            // A cache is itself a scaling step: the workloads behind it count against their primary store.
            let subjects = Set([store.id] + (store.role == "cache" ? [] : serving[store.id] ?? []))
            // Only figures taken on this store: a workload's figures from before it moved here describe its old store.
            let taken = try reader.latestMeasurements(about: subjects, takenOn: store.id, since)
            let bottlenecks = Self.latestBottlenecks(taken)
            let topology = topology(of: store, stores: stores, serving: serving)
            return ScalingAdvisor.nextSteps(for: technology, topology: topology, bottlenecks: bottlenecks).map {
                ScalingDue(store: store.shortID, technology: technology, step: $0.action, addresses: $0.addresses,
                           rule: $0.rule, text: $0.text)
            }
        }
    }

    /// The latest standing figure of each metric per subject, as evidence; an older breach that a
    /// newer figure no longer shows is settled.
    public static func latestBottlenecks(_ rows: [MeasurementRow]) -> [MeasuredBottleneck] {
        var latest: [String: MeasurementRow] = [:]
        for row in rows where row.retraction == nil {
            let key = row.subjectID + "|" + row.metric
            if let seen = latest[key], seen.observedAt > row.observedAt { continue }
            latest[key] = row
        }
        return latest.values.filter(\.isBottleneck).sorted { $0.shortID < $1.shortID }.map(\.measuredBottleneck)
    }
}
