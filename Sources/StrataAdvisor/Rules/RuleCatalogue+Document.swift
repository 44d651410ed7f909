import StrataProfile

extension RuleCatalogue {
    /// Section 1.1: document databases.
    static let documentRules: [Rule] = [
        Rule(
            "SEL-DOC-01", .documentDatabases,
            summary: "Whole-record access favours a document store; MongoDB unless CouchDB or Firestore is already known.",
            explanation: """
                Storing each record as one document means a read or a write touches a single object, \
                with nothing to join back together. Among document engines MongoDB is the usual pick; \
                CouchDB or Firestore wins instead when the team already runs or knows it.
                """
        ) { input in
            guard input.profile.has(.document) else { return [] }
            var effects: [RuleEffect] = [
                .strongGain(Stores.document, "Records are read and written whole, which is the unit a document store keeps."),
            ]
            if input.facts.existing.union(input.facts.expertise).isDisjoint(with: [.couchdb, .firestore]) {
                effects.append(.firstWithin(.mongodb, group: Stores.document))
                effects.append(.reason([.mongodb], "MongoDB is the default document engine, with the broadest tooling and hosting."))
            }
            return effects
        },
        Rule(
            "SEL-DOC-02", .documentDatabases,
            summary: "Write-heavy data with a changing shape gains on document stores.",
            explanation: """
                When writes outnumber reads and the fields keep moving, every schema migration of a \
                relational table becomes a stall on the hot path. Documents absorb new shapes as they \
                are written.
                """
        ) { input in
            let profile = input.profile
            guard input.facts.documentInPlay, let reads = profile.readsPerSecond,
                  let writes = profile.writesPerSecond, writes > reads,
                  profile.structure == .evolving || profile.structure == .schemaless
            else { return [] }
            return [.gain(Stores.document, "Writes dominate and the shape keeps changing, so skipping schema migrations pays off.")]
        },
        Rule(
            "SEL-DOC-03", .documentDatabases,
            summary: "Records of 8 MB or more near the 16 MB document cap: warn and split them.",
            explanation: """
                MongoDB rejects documents over 16 MB. Once a record weighs 8 MB or more, ordinary growth \
                can push it over, so its heavy parts should live in separate documents.
                """
        ) { input in
            guard input.facts.documentInPlay, input.profile.isNearDocumentCap else { return [] }
            let size = MeasuredBottleneck.format(input.profile.maxRecordSizeMB ?? 0)
            return [
                .warning(.documentSizeLimit, "Records reach \(size) MB, too close to the 16 MB document cap; split large parts out before they hit it."),
                .caution(Stores.document, "Split heavy fields into their own documents, linked by id, and leave a lean parent holding the fields read most (Subset pattern)."),
            ]
        },
        Rule(
            "SEL-DOC-04", .documentDatabases,
            summary: "Records that grow without bound will hit the 16 MB cap: warn and bucket them.",
            explanation: """
                An embedded array that only ever grows reaches the document cap eventually, and long \
                before that it makes every read of its parent slower. Bucketing or referencing the \
                children keeps each document bounded.
                """
        ) { input in
            guard input.facts.documentInPlay, input.profile.growsWithoutBound else { return [] }
            return [
                .warning(.documentSizeLimit, "A record keeps gaining children, so it will outgrow the 16 MB document cap; bucket or reference the children."),
                .caution(Stores.document, "Store the growing children in buckets (per day, per month or per fixed count), or as separate documents that point at the parent."),
            ]
        },
        Rule(
            "SEL-DOC-05", .documentDatabases,
            summary: "Points to the document modelling pattern suited to the shape of the data.",
            explanation: """
                Document stores have a small set of proven modelling patterns. Changing fields call \
                for Schema Versioning, varied shapes for Polymorphic plus Attribute, readings over \
                time for Bucket and repeated totals for Computed.
                """
        ) { input in
            guard input.facts.documentInPlay else { return [] }
            return modellingPatterns(input.profile).map { .reason(Stores.document, $0) }
        },
        Rule(
            "SEL-DOC-06", .documentDatabases,
            summary: "Embed bounded children read together; reference shared, large or volatile ones.",
            explanation: """
                Keep together what is read together, as long as it stays bounded. Children shared \
                across parents, large ones and frequently rewritten ones are referenced instead; when \
                the workload also joins across entities, a relational store deserves a look.
                """
        ) { input in
            guard input.facts.documentInPlay else { return [] }
            guard input.profile.has(.relational) else {
                return [.reason(Stores.document, "Keep small, bounded child lists inside the parent they are read with, so one fetch returns everything.")]
            }
            return [
                .caution(Stores.document, "Reference rather than embed children that are shared (many-to-many), large or updated often."),
                .gain(Stores.relational, "The workload also joins across entities, which relational stores do natively."),
            ]
        },
    ]

    private static func modellingPatterns(_ profile: WorkloadProfile) -> [String] {
        var patterns: [String] = []
        if profile.structure == .evolving {
            patterns.append("Schema Versioning: tag each document with its version so old and new shapes coexist.")
        }
        if profile.structure == .schemaless {
            patterns.append("Polymorphic and Attribute patterns: keep varied shapes in one collection and sparse fields as key/value pairs.")
        }
        if profile.has(.timeSeries) {
            patterns.append("Bucket pattern: group readings per time window into one document.")
        }
        if profile.has(.aggregation) {
            patterns.append("Computed pattern: store totals when data changes instead of aggregating on every read.")
        }
        return patterns
    }
}
