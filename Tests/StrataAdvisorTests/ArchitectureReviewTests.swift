import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Verdicts and findings of the architecture review over plain store values.
struct ArchitectureReviewTests {
    let decided = Date(timeIntervalSince1970: 1_760_000_000)
    let postgres = ReviewedStore(name: "main-db", technology: .postgresql, isFirst: true)

    private func slowReads(observed: Date) -> MeasuredBottleneck {
        MeasuredBottleneck(kind: .readLatency, metric: "catalog.p99_ms", value: 420, target: 50, observedAt: observed)
    }

    private func cache(_ evidence: [JustificationEvidence], workloads: [WorkloadProfile] = []) -> ReviewedStore {
        ReviewedStore(name: "cache", technology: .redis, decidedAt: decided, justifications: evidence, workloads: workloads)
    }

    @Test("The first store is the baseline and needs no justification")
    func baseline() {
        #expect(ArchitectureReview.verdict(for: postgres, among: []) == .baseline)
        #expect(ArchitectureReview.review([postgres]).isEmpty)
    }

    @Test("A measurement observed before the decision justifies the store; one observed after does not")
    func measurementsMustPrecedeTheDecision() {
        let early = cache([.measured(slowReads(observed: decided.addingTimeInterval(-86_400)), "catalog reads are slow")])
        #expect(ArchitectureReview.verdict(for: early, among: [postgres]) == .justified)
        #expect(ArchitectureReview.review([postgres, early]).isEmpty)
        let late = cache([.measured(slowReads(observed: decided.addingTimeInterval(86_400)), "catalog reads are slow")])
        #expect(ArchitectureReview.verdict(for: late, among: [postgres]) == .speculative)
        #expect(ArchitectureReview.prematurePolyglot(late, among: [postgres])?.code == .prematurePolyglot)
    }

    @Test("A capability counts only when the other stores lack it")
    func capabilitiesMustBeMissingElsewhere() {
        let search = ReviewedStore(name: "search", technology: .elasticsearch, justifications: [.capability(.fullText, "product search")])
        #expect(ArchitectureReview.verdict(for: search, among: [postgres]) == .justified)
        let redundant = cache([.capability(.cache, "we need a cache")])
        #expect(ArchitectureReview.verdict(for: redundant, among: [postgres]) == .speculative)
        let leaderboard = cache([], workloads: [WorkloadProfile(name: "ranks", accessPatterns: [.leaderboard])])
        #expect(ArchitectureReview.verdict(for: leaderboard, among: [postgres]) == .justified)
    }

    @Test("No justification is unjustified; withdrawn evidence is stale")
    func unjustifiedAndStale() {
        #expect(ArchitectureReview.verdict(for: cache([]), among: [postgres]) == .unjustified)
        var retracted = JustificationEvidence.measured(slowReads(observed: decided.addingTimeInterval(-60)), "slow reads")
        retracted.withdrawn = true
        #expect(ArchitectureReview.verdict(for: cache([retracted]), among: [postgres]) == .stale)
        #expect(AuditVerdict.stale.failsAudit && !AuditVerdict.justified.failsAudit)
    }

    @Test("AVOID-03: a performance claim without a measurement is flagged; capabilities and measurements are not")
    func unmeasuredJustification() throws {
        let claim = JustificationEvidence(text: "Redis will make pricing faster", basis: .statement, claimsPerformance: true)
        let findings = ArchitectureReview.unmeasuredJustifications(cache([claim]))
        let finding = try #require(findings.first)
        #expect(findings.count == 1 && finding.code == .unmeasuredJustification && finding.rule == "AVOID-03")
        #expect(finding.text.contains("Redis will make pricing faster"))
        let measured = JustificationEvidence.measured(slowReads(observed: decided), "slow reads")
        #expect(ArchitectureReview.unmeasuredJustifications(cache([measured, .capability(.session, "sessions")])).isEmpty)
    }

    @Test("Limit warnings follow the workloads each store serves")
    func workloadLimits() throws {
        var shared = WorkloadProfile(name: "inventory", accessPatterns: [.relational])
        shared.concurrentWriters = 48
        shared.networkFilesystem = true
        let sqlite = ReviewedStore(name: "inventory-file", technology: .sqlite, workloads: [shared])
        #expect(Set(ArchitectureReview.workloadWarnings(sqlite).map(\.code)) == [.sqliteWriteConcurrency, .sqliteNetworkFilesystem])
        #expect(ArchitectureReview.workloadWarnings(ReviewedStore(name: "pg", technology: .postgresql, workloads: [shared])).isEmpty)
        var comments = WorkloadProfile(name: "comments", accessPatterns: [.document])
        comments.unboundedGrowth = true
        let mongo = ReviewedStore(name: "docs", technology: .mongodb, workloads: [comments])
        #expect(ArchitectureReview.workloadWarnings(mongo).map(\.rule) == ["SEL-DOC-04"])
        var images = WorkloadProfile(name: "images", accessPatterns: [.vectorSimilarity])
        images.vectorCount = 2_000_000_000
        let vectors = ReviewedStore(name: "vectors", technology: .pgvector, workloads: [images])
        #expect(ArchitectureReview.workloadWarnings(vectors).map(\.code) == [.pgvectorScale])
    }

    @Test("The full review collects premature sharding, polyglot and unmeasured findings per store")
    func fullReview() {
        let sharded = ReviewedStore(name: "main-db", technology: .postgresql, isFirst: true, scalingHistory: [.vertical, .sharding])
        let claim = JustificationEvidence(text: "faster", basis: .statement, claimsPerformance: true)
        let findings = ArchitectureReview.review([sharded, cache([claim])])
        #expect(findings.map(\.code) == [.prematureSharding, .prematurePolyglot, .unmeasuredJustification])
        #expect(findings.map(\.store) == ["main-db", "cache", "cache"])
    }

    @Test("ADD-04: a store serving workloads of several contexts gets a caution")
    func sharedAcrossContexts() {
        var billing = WorkloadProfile(name: "invoices", accessPatterns: [.relational])
        billing.context = "billing"
        var shipping = WorkloadProfile(name: "parcels", accessPatterns: [.relational])
        shipping.context = "shipping"
        let shared = ReviewedStore(name: "main-db", technology: .postgresql, context: "billing", workloads: [billing, shipping])
        let notes = ArchitectureReview.contextCautions(shared)
        #expect(notes.map(\.rule) == ["ADD-04"])
        #expect(notes.first?.text.contains("billing, shipping") == true)
        let owned = ReviewedStore(name: "billing-db", technology: .postgresql, context: "billing", workloads: [billing])
        #expect(ArchitectureReview.contextCautions(owned).isEmpty)
    }
}
