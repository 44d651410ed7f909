import StrataProfile

extension RuleCatalogue {
    /// Section 1.7: graph databases.
    static let graphRules: [Rule] = [
        Rule(
            "SEL-GRA-01", .graphDatabases,
            summary: "Graph traversals (or a knowledge graph without vectors) favour Neo4j and Neptune; Neo4j unless Neptune is known.",
            explanation: """
                Some questions are about the links themselves: who is connected to whom, which accounts \
                share a device, what relates to what. A graph engine keeps those links as stored data \
                and walks them instead of rebuilding them with joins.
                """
        ) { input in
            let profile = input.profile
            let knowledgeGraph = profile.requires(.knowledgeGraph) && !profile.has(.vectorSimilarity)
            guard profile.has(.graphTraversal) || knowledgeGraph else { return [] }
            let shallow = profile.has(.graphTraversal) && (profile.traversalDepth ?? Int.max) <= 2
            let text = "Relationships are first-class data, so traversals follow pointers instead of joins."
            var effects: [RuleEffect] = [shallow ? .gain(Stores.graph, text) : .strongGain(Stores.graph, text)]
            if !input.facts.existing.union(input.facts.expertise).contains(.neptune) {
                effects.append(.firstWithin(.neo4j, group: Stores.graph))
                effects.append(.reason([.neo4j], "The default graph engine, with Cypher and the widest community."))
            }
            return effects
        },
        Rule(
            "SEL-GRA-02", .graphDatabases,
            summary: "Three or more hops: graph stores strongly favoured again; relational loses.",
            explanation: """
                Each additional hop in a relational database is another self-join over a growing \
                intermediate result; from three hops on, that cost takes off.
                """
        ) { input in
            guard let depth = input.profile.traversalDepth, depth >= 3 else { return [] }
            return [
                .strongGain(Stores.graph, "\(depth)-hop traversals are where a graph engine leaves joins behind."),
                .loss(Stores.relational, "Each of the \(depth) hops is another self-join."),
            ]
        },
        Rule(
            "SEL-GRA-03", .graphDatabases,
            summary: "Traversals of at most two hops: only a small graph gain; relational stays eligible for first.",
            explanation: """
                A traversal of one or two hops is just a join or two, which a relational store handles \
                well.
                """
        ) { input in
            guard input.profile.has(.graphTraversal), let depth = input.profile.traversalDepth, depth <= 2 else { return [] }
            return [.gain(Stores.relational, "\(depth == 1 ? "One hop is" : "Two hops are") ordinary joins that a relational engine handles well.")]
        },
    ]

    /// Section 1.8: SQL databases.
    static let sqlRules: [Rule] = [
        Rule(
            "SEL-REL-01", .sqlDatabases,
            summary: "Relational access strongly favours relational stores.",
            explanation: """
                A schema that is well known, with joins, constraints and expressive queries, is home \
                ground for SQL engines.
                """
        ) { input in
            guard input.profile.has(.relational) else { return [] }
            return [.strongGain(Stores.relational, "Joins, constraints and expressive SQL over a well-known schema.")]
        },
        Rule(
            "SEL-REL-02", .sqlDatabases,
            summary: "A relational store is listed and MySQL is not in use: PostgreSQL ahead of MySQL.",
            explanation: """
                PostgreSQL is the more adaptable of the two engines and has by far the richer extension \
                ecosystem. Serverless products are weighed by the section 7 rules instead.
                """
        ) { input in
            guard !input.facts.mysqlSignal, input.listed(.postgresql) else { return [] }
            return [
                .firstWithin(.postgresql, group: [.postgresql, .mysql]),
                .reason([.postgresql], "Adaptable, with the richest extension ecosystem among relational engines."),
            ]
        },
        Rule(
            "SEL-REL-03", .sqlDatabases,
            summary: "MySQL already runs or is known: MySQL ahead of PostgreSQL.",
            explanation: "MySQL replicates simply, and skills the team already has lower the operational risk."
        ) { input in
            guard input.facts.mysqlSignal, input.profile.has(.relational) || input.listed(.mysql) else { return [] }
            return [
                .gain([.mysql], "Simple replication, and the team already runs or knows MySQL."),
                .firstWithin(.mysql, group: [.postgresql, .mysql]),
            ]
        },
        Rule(
            "SEL-REL-04", .sqlDatabases,
            summary: "SQL is a hard requirement: SQL engines gain, others lose.",
            explanation: "A store without a SQL interface cannot meet a requirement for SQL, however well it fits otherwise."
        ) { input in
            guard input.profile.requires(.sql) else { return [] }
            return [
                .boost(PatternCoverage.sqlEngines, "Speaks SQL, which the workload requires."),
                .loss(Stores.all.subtracting(PatternCoverage.sqlEngines), "Has no SQL interface, which the workload requires."),
            ]
        },
    ]
}
