import Foundation
import StrataProfile
import Testing

/// The canonical form is stable, minimal and round-trips.
struct CanonicalJSONTests {
    @Test("Key order and spacing of the input do not change the canonical text")
    func stableAcrossInputOrder() throws {
        let first = try WorkloadProfile.parse(#"{"name": "a", "accessPatterns": ["cache"], "dataSizeGB": 2.0, "needs": ["ttl"]}"#)
        let second = try WorkloadProfile.parse(#"{ "needs":["ttl"] , "dataSizeGB":2, "accessPatterns":["cache"], "name":"a" }"#)
        #expect(first.canonicalJSON() == second.canonicalJSON())
        #expect(first.canonicalJSON() == #"{"accessPatterns":["cache"],"dataSizeGB":2,"name":"a","needs":["ttl"]}"#)
    }

    @Test("Canonical text parses back to an equal profile and is a fixed point")
    func roundTrip() throws {
        let profile = try WorkloadProfile.parse(ProfileParsingTests.everyField)
        let canonical = profile.canonicalJSON()
        let reparsed = try WorkloadProfile.parse(canonical)
        #expect(reparsed == profile)
        #expect(reparsed.canonicalJSON() == canonical)
        #expect(canonical.contains(#""description":"line one\nline two é""#))
        #expect(canonical.contains(#""vectorCount":2500000000"#))
        #expect(canonical.contains(#""dataSizeGB":120.5"#))
        #expect(!canonical.contains(" :") && !canonical.contains(", "))
    }

    @Test("Profiles built in code encode the same as parsed ones")
    func codeBuiltProfiles() throws {
        var built = WorkloadProfile(name: "x", accessPatterns: [.document])
        built.readsPerSecond = 1e20
        built.maxRecordSizeMB = 0.1
        let parsed = try WorkloadProfile.parse(built.canonicalJSON())
        #expect(parsed == built)
        #expect(built.canonicalJSON() == #"{"accessPatterns":["document"],"maxRecordSizeMB":0.1,"name":"x","readsPerSecond":1e+20}"#)
    }
}
