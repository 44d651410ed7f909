import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// The advice contract holds for every profile, not just the examples.
struct ContractShapeTests {
    static let singleProfileCodes: Set<WarningCode> = [
        .sqliteWriteConcurrency, .sqliteNetworkFilesystem, .sqliteDatasetSize,
        .documentSizeLimit, .pgvectorScale, .prematurePolyglot,
    ]
    static let catalogueIDs = Set(RuleCatalogue.all.map(\.id))

    @Test("Between one and ten recommendations, scores in [0, 1] and non-increasing")
    func recommendationsAreWellFormed() {
        for profile in ProfileCorpus.all {
            let advice = Advisor.advise(profile)
            #expect((1...10).contains(advice.recommendations.count), "\(profile.name): \(advice.recommendations.count)")
            let scores = advice.recommendations.map(\.score)
            #expect(scores.allSatisfy { (0...1).contains($0) }, "\(profile.name): \(scores)")
            #expect(zip(scores, scores.dropFirst()).allSatisfy { $0 >= $1 }, "\(profile.name): \(scores)")
            #expect(Set(advice.recommendations.map(\.technology)).count == scores.count, "\(profile.name): duplicate technology")
        }
    }

    @Test("Categories follow the fixed table, every listed id has a reason, every cited rule exists")
    func notesAndCategories() {
        for profile in ProfileCorpus.all {
            let advice = Advisor.advise(profile)
            for entry in advice.recommendations {
                #expect(entry.category == entry.technology.category)
                #expect(!entry.reasons.isEmpty, "\(profile.name): \(entry.technology.rawValue) listed without a reason")
                let cited = (entry.reasons + entry.cautions).map(\.rule)
                #expect(cited.allSatisfy(Self.catalogueIDs.contains), "\(profile.name): \(cited)")
            }
            #expect(advice.warnings.allSatisfy { Self.catalogueIDs.contains($0.rule) })
            #expect(advice.scaling.allSatisfy { Self.catalogueIDs.contains($0.rule) })
            #expect(advice.firedRules.allSatisfy(Self.catalogueIDs.contains))
        }
    }

    @Test("A single profile raises only the six single-workload codes; scaling is in progression order")
    func warningsAndScaling() {
        for profile in ProfileCorpus.all {
            let advice = Advisor.advise(profile)
            #expect(Set(advice.warningCodes).isSubset(of: Self.singleProfileCodes), "\(profile.name)")
            let steps = advice.scaling.map(\.step)
            #expect(steps == steps.sorted() && Set(steps).count == steps.count, "\(profile.name): \(steps)")
            #expect(advice.assumptions.allSatisfy { !$0.isEmpty && !$0.contains("\n") })
        }
    }

    @Test("The JSON has exactly the contract's keys at every level")
    func jsonKeys() throws {
        for profile in ProfileCorpus.examples + ProfileCorpus.tables {
            let json = Advisor.advise(profile).jsonString(pretty: false)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            // The contract's keys, plus the versioned `design` addition (extra keys are free).
            #expect(Set(object.keys) == ["workload", "recommendations", "warnings", "assumptions", "scaling", "design"])
            let design = try #require(object["design"] as? [String: Any])
            #expect(design["version"] as? Int == 1)
            for part in ["schema", "migration", "operations", "sizing"] {
                for note in try #require(design[part] as? [[String: Any]]) {
                    #expect(Set(note.keys) == ["rule", "text"] && Self.catalogueIDs.contains(note["rule"] as? String ?? ""))
                }
            }
            #expect(object["workload"] as? String == profile.name)
            for entry in try #require(object["recommendations"] as? [[String: Any]]) {
                #expect(Set(entry.keys) == ["technology", "category", "score", "reasons", "cautions"])
                #expect(Technology(rawValue: entry["technology"] as? String ?? "") != nil)
                #expect(StoreCategory(rawValue: entry["category"] as? String ?? "") != nil)
                for note in (entry["reasons"] as? [[String: Any]] ?? []) + (entry["cautions"] as? [[String: Any]] ?? []) {
                    #expect(Set(note.keys) == ["rule", "text"])
                }
            }
            for warning in try #require(object["warnings"] as? [[String: Any]]) {
                #expect(Set(warning.keys) == ["code", "rule", "text"])
            }
            for step in try #require(object["scaling"] as? [[String: Any]]) {
                #expect(Set(step.keys) == ["step", "rule", "text"])
                #expect(ScalingStep(rawValue: step["step"] as? String ?? "") != nil)
            }
        }
    }

    @Test("Advice JSON decodes back to equal advice (apart from the unencoded fired-rule list)")
    func jsonRoundTrip() throws {
        for profile in ProfileCorpus.examples {
            var advice = Advisor.advise(profile)
            let decoded = try JSONDecoder().decode(Advice.self, from: Data(advice.jsonString().utf8))
            advice.firedRules = []
            #expect(decoded == advice)
        }
    }
}
