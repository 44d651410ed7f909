import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Human and JSON renderings of advice and of the rule catalogue.
struct RendererTests {
    private func example(_ id: String) throws -> ExampleCase {
        try #require(AdviceExampleTests.embedded.first { $0.id == id })
    }

    @Test("Human advice names the top choice, runners-up with scores, warnings, assumptions and scaling")
    func humanAdvice() throws {
        let advice = Advisor.advise(try example("ex-15-sqlite-on-share").profile)
        let text = AdviceRenderer.human(advice, width: 80)
        #expect(text.hasPrefix("Workload: shared-inventory-file\n"))
        #expect(text.contains("Recommended: PostgreSQL (postgresql, relational, score "))
        #expect(text.contains("Runners-up:\n  2. "))
        #expect(text.contains("sqlite-write-concurrency (SEL-EMB-05)"))
        #expect(text.contains("Assumptions:"))
        #expect(text.contains("Scaling path:\n  1. vertical (SCALE-01)"))
        let second = advice.recommendations[1]
        #expect(text.contains(AdviceRendererProbe.scoreText(second.score)))
    }

    @Test("Human advice stays within the width, except for words longer than a line", arguments: [40, 60, 80, 120])
    func humanAdviceWraps(width: Int) {
        for profile in ProfileCorpus.examples {
            let text = AdviceRenderer.human(Advisor.advise(profile), width: width)
            for line in text.split(separator: "\n") where line.count > width {
                #expect(!line.trimmingCharacters(in: .whitespaces).contains(" "), "over-long line: \(line)")
            }
        }
    }

    @Test("Advice without recommendations says why instead of printing an empty list")
    func humanAdviceWithoutRecommendation() {
        let text = AdviceRenderer.human(Advisor.advise(WorkloadProfile(name: "blank", accessPatterns: [])))
        #expect(text.contains("No recommendation"))
        #expect(text.contains("No access patterns given"))
    }

    @Test("The rules table lists every id with its section and summary")
    func rulesTable() {
        let table = RuleCatalogueRenderer.table(width: 100)
        let lines = table.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID") == true)
        for rule in RuleCatalogue.all {
            #expect(lines.contains { $0.hasPrefix(rule.id + " ") && $0.contains(rule.section.number) }, "\(rule.id)")
        }
    }

    @Test("A rule's detail shows its id, section, summary and explanation")
    func ruleDetail() throws {
        let rule = try RuleCatalogue.lookup("sel-emb-06")
        let text = RuleCatalogueRenderer.detail(rule, width: 72)
        #expect(text.hasPrefix("SEL-EMB-06 — 1.4 Edge and embedded databases"))
        #expect(text.contains("network filesystem"))
        #expect(text.contains("Evaluated: for each workload profile"))
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 72 || !$0.contains(" ") })
    }

    @Test("The rules JSON holds every rule with its fields")
    func rulesJSON() throws {
        let data = Data(RuleCatalogueRenderer.json().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let rules = try #require(object["rules"] as? [[String: Any]])
        #expect(rules.count == RuleCatalogue.all.count)
        #expect(rules.map { $0["id"] as? String ?? "" } == RuleCatalogue.all.map(\.id))
        for rule in rules {
            #expect(Set(rule.keys) == ["id", "section", "sectionTitle", "summary", "explanation", "scope"])
        }
    }
}

/// How the renderer prints a score, restated for assertions.
enum AdviceRendererProbe {
    static func scoreText(_ score: Double) -> String {
        let hundredths = Int((score * 100).rounded())
        return String(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
    }
}
