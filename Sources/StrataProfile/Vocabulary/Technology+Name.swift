extension Technology {
    /// Reads a technology as people write it: the id in any case, or a
    /// common alias (`postgres`, `pg`, `elastic`, `mongo`, `d1`), with
    /// spaces, dots and underscores taken as hyphens. Returns `nil` for
    /// anything else; ``parse(_:)`` says what was meant instead.
    public init?(name: String) {
        let key = Self.normalised(name)
        guard let technology = Self.byName[key] else { return nil }
        self = technology
    }

    /// Reads a technology name or throws an error that suggests the nearest
    /// known ids, so `postgress` is answered with "did you mean postgresql?".
    public static func parse(_ name: String) throws(UnknownTechnology) -> Technology {
        if let technology = Technology(name: name) { return technology }
        let candidates = allCases.map(\.rawValue) + aliases.keys.sorted()
        let near = FieldNameSuggestion.nearest(to: normalised(name), among: candidates, limit: 3)
        let suggestions = near.compactMap { Technology(name: $0)?.rawValue }
        var unique: [String] = []
        for id in suggestions where !unique.contains(id) { unique.append(id) }
        throw UnknownTechnology(name: name, suggestions: unique)
    }

    /// The id a filter value means (`Redis`, `pg`), or the value unchanged
    /// when it names no technology, so the filter's own check can word the error.
    public static func canonicalID(_ name: String) -> String {
        Technology(name: name)?.rawValue ?? name
    }

    /// Other spellings, mapped to the id they mean.
    static let aliases: [String: Technology] = [
        "postgres": .postgresql, "pg": .postgresql, "psql": .postgresql, "pgsql": .postgresql,
        "mongo": .mongodb, "elastic": .elasticsearch, "es": .elasticsearch,
        "d1": .cloudflareD1, "cloudflare": .cloudflareD1, "influx": .influxdb, "timescale": .timescaledb,
        "neo": .neo4j, "dynamo": .dynamodb, "mssql": .sqlserver, "sql-server": .sqlserver,
        "oracle-database": .oracle, "cockroach": .cockroachdb, "scylla": .scylladb, "rabbit": .rabbitmq,
        "amazon-s3": .s3, "aws-s3": .s3, "clickhouse-cloud": .clickhouse, "big-query": .bigquery,
    ]

    private static let byName: [String: Technology] = Dictionary(
        uniqueKeysWithValues: allCases.map { ($0.rawValue, $0) })
        .merging(aliases) { id, _ in id }

    private static func normalised(_ name: String) -> String {
        let trimmed = name.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()
        return String(String(trimmed).lowercased().map { " ._".contains($0) ? "-" : $0 })
    }
}

/// A technology name that is neither an id nor an alias, with the nearest ids.
public struct UnknownTechnology: Error, Sendable, Equatable, CustomStringConvertible {
    /// The name as given.
    public let name: String
    /// Up to three ids it may have meant, nearest first.
    public let suggestions: [String]

    /// One line naming the bad value and what to do: "technology 'postgress' is not known; did you mean postgresql?".
    public var description: String {
        let hint = suggestions.isEmpty
            ? "expected one of \(Technology.allCases.map(\.rawValue).joined(separator: ", "))"
            : "did you mean \(suggestions.joined(separator: " or "))?"
        return "technology '\(name)' is not known; \(hint)"
    }
}

extension Technology {
    /// Decodes an id or an alias, so JSON written by people (MCP arguments,
    /// imported files) reads like the CLI; encoding always writes the id,
    /// so stored events stay canonical and old logs decode unchanged.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Technology.parse(text)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath, debugDescription: error.description, underlyingError: error))
        }
    }
}
