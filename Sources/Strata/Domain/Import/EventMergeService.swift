import Foundation
import GRDB

/// Merges the events another Strata store exported (`strata events --json`) into this one.
///
/// A merge is a union of facts by event id, in one transaction, that keeps the domain's rules:
/// - an event whose id is already here (with the same stream, type and payload) is skipped;
/// - every other event is appended to the end of its stream in the file's order, one command
///   (a run of lines with one command id) at a time, each checked by the rules its command
///   met (``MergeAdmission``): a command this store would refuse — rejecting a decision it
///   accepted, retiring a store twice — is left out whole and reported, and the rest goes on;
/// - short ids are fitted (``MergeNumbering``): an entity keeps its number when it is free here
///   and takes the counter's next one when another entity holds it, and the report lists each.
/// This store assigns positions, stream versions and recorded times anew and chains each event
/// into its own hash chain (a chain belongs to one store, so the file's hashes are not carried
/// over); effective times and each event's original metadata are kept. The file is read line by
/// line and appended in batches, so its size does not matter.
public struct EventMergeService: Sendable {
    public let log: SQLiteEventLog
    /// Events per insert inside the one transaction.
    public static let batchSize = 1_000

    public init(log: SQLiteEventLog) { self.log = log }

    /// Merges the NDJSON file at `url`; `name` is how messages call it. A dry run rolls back.
    ///
    /// - Throws: ``EventMergeError`` naming the line for a malformed or conflicting event, or an
    ///   ``EventLogError`` from the store. Nothing is written then.
    @discardableResult
    /// `progress` hears the bytes read so far and the file's size.
    public func merge(
        fileAt url: URL, name: String, dryRun: Bool = false, actor: String, progress: ((_ done: Int64, _ total: Int64) -> Void)? = nil
    ) throws -> EventMergeReport {
        // A merge checks and numbers every line inside one local transaction; a replica's
        // events are the team store's to order, so merge into a file and push that instead.
        if log.isReplica {
            throw EventMergeError(
                location: name, message: "a team store cannot merge an events file yet; merge it into a local store and push that",
                isInputError: true)
        }
        var report = EventMergeReport(appended: 0, alreadyPresent: 0, lines: 0, dryRun: dryRun)
        let metadata = EventMetadata(actor: actor)
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw EventMergeError(location: name, message: "cannot read the file; check the path and its permissions", isInputError: true)
        }
        defer { try? handle.close() }
        do {
            try log.writer.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    var batch = MergeBatch(log: log, name: name, metadata: metadata)
                    let size = progress == nil ? 0 : ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.int64Value ?? 0
                    var read: Int64 = 0
                    try LineReader.forEachLine(of: handle) { line, number in
                        report.lines = number
                        read += Int64(line.utf8.count + 1)
                        if number % 1_000 == 0 { progress?(read, size) }
                        guard !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { return }
                        batch.add(try Self.parse(line, location: "\(name):\(number)"), line: number)
                        if batch.count >= Self.batchSize { try batch.flush(in: db, final: false) }
                    }
                    try batch.flush(in: db, final: true)
                    report.appended = batch.appended
                    report.alreadyPresent = batch.alreadyPresent
                    report.refused = batch.refusals
                    report.renumbered = batch.renumberings
                    return dryRun ? .rollback : .commit
                }
            }
        } catch let error as EventMergeError {
            throw error
        } catch let error as LineReader.LineTooLong {
            throw EventMergeError(location: "\(name):\(error.line)", message: "the line is longer than 64 MiB; an event line is far shorter", isInputError: true)
        } catch {
            throw EventLogError.from(error, path: log.path)
        }
        return report
    }

    static func parse(_ line: String, location: String) throws -> NewEventLine {
        let parsed: ExportedEventLine
        do { parsed = try ExportedEventLine.parse(line) } catch {
            throw EventMergeError(location: location, message: "not an event line of an events export (\(error)); fix or remove the line", isInputError: true)
        }
        let event = NewEvent(
            eventID: parsed.eventID, eventType: parsed.eventType, schemaVersion: parsed.schemaVersion, data: parsed.data,
            effectiveAt: parsed.effectiveAt, metadata: parsed.metadata)
        do {
            try AppendValidation.checkStream(parsed.streamID)
            try AppendValidation.checkEvent(event)
        } catch {
            throw EventMergeError(location: location, message: "\(error); fix or remove the line", isInputError: true)
        }
        return NewEventLine(streamID: parsed.streamID, event: event)
    }
}

/// A parsed line: the event and its stream.
struct NewEventLine {
    var streamID: String
    var event: NewEvent
}
