import Foundation
import StrataProfile

/// `WorkloadProfile.parse`: every input is a profile or one clear ``ProfileError``, and an
/// accepted profile survives its own canonical JSON unchanged.
struct ProfileTarget: FuzzTarget {
    let name = "profile"

    static let keys = [
        "name", "context", "description", "accessPatterns", "structure", "consistency", "dataSizeGB",
        "projectedDataSizeGB", "readsPerSecond", "writesPerSecond", "concurrentWriters", "latencyP99Ms", "ephemeral",
        "deployment", "offline", "multiRegionWrites", "multiTenant", "tenantCount", "networkFilesystem", "vectorCount",
        "vectorDimensions", "traversalDepth", "maxRecordSizeMB", "unboundedGrowth", "auditTrail", "retention", "stage",
        "figures", "relationships", "databasePerTenant", "complexPermissions", "readModels", "dataResidency",
        "existingStores", "teamExpertise", "operations", "budget", "needs", "accesspatterns", "Name",
    ]
    static let words = [
        "key-lookup", "document", "relational", "range-scan", "aggregation", "full-text", "vector-similarity",
        "graph-traversal", "time-series", "event-stream", "queue", "pub-sub", "cache", "session", "rate-limit",
        "leaderboard", "geo", "strong", "eventual", "prototype", "internal-tool", "production", "postgresql", "sqlite",
        "redis", "mongodb", "cassandra", "x", "",
    ]

    var seeds: [Data] {
        [
            #"{"name":"checkout-sessions","accessPatterns":["session","key-lookup"],"ephemeral":true,"latencyP99Ms":5,"readsPerSecond":20000}"#,
            #"{"name":"catalog","context":"shop","accessPatterns":["document","full-text"],"dataSizeGB":120.5,"stage":"production","existingStores":["postgresql"]}"#,
            #"{"name":"ledger","accessPatterns":["relational"],"consistency":"strong","auditTrail":true,"concurrentWriters":12,"needs":[]}"#,
            #"{"name":"metrics","accessPatterns":["time-series","aggregation"],"writesPerSecond":1e5,"retention":"x"}"#,
            #"{"name":"v","accessPatterns":["vector-similarity"],"vectorCount":1000000,"vectorDimensions":1536}"#,
            #"{"name":"a","accessPatterns":["cache"],"vectorCount":1e30}"#, #"[]"#, #""x""#, "", "{", "{\"name\":\"\u{0}\"}",
        ].map { Data($0.utf8) }
    }

    var dictionary: [Data] {
        (Self.keys.map { "\"\($0)\":" } + Self.words.map { "\"\($0)\"" }
         + ["{", "}", "[", "]", ",", ":", "true", "false", "null", "-0", "1e999", "0.0000001", "\\u0000", "\\ud800",
            "\"\\\"", "\u{FEFF}", " ", "\n", "9223372036854775808", "-1", "1.5", "[[[[[[[[", "]]]]]]]]"])
            .map { Data($0.utf8) }
    }

    func execute(_ input: Data) -> Verdict {
        do {
            let profile = try WorkloadProfile.parse(input)
            let canonical = profile.canonicalJSON()
            guard let again = try? WorkloadProfile.parse(canonical), again == profile, again.canonicalJSON() == canonical else {
                return .failure("an accepted profile does not survive its canonical JSON: \(canonical.prefix(300))")
            }
            return .accepted(signature: "ok")
        } catch {
            let message = error.description
            guard message.isClearErrorMessage, message.hasPrefix("Workload profile"), message.contains("expected") else {
                return .failure("unclear rejection: \(message.prefix(300))")
            }
            return .rejected(signature: "\(error.code)|\(error.path ?? "")")
        }
    }

    func structuredMutation(_ input: Data, using generator: inout SplitMix) -> Data? {
        JSONMutation.mutate(input, keys: Self.keys, words: Self.words, using: &generator)
    }
}
