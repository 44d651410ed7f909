import Foundation
import StrataProfile
import Testing

/// Issue 16, the open vocabulary: a wider catalogue than the profile schema,
/// names read as people write them, and a suggestion for a typo.
struct TechnologyNameTests {
    @Test("The catalogue records the stores the issue names, each with its category")
    func catalogueHasTheCommonStores() {
        let expected: [String: StoreCategory] = [
            "clickhouse": .analytical, "snowflake": .analytical, "redshift": .analytical, "dynamodb": .keyValue,
            "opensearch": .search, "sqlserver": .relational, "oracle": .relational, "rabbitmq": .eventStreaming,
            "s3": .analytical, "memcached": .keyValue,
        ]
        for (id, category) in expected {
            #expect(Technology(rawValue: id)?.category == category, "\(id)")
        }
    }

    @Test("Profiles keep the schema's vocabulary: additions are recordable but not profile ids")
    func profilesStayWithinTheSchema() throws {
        #expect(Technology.schemaCases.count == 29)
        #expect(!Technology.clickhouse.isInSchema && Technology.postgresql.isInSchema)
        #expect(throws: (any Error).self) {
            try WorkloadProfile.parse(#"{"name": "w", "accessPatterns": ["aggregation"], "existingStores": ["clickhouse"]}"#)
        }
    }

    @Test("Names ignore case and accept aliases: postgres, pg, elastic, D1")
    func namesAndAliases() {
        #expect(Technology(name: "PostgreSQL") == .postgresql)
        #expect(Technology(name: "postgres") == .postgresql)
        #expect(Technology(name: "pg") == .postgresql)
        #expect(Technology(name: "elastic") == .elasticsearch)
        #expect(Technology(name: "Cloudflare D1") == .cloudflareD1)
        #expect(Technology(name: "SQL Server") == .sqlserver)
        #expect(Technology(name: "nosuchdb") == nil)
    }

    @Test("A typo is answered with the nearest ids")
    func typoGetsASuggestion() {
        #expect(throws: UnknownTechnology.self) { try Technology.parse("postgress") }
        do {
            _ = try Technology.parse("postgress")
        } catch {
            #expect(error.suggestions == ["postgresql"])
        }
        do {
            _ = try Technology.parse("clickhose")
        } catch {
            #expect(error.suggestions.first == "clickhouse")
            #expect(error.description == "technology 'clickhose' is not known; did you mean clickhouse?")
        }
    }

    @Test("JSON reads aliases but writes ids, so stored events stay canonical and old ones decode")
    func jsonIsLenientInCanonicalOut() throws {
        let decoded = try JSONDecoder().decode([Technology].self, from: Data(#"["Postgres", "redis", "cloudflare-d1"]"#.utf8))
        #expect(decoded == [.postgresql, .redis, .cloudflareD1])
        let encoded = String(decoding: try JSONEncoder().encode(decoded), as: UTF8.self)
        #expect(encoded == #"["postgresql","redis","cloudflare-d1"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Technology].self, from: Data(#"["postgress"]"#.utf8)) }
    }
}
