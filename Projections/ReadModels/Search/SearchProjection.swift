import GRDB
import Strata
import StrataMigrations

/// The full-text search read model (`search_index*`, see migration 7): every revision of every
/// decision's text, each tagged with the log positions in which it was current.
///
/// A revision is never changed, only closed: a status change, an amendment or a review closes
/// the decision's current row at its position and opens the next one there. A search as of
/// position P reads the rows open at P, so time travel needs no fold. Only decision and context
/// facts are read; every other event costs one comparison.
public struct SearchProjection: Projection {
    public let name = "search"   // checkpoint key; never rename
    public let version = 1       // bump to refold from position 0

    public init() {}

    public func reset(in db: Database) throws {
        for table in ["search_index", "search_docs", "search_contexts"] { try db.execute(sql: "DELETE FROM \(table)") }
    }

    public func apply(_ event: RecordedEvent, in db: Database) throws {
        switch event.category {
        case EntityKind.decision.streamCategory:
            guard let fact = try DecisionEvent(event) else { return }
            try apply(fact, event, in: db)
        case EntityKind.context.streamCategory:
            guard case .defined(let e)? = try ContextEvent(event) else { return }
            try db.executeCached(
                sql: "INSERT OR REPLACE INTO search_contexts (context_id, name) VALUES (?, ?)", arguments: [e.contextID, e.name])
        default:
            return
        }
    }

    private func apply(_ fact: DecisionEvent, _ event: RecordedEvent, in db: Database) throws {
        switch fact {
        case .proposed(let e):
            let document = SearchDocument(e.content, contextName: try contextName(e.content.context, db), reasons: "")
            try open(document, decision: e.decisionID, shortID: EntityRef(kind: .decision, id: e.decisionID, number: e.number).shortID,
                     number: e.number, status: .proposed, context: e.content.context, at: event.position, in: db)
        case .amended(let e):
            try revise(e.decisionID, at: event.position, in: db) { current in
                (SearchDocument(e.content, contextName: try contextName(e.content.context, db), reasons: current.document.reasons)
                    .adding(reason: e.reason), current.status, e.content.context)
            }
        case .accepted(let e): try changeStatus(e.decisionID, .accepted, reason: e.reason, event, db)
        case .rejected(let e): try changeStatus(e.decisionID, .rejected, reason: e.reason, event, db)
        case .deprecated(let e): try changeStatus(e.decisionID, .deprecated, reason: e.reason, event, db)
        case .superseded(let e): try changeStatus(e.decisionID, .superseded, reason: e.reason, event, db)
        case .reviewed(let e):
            guard !e.comment.isEmpty else { return }
            try revise(e.decisionID, at: event.position, in: db) { ($0.document.adding(reason: e.comment), $0.status, $0.context) }
        case .linked, .unlinked:
            return   // links change no searchable text
        }
    }

    private func changeStatus(_ id: String, _ status: DecisionStatus, reason: String, _ event: RecordedEvent, _ db: Database) throws {
        try revise(id, at: event.position, in: db) { ($0.document.adding(reason: reason), status.rawValue, $0.context) }
    }

    /// The decision's current row, which a revision closes.
    private struct Current {
        var doc: Int64
        var shortID: String
        var number: Int
        var status: String
        var context: String?
        var document: SearchDocument
    }

    /// Closes the decision's current revision at `position` and opens the one `next` makes of it;
    /// a fact about a decision the index does not hold changes nothing.
    private func revise(
        _ id: String, at position: Int64, in db: Database,
        _ next: (Current) throws -> (SearchDocument, String, String?)
    ) throws {
        guard let row = try Row.fetchOne(
            db.cachedStatement(sql: """
                SELECT d.doc, d.short_id, d.number, d.status, d.context_id,
                  s.title, s.context, s.decision, s.consequences, s.options, s.reasons, s.tags
                FROM search_docs d JOIN search_index s ON s.rowid = d.doc
                WHERE d.decision_id = ? AND d.to_position IS NULL
                """), arguments: [id])
        else { return }
        let current = Current(
            doc: row[0], shortID: row[1], number: row[2], status: row[3], context: row[4],
            document: SearchDocument(columns: (5...11).map { row[$0] as String? ?? "" }))
        let (document, status, context) = try next(current)
        try db.executeCached(sql: "UPDATE search_docs SET to_position = ? WHERE doc = ?", arguments: [position, current.doc])
        try open(document, decision: id, shortID: current.shortID, number: current.number,
                 status: DecisionStatus(rawValue: status) ?? .proposed, context: context, at: position, in: db)
    }

    private func open(
        _ document: SearchDocument, decision: String, shortID: String, number: Int, status: DecisionStatus, context: String?,
        at position: Int64, in db: Database
    ) throws {
        try db.executeCached(
            sql: "INSERT INTO search_index (title, context, decision, consequences, options, reasons, tags) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: StatementArguments(document.columns))
        try db.executeCached(
            sql: """
                INSERT INTO search_docs (doc, decision_id, short_id, number, status, context_id, from_position)
                VALUES (last_insert_rowid(), ?, ?, ?, ?, ?, ?)
                """,
            arguments: [decision, shortID, number, status.rawValue, context, position])
    }

    private func contextName(_ id: String?, _ db: Database) throws -> String? {
        guard let id else { return nil }
        return try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM search_contexts WHERE context_id = ?"), arguments: [id])
    }
}
