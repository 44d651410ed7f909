import Foundation
import StrataProfile
import Testing

/// Valid profiles parse into typed values, field for field.
struct ProfileParsingTests {
    static let everyField = #"""
        {"name": "checkout", "context": "orders", "description": "line one\nline two é",
         "accessPatterns": ["key-lookup", "relational"], "structure": "rigid", "consistency": "strong",
         "dataSizeGB": 120.5, "projectedDataSizeGB": 400, "readsPerSecond": 3000, "writesPerSecond": 0,
         "concurrentWriters": 12, "latencyP99Ms": 0.8, "ephemeral": false, "deployment": "server",
         "offline": false, "multiRegionWrites": true, "multiTenant": true, "tenantCount": 40,
         "networkFilesystem": false, "vectorCount": 2500000000, "vectorDimensions": 768,
         "traversalDepth": 0, "maxRecordSizeMB": 0.2, "unboundedGrowth": true, "auditTrail": true,
         "retention": "infinite", "stage": "internal-tool", "figures": "measured",
         "relationships": "many-to-many", "databasePerTenant": false, "complexPermissions": true,
         "readModels": 3, "dataResidency": true, "existingStores": ["postgresql", "cloudflare-d1"],
         "teamExpertise": [], "operations": "self-hosted", "budget": "premium",
         "needs": ["non-blocking-schema-changes", "ttl"]}
        """#

    @Test("A profile using every schema field parses into the matching typed values")
    func everyFieldParses() throws {
        let profile = try WorkloadProfile.parse(Self.everyField)
        #expect(profile.name == "checkout" && profile.context == "orders")
        #expect(profile.description == "line one\nline two é")
        #expect(profile.accessPatterns == [.keyLookup, .relational])
        #expect(profile.structure == .rigid && profile.consistency == .strong)
        #expect(profile.dataSizeGB == 120.5 && profile.projectedDataSizeGB == 400)
        #expect(profile.readsPerSecond == 3000 && profile.writesPerSecond == 0)
        #expect(profile.concurrentWriters == 12 && profile.latencyP99Ms == 0.8)
        #expect(profile.vectorCount == 2_500_000_000 && profile.vectorDimensions == 768 && profile.traversalDepth == 0)
        #expect(profile.retention == .infinite && profile.stage == .internalTool && profile.figures == .measured)
        #expect(profile.relationships == .manyToMany && profile.readModels == 3 && profile.dataResidency == true)
        #expect(profile.existingStores == [.postgresql, .cloudflareD1] && profile.teamExpertise == [])
        #expect(profile.operations == .selfHosted && profile.budget == .premium)
        #expect(profile.needs == [.nonBlockingSchemaChanges, .ttl])
        #expect(profile.multiRegionWrites == true && profile.ephemeral == false)
    }

    @Test("A minimal profile leaves every optional field absent")
    func minimalProfile() throws {
        let profile = try WorkloadProfile.parse("\u{FEFF} {\"accessPatterns\":[\"geo\"],\"name\":\"m\"}\n")
        #expect(profile == WorkloadProfile(name: "m", accessPatterns: [.geo]))
    }

    @Test("Escapes, including surrogate pairs, decode to the right characters")
    func escapes() throws {
        let profile = try WorkloadProfile.parse(#"{"name": "tab\tquote\"slash\/emoji\ud83d\ude80\u00e9", "accessPatterns": ["cache"]}"#)
        #expect(profile.name == "tab\tquote\"slash/emoji🚀é")
    }
}
