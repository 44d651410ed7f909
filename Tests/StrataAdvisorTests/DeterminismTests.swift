import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// Same input, same output: byte-identical JSON, independent of the order
/// in which lists inside the profile or the context are written.
struct DeterminismTests {
    @Test("Advising twice gives byte-identical JSON")
    func repeatable() {
        for profile in ProfileCorpus.all {
            #expect(Advisor.advise(profile).jsonString() == Advisor.advise(profile).jsonString(), "\(profile.name)")
        }
    }

    @Test("Reordering list fields and JSON keys does not change the advice")
    func orderIndependent() throws {
        for profile in ProfileCorpus.all {
            var shuffled = profile
            shuffled.accessPatterns.reverse()
            shuffled.existingStores?.reverse()
            shuffled.teamExpertise?.reverse()
            shuffled.needs?.reverse()
            let original = Advisor.advise(profile)
            #expect(Advisor.advise(shuffled).jsonString() == original.jsonString(), "\(profile.name)")
        }
        let forward = try WorkloadProfile.parse(#"{"name": "n", "accessPatterns": ["document"], "dataSizeGB": 3}"#)
        let backward = try WorkloadProfile.parse(#"{"dataSizeGB": 3, "accessPatterns": ["document"], "name": "n"}"#)
        #expect(Advisor.advise(forward).jsonString() == Advisor.advise(backward).jsonString())
    }

    @Test("Context technologies are merged with existingStores, whichever side lists them")
    func contextMerges() throws {
        let listed = try WorkloadProfile.parse(#"{"name": "c", "accessPatterns": ["cache"], "existingStores": ["postgresql"]}"#)
        let bare = try WorkloadProfile.parse(#"{"name": "c", "accessPatterns": ["cache"]}"#)
        let fromContext = Advisor.advise(bare, context: AdvisoryContext(existingTechnologies: [.postgresql]))
        #expect(fromContext.jsonString() == Advisor.advise(listed).jsonString())
        #expect(fromContext.warningCodes == [.prematurePolyglot])
    }
}
