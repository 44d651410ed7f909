import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Issue 16: a store outside the catalogue (`other:NAME`) counts as a running store of its
/// category, in the advisor and in the review.
struct OtherTechnologyTests {
    let foundation = StoreTechnology.other(name: "FoundationDB", category: .keyValue)

    @Test("ADD-01, ADD-03, AVOID-05: a running other: key-value store covers sessions; the advisor still names schema ids only")
    func advisorCountsItAsRunning() {
        let fields = #""accessPatterns": ["session"]"#
        let alone = FiringCase.advise(fields)
        let running = FiringCase.advise(fields, context: AdvisoryContext(otherTechnologies: [foundation]))
        #expect(running.assumptions.contains { $0.contains("FoundationDB (key-value, outside the catalogue)") }, "\(running.assumptions)")
        #expect(!running.firedRules.contains("ADD-03") && running.firedRules.contains("AVOID-05"), "\(running.firedRules)")
        #expect(!alone.firedRules.contains("AVOID-05"), "nothing runs, so nothing is one more database")
        #expect(running.recommendations.allSatisfy { $0.technology.isInSchema })
    }

    @Test("ADD-03: a pattern its category does not serve still justifies a new store")
    func otherCategoryLeavesGaps() {
        let advice = FiringCase.advise(#""accessPatterns": ["full-text"]"#, context: AdvisoryContext(otherTechnologies: [foundation]))
        let justified = advice.recommendations.first?.reasons.first { $0.rule == "ADD-03" }?.text ?? ""
        #expect(justified.contains("no existing store serves full-text access"), "\(advice.recommendations.first?.reasons ?? [])")
    }

    @Test("ADD-02 in the review: an other: store is judged by its category, against the others")
    func reviewJudgesByCategory() {
        let postgres = ReviewedStore(name: "S-1 main", technology: .postgresql, isFirst: true)
        let relational = ReviewedStore(
            name: "S-2 orders", technology: .other(name: "YugabyteDB", category: .relational),
            justifications: [JustificationEvidence(text: "transactions", basis: .capability(.relational), claimsPerformance: false)])
        let graph = ReviewedStore(
            name: "S-3 social", technology: .other(name: "Dgraph", category: .graph),
            justifications: [JustificationEvidence(text: "traversal", basis: .capability(.graphTraversal), claimsPerformance: false)])
        #expect(ArchitectureReview.verdict(for: relational, among: [postgres, graph]) == .speculative)
        #expect(ArchitectureReview.verdict(for: graph, among: [postgres, relational]) == .justified)
        let findings = ArchitectureReview.review([postgres, relational, graph])
        #expect(findings.contains { $0.code == .prematurePolyglot && $0.text.contains("S-2 orders (YugabyteDB)") }, "\(findings)")
        #expect(!findings.contains { $0.store == "S-3 social" })
    }
}
