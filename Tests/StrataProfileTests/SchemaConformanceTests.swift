import Foundation
import StrataProfile
import Testing

/// The Swift model matches `workload.schema.json` when the shared folder is present.
struct SchemaConformanceTests {
    static func schema() -> [String: Any]? {
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = root.appendingPathComponent("../shared/spec/workload.schema.json").standardizedFileURL
        guard let data = try? Data(contentsOf: file) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    @Test("Technology ids and every enum match the schema")
    func enumsMatch() throws {
        guard let schema = Self.schema() else { return }
        let defs = try #require(schema["$defs"] as? [String: Any])
        let technology = try #require(defs["technology"] as? [String: Any])
        #expect(technology["enum"] as? [String] == Technology.schemaCases.map(\.rawValue))
        let properties = try #require(schema["properties"] as? [String: Any])
        func values(_ name: String) -> [String]? {
            let property = properties[name] as? [String: Any]
            return (property?["enum"] ?? (property?["items"] as? [String: Any])?["enum"]) as? [String]
        }
        #expect(values("accessPatterns") == AccessPattern.allCases.map(\.rawValue))
        #expect(values("needs") == Need.allCases.map(\.rawValue))
        #expect(values("deployment") == Deployment.allCases.map(\.rawValue))
        #expect(values("structure") == Structure.allCases.map(\.rawValue))
        #expect(values("relationships") == RelationshipCardinality.allCases.map(\.rawValue))
        #expect(values("stage") == Stage.allCases.map(\.rawValue))
        #expect(values("operations") == Operations.allCases.map(\.rawValue))
    }

    @Test("Every schema property is a profile field, and required fields match")
    func propertiesMatch() throws {
        guard let schema = Self.schema() else { return }
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(schema["required"] as? [String] == ["name", "accessPatterns"])
        #expect(schema["additionalProperties"] as? Bool == false)
        var complete = try WorkloadProfile.parse(ProfileParsingTests.everyField)
        complete.teamExpertise = [.neo4j]
        let encoded = try #require(try JSONSerialization.jsonObject(with: Data(complete.canonicalJSON().utf8)) as? [String: Any])
        #expect(Set(encoded.keys) == Set(properties.keys))
    }

    @Test("Each technology reports the category fixed by the catalogue, and every category is used")
    func categories() {
        let embedded: Set<Technology> = [.sqlite, .libsql, .turso, .cloudflareD1, .indexeddb]
        #expect(Set(Technology.allCases.filter { $0.category == .embedded }) == embedded)
        #expect(Technology.pgvector.category == .vector && Technology.timescaledb.category == .timeSeries)
        #expect(Set(Technology.allCases.map(\.category)) == Set(StoreCategory.allCases))
        #expect(TechnologyGroup.serviceOnly.members.isSubset(of: TechnologyGroup.managedOfferings.members))
    }
}
