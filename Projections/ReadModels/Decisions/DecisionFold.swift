import GRDB
import Strata

/// Folds decisions into `rm_decisions`, `rm_decision_timeline`, `rm_decision_links` and
/// `rm_decision_facets` (tags, deciders and technologies, for `strata log` filters).
struct DecisionFold {
    /// Folds one decision fact; a fact about a decision the tables do not hold changes nothing.
    static func apply(_ decision: DecisionEvent, _ event: RecordedEvent, in db: Database) throws {
        switch decision {
        case .proposed(let e):
            let ref = EntityRef(kind: .decision, id: e.decisionID, number: e.number)
            try db.executeCached(
                sql: """
                    INSERT OR REPLACE INTO rm_decisions (decision_id, short_id, number, title, status, context_id, content,
                      proposed_by, proposed_at, recorded_at, status_at, position)
                    VALUES (?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [e.decisionID, ref.shortID, e.number, e.content.title, e.content.context, JSONCoding.text(e.content),
                            e.by, event.effectiveAt.microseconds, event.recordedAt.microseconds, event.effectiveAt.microseconds,
                            event.position])
            try replaceContentFacets(e.decisionID, e.content, event, db)
            try timeline(e.decisionID, "proposed", status: .proposed, by: e.by, reason: "", event, db)
        case .accepted(let e):
            try status(e.decisionID, .accepted, by: e.by, reason: e.reason, event, db)
            try db.executeCached(sql: "UPDATE rm_decisions SET accepted_at = ? WHERE decision_id = ?", arguments: [event.effectiveAt.microseconds, e.decisionID])
            try facet(e.decisionID, "decider", e.by, db)
        case .rejected(let e): try status(e.decisionID, .rejected, by: e.by, reason: e.reason, event, db)
        case .deprecated(let e): try status(e.decisionID, .deprecated, by: e.by, reason: e.reason, event, db)
        case .superseded(let e):
            try status(e.decisionID, .superseded, by: e.by, reason: e.reason, event, db)
            for successor in e.supersededBy {
                try link(successor, DecisionLink(type: DecisionLink.supersedes, decision: e.decisionID), origin: "superseded", event, db)
            }
        case .amended(let e):
            guard let current = try String.fetchOne(try db.cachedStatement(sql: "SELECT status FROM rm_decisions WHERE decision_id = ?"), arguments: [e.decisionID])
            else { return }
            try db.executeCached(
                sql: "UPDATE rm_decisions SET title = ?, context_id = ?, content = ?, position = ? WHERE decision_id = ?",
                arguments: [e.content.title, e.content.context, JSONCoding.text(e.content), event.position, e.decisionID])
            try replaceContentFacets(e.decisionID, e.content, event, db)
            try timeline(e.decisionID, "amended", status: DecisionStatus(rawValue: current) ?? .proposed, by: e.by, reason: e.reason, event, db)
        case .linked(let e):
            guard try exists(e.decisionID, db) else { return }
            try link(e.decisionID, e.link, origin: "linked", event, db)
            let current = try String.fetchOne(try db.cachedStatement(sql: "SELECT status FROM rm_decisions WHERE decision_id = ?"), arguments: [e.decisionID])
            try timeline(e.decisionID, "linked", status: current.flatMap(DecisionStatus.init(rawValue:)) ?? .proposed, by: e.by,
                         reason: "\(e.link.type) \(e.link.decision)", event, db)
        case .reviewed(let e):
            guard try exists(e.decisionID, db) else { return }
            try timeline(e.decisionID, e.verdict.rawValue, status: .proposed, by: e.by, reason: e.comment, event, db)
        case .unlinked(let e):
            guard try exists(e.decisionID, db) else { return }
            try db.executeCached(
                sql: "DELETE FROM rm_decision_links WHERE decision_id = ? AND type = ? AND target_id = ? AND origin = 'linked'",
                arguments: [e.decisionID, e.link.type, e.link.decision])
            let current = try String.fetchOne(try db.cachedStatement(sql: "SELECT status FROM rm_decisions WHERE decision_id = ?"), arguments: [e.decisionID])
            try timeline(e.decisionID, "unlinked", status: current.flatMap(DecisionStatus.init(rawValue:)) ?? .proposed, by: e.by,
                         reason: "\(e.link.type) \(e.link.decision); \(e.reason)", event, db)
        }
    }

    private static func status(_ id: String, _ status: DecisionStatus, by: String, reason: String, _ event: RecordedEvent, _ db: Database) throws {
        guard try exists(id, db) else { return }
        try db.executeCached(
            sql: "UPDATE rm_decisions SET status = ?, status_at = ?, position = ? WHERE decision_id = ?",
            arguments: [status.rawValue, event.effectiveAt.microseconds, event.position, id])
        try timeline(id, status.rawValue, status: status, by: by, reason: reason, event, db)
    }

    private static func timeline(
        _ id: String, _ change: String, status: DecisionStatus, by: String, reason: String, _ event: RecordedEvent, _ db: Database
    ) throws {
        try db.executeCached(
            sql: """
                INSERT OR REPLACE INTO rm_decision_timeline (position, decision_id, change, status, actor, reason, recorded_at, effective_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [event.position, id, change, status.rawValue, by, reason, event.recordedAt.microseconds, event.effectiveAt.microseconds])
    }

    /// Content links, tags, deciders and adopted technologies follow the latest content.
    private static func replaceContentFacets(_ id: String, _ content: DecisionContent, _ event: RecordedEvent, _ db: Database) throws {
        try db.executeCached(sql: "DELETE FROM rm_decision_links WHERE decision_id = ? AND origin = 'content'", arguments: [id])
        try db.executeCached(sql: "DELETE FROM rm_decision_facets WHERE decision_id = ? AND facet IN ('tag', 'named-decider', 'technology')", arguments: [id])
        for contentLink in content.links { try link(id, contentLink, origin: "content", event, db) }
        for tag in content.tags { try facet(id, "tag", tag, db) }
        for decider in content.deciders { try facet(id, "named-decider", decider, db) }
        for effect in content.effects {
            if case .adoptStore(let technology, _, _, _, _, _) = effect { try facet(id, "technology", technology.id, db) }
        }
    }

    /// A store change names the decision that caused it: the store's technology becomes one of
    /// the decision's. Runs before the architecture fold, while the store row is as it was.
    static func noteTechnology(of event: StoreEvent, in db: Database) throws {
        switch event {
        case .adopted: return   // the proposal's own effects already name the technology
        case .retired(let e): try noteTechnology(of: e.storeID, for: e.decisionID, in: db)
        case .topologyChanged(let e): try noteTechnology(of: e.storeID, for: e.decisionID, in: db)
        }
    }

    /// Records `store`'s technology as one that `decision` touched.
    static func noteTechnology(of store: String, for decision: String, in db: Database) throws {
        if let technology = try String.fetchOne(try db.cachedStatement(sql: "SELECT technology FROM rm_stores WHERE store_id = ?"), arguments: [store]) {
            try facet(decision, "store-technology", technology, db)
        }
    }

    private static func link(_ id: String, _ link: DecisionLink, origin: String, _ event: RecordedEvent, _ db: Database) throws {
        try db.executeCached(
            sql: "INSERT OR IGNORE INTO rm_decision_links (decision_id, type, target_id, note, origin, position) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [id, link.type, link.decision, link.note, origin, event.position])
    }

    private static func facet(_ id: String, _ facet: String, _ value: String, _ db: Database) throws {
        try db.executeCached(sql: "INSERT OR IGNORE INTO rm_decision_facets (decision_id, facet, value) VALUES (?, ?, ?)", arguments: [id, facet, value])
    }

    private static func exists(_ id: String, _ db: Database) throws -> Bool {
        try Bool.fetchOne(try db.cachedStatement(sql: "SELECT 1 FROM rm_decisions WHERE decision_id = ?"), arguments: [id]) ?? false
    }
}
