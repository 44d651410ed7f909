import StrataProfile

extension RuleCatalogue {
    /// Section 1.2: vector databases.
    static let vectorRules: [Rule] = [
        Rule(
            "SEL-VEC-01", .vectorDatabases,
            summary: "Similarity search needs a vector store; Pinecone and pgvector lead unless another rule separates them.",
            explanation: """
                Ranking items by closeness in embedding space calls for an approximate nearest-neighbour \
                index, which ordinary stores lack. Vectors come from an embedding model outside the \
                database: the model governs result quality, the store governs latency and volume. An \
                embedding width outside the usual sizes hints that the model choice deserves another \
                look.
                """
        ) { input in
            guard input.profile.has(.vectorSimilarity) else { return [] }
            var effects: [RuleEffect] = [
                .strongGain(Stores.vector, "Ranking by closeness in embedding space requires an approximate nearest-neighbour index."),
                .gain([.pinecone, .pgvector], "One of the two general-purpose defaults for vector search."),
                .reason(Stores.vector, "Run content through an embedding model (OpenAI, Hugging Face, Cohere…) before storing it; only Weaviate's modules and Pinecone Assistant can do that step inside the store. Result quality comes from the model, latency and volume from the store."),
            ]
            if let dimensions = input.profile.vectorDimensions, !Thresholds.commonDimensions.contains(dimensions) {
                effects.append(.caution(Stores.vector, "\(dimensions) dimensions is unusual (384, 768 and 1536 are common); confirm the embedding model before sizing the index."))
            }
            return effects
        },
        Rule(
            "SEL-VEC-02", .vectorDatabases,
            summary: "Postgres already runs and vectors stay within 100M: pgvector first.",
            explanation: """
                With PostgreSQL already in production, the pgvector extension stores embeddings in the \
                same tables as the data they describe, queryable with SQL inside transactions, and \
                nothing new has to be operated.
                """
        ) { input in
            guard input.profile.has(.vectorSimilarity), input.facts.postgresExists,
                  !input.profile.isBeyondPgvectorScale else { return [] }
            return [
                .gain([.pgvector], "PostgreSQL already runs here; the extension adds vector search without a new system."),
                .first(.pgvector),
            ]
        },
        Rule(
            "SEL-VEC-03", .vectorDatabases,
            summary: "Vectors mixed with SQL, joins or ACID (within 100M): pgvector gains.",
            explanation: """
                Queries that filter on structured columns and rank by similarity in one transaction are \
                where a Postgres extension beats a separate vector service.
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.vectorSimilarity), !profile.isBeyondPgvectorScale,
                  profile.consistency == .strong || profile.requires(.sql) || profile.has(.relational)
            else { return [] }
            return [.gain([.pgvector], "Structured filters and similarity ranking run in one ACID query.")]
        },
        Rule(
            "SEL-VEC-04", .vectorDatabases,
            summary: "Between 10M and 100M vectors: pgvector works but nears its ceiling.",
            explanation: """
                From around ten million vectors upward, building the index takes longer and needs more \
                memory on the Postgres host. pgvector keeps working, but the team should know what it \
                would migrate to.
                """
        ) { input in
            guard input.profile.has(.vectorSimilarity), let count = input.profile.vectorCount,
                  count > Thresholds.pgvectorComfortVectors, count <= Thresholds.pgvectorMaxVectors
            else { return [] }
            return [.caution([.pgvector], "\(count) vectors sits inside pgvector's realistic 10M–100M range; index builds and memory will become the limit, so plan an exit.")]
        },
        Rule(
            "SEL-VEC-05", .vectorDatabases,
            summary: "More than 100M vectors: warn on pgvector, never first; Pinecone strongly favoured.",
            explanation: """
                Beyond about a hundred million vectors the extension leaves its practical range, \
                while a managed vector service is built for billions.
                """
        ) { input in
            guard input.profile.has(.vectorSimilarity), input.profile.isBeyondPgvectorScale else { return [] }
            return [
                .warning(.pgvectorScale, "\(input.profile.vectorCount ?? 0) vectors is beyond pgvector's practical limit of about 100M."),
                .neverFirst([.pgvector]),
                .strongGain([.pinecone], "A managed vector service built to serve billions of vectors."),
            ]
        },
        Rule(
            "SEL-VEC-06", .vectorDatabases,
            summary: "Managed operations and no Postgres: Pinecone first.",
            explanation: """
                When nothing in the architecture could host vectors, a service that needs no operating \
                at all gets the workload into production fastest.
                """
        ) { input in
            guard input.profile.has(.vectorSimilarity), input.profile.operations == .managed,
                  !input.facts.postgresExists, !weaviateFits(input.profile) else { return [] }
            return [
                .strongGain([.pinecone], "Fully managed, so nothing to run; the shortest path to production."),
                .first(.pinecone),
            ]
        },
        Rule(
            "SEL-VEC-07", .vectorDatabases,
            summary: "Vectors plus a knowledge graph or traversals: Weaviate first.",
            explanation: """
                Weaviate links objects to each other and exposes both vector search and those links \
                through one GraphQL API, a good fit for semantic search where the connections between \
                items matter.
                """
        ) { input in
            guard weaviateFits(input.profile) else { return [] }
            return [
                .strongGain([.weaviate], "Vector search and a knowledge graph in one engine, queried through GraphQL."),
                .first([.weaviate], priority: .overriding),
            ]
        },
        Rule(
            "SEL-VEC-08", .vectorDatabases,
            summary: "Up to 1M vectors, low budget, self-run, no Postgres: Chroma first.",
            explanation: """
                A collection this small, on a tight budget and run by the team itself, has the hallmarks \
                of a proof of concept or an in-house tool, and Chroma is the fastest vector store to get \
                running for that. The rule infers this from the figures; a stated stage is the direct \
                signal (STRATA-STAGE-01).
                """
        ) { input in
            let profile = input.profile
            guard profile.has(.vectorSimilarity), let count = profile.vectorCount,
                  count <= Thresholds.chromaPrototypeVectors, profile.budget == .low,
                  profile.operations != .managed, !input.facts.postgresExists, !weaviateFits(profile)
            else { return [] }
            return [
                .strongGain([.chroma], "Small, low-budget and self-run: Chroma is the quickest vector store to stand up."),
                .first(.chroma),
            ]
        },
    ]

    /// SEL-VEC-07's condition, shared by the rules it beats.
    static func weaviateFits(_ profile: WorkloadProfile) -> Bool {
        profile.has(.vectorSimilarity) && (profile.requires(.knowledgeGraph) || profile.has(.graphTraversal))
    }
}
