/// The part of the guide a rule comes from, numbered like RULES.md.
public enum RuleSection: String, CaseIterable, Sendable, Codable {
    case documentDatabases = "1.1 Document databases"
    case vectorDatabases = "1.2 Vector databases"
    case keyValue = "1.3 Key-value and caching"
    case edgeAndEmbedded = "1.4 Edge and embedded databases"
    case timeSeries = "1.5 Time-series databases"
    case eventStreaming = "1.6 Event streaming"
    case graphDatabases = "1.7 Graph databases"
    case sqlDatabases = "1.8 SQL databases"
    case fourVs = "2 The Four V's"
    case polyglotPairings = "3.1 Polyglot pairings"
    case addingDatabases = "3.2 When to add another database"
    case cqrs = "4 CQRS and event sourcing"
    case poolingReplicationSharding = "5 Pooling, replication, sharding"
    case scalingProgression = "6 Scaling progression"
    case serverless = "7 Serverless databases"
    case edgePatterns = "8 Edge patterns"
    case workingPatterns = "9 Working patterns"
    case avoid = "10 What to avoid"
    case strataAdditions = "11 Strata additions"

    /// The section number alone ("1.1", "11").
    public var number: String {
        String(rawValue.prefix { $0 != " " })
    }

    /// The section title without its number.
    public var title: String {
        String(rawValue.drop { $0 != " " }.dropFirst())
    }
}
