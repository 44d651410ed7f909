import Foundation
@testable import Strata
import StrataJSON
import Testing

/// Merging another store's `strata events --json` output, line by line, in one transaction.
@Suite struct EventMergeServiceTests {
    /// The NDJSON `strata events --json` prints for `log` (the CLI's `EventLine.json` shape).
    static func export(_ log: SQLiteEventLog, to path: String) throws {
        var text = ""
        try log.read(.all) { event in
            text += "{\"position\":\(event.position),\"event_id\":\(JSONString.quoted(event.eventID)),"
                + "\"stream_id\":\(JSONString.quoted(event.streamID)),\"category\":\(JSONString.quoted(event.category)),"
                + "\"stream_version\":\(event.streamVersion),\"event_type\":\(JSONString.quoted(event.eventType)),"
                + "\"schema_version\":\(event.schemaVersion),\"data\":\(event.data),\"metadata\":\(event.metadata),"
                + "\"recorded_at\":\"\(event.recordedAt.iso8601)\",\"effective_at\":\"\(event.effectiveAt.iso8601)\","
                + "\"prev_hash\":\"\(Hex.encode(event.prevHash))\",\"hash\":\"\(Hex.encode(event.hash))\"}\n"
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func mergingIntoAnEmptyStoreCopiesEveryFactAndARepeatAddsNothing() throws {
        let source = try DomainFixture(), target = try DomainFixture()
        defer { source.remove(); target.remove() }
        try source.importer.importDecisions(ImportSamples.collection, source.by())
        try source.log.append([note("free text")], to: "note-1", expected: .any, metadata: testMetadata)
        let file = source.directory.appendingPathComponent("events.ndjson")
        try Self.export(source.log, to: file.path)
        let merge = EventMergeService(log: target.log)
        let first = try merge.merge(fileAt: file, name: "events.ndjson", actor: "merger")
        #expect(first.appended == 11 && first.alreadyPresent == 0 && first.lines == 11)
        let copied = try target.log.events(), original = try source.log.events()
        #expect(copied.map(\.eventID) == original.map(\.eventID))
        #expect(copied.map(\.data) == original.map(\.data))
        #expect(copied.map(\.metadata) == original.map(\.metadata))
        #expect(copied.map(\.effectiveAt) == original.map(\.effectiveAt))
        #expect(try target.decisionsByShortID().mapValues(\.status) == source.decisionsByShortID().mapValues(\.status))
        #expect(try target.log.verify().isSound)
        let again = try merge.merge(fileAt: file, name: "events.ndjson", actor: "merger")
        #expect(again.appended == 0 && again.alreadyPresent == 11)
    }

    @Test func eventsAlreadyPresentAreSkippedAndNewOnesJoinTheirStreams() throws {
        let source = try DomainFixture(), target = try DomainFixture()
        defer { source.remove(); target.remove() }
        let shared = note("shared")
        for log in [source.log, target.log] { try log.append([shared], to: "note-1", expected: .any, metadata: testMetadata) }
        try target.log.append([note("only here")], to: "note-1", expected: .any, metadata: testMetadata)
        try source.log.append([note("only there")], to: "note-1", expected: .any, metadata: testMetadata)
        let file = source.directory.appendingPathComponent("events.ndjson")
        try Self.export(source.log, to: file.path)
        let report = try EventMergeService(log: target.log).merge(fileAt: file, name: "events.ndjson", actor: "merger")
        #expect(report.appended == 1 && report.alreadyPresent == 1)
        let stream = try target.log.events(EventQuery(streamID: "note-1"))
        #expect(stream.map(\.streamVersion) == [1, 2, 3])
        #expect(stream.map(\.data).last?.contains("only there") == true)
    }

    @Test func aMalformedLineAfterManyBatchesLeavesTheStoreUntouched() throws {
        let target = try DomainFixture()
        defer { target.remove() }
        let file = target.directory.appendingPathComponent("events.ndjson")
        #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: file.path))
        let count = EventMergeService.batchSize * 2 + 500
        for index in 0..<count {
            let line = "{\"event_id\":\"\(EventID.make())\",\"stream_id\":\"note-\(index % 7)\",\"event_type\":\"note.written\","
                + "\"schema_version\":1,\"data\":{\"n\":\(index)},\"metadata\":{\"actor\":\"x\"},\"effective_at\":\"2025-01-01T00:00:00.000000Z\"}\n"
            handle.write(Data(line.utf8))
        }
        handle.write(Data("{\"event_id\":\"not-a-uuid\"\n".utf8))
        try handle.close()
        let merge = EventMergeService(log: target.log)
        #expect(throws: EventMergeError.self) { try merge.merge(fileAt: file, name: "e.ndjson", actor: "m") }
        do { _ = try merge.merge(fileAt: file, name: "e.ndjson", actor: "m") } catch let error as EventMergeError {
            #expect(error.location == "e.ndjson:\(count + 1)" && error.isInputError)
        }
        #expect(try target.head() == 0)
    }

    @Test func aDryRunChecksEverythingAndRollsBack() throws {
        let source = try DomainFixture(), target = try DomainFixture()
        defer { source.remove(); target.remove() }
        try source.importer.importDecisions(ImportSamples.collection, source.by())
        let file = source.directory.appendingPathComponent("events.ndjson")
        try Self.export(source.log, to: file.path)
        let before = try fileBytes(target.path)
        let report = try EventMergeService(log: target.log).merge(fileAt: file, name: "events.ndjson", dryRun: true, actor: "m")
        #expect(report.dryRun && report.appended == 10)
        #expect(try target.head() == 0)
        #expect(try fileBytes(target.path) == before)
    }

    @Test func linesAreParsedWithEscapesAndRawPayloads() throws {
        let line = #"{"event_id":"0190a6c0-0000-7000-8000-000000000001","stream_id":"note-\u00e9","event_type":"note.written","schema_version":2,"data":{"text":"a \"quoted\" }"},"metadata":{"actor":"x"},"effective_at":"2025-01-01T00:00:00.000001Z"}"#
        let parsed = try ExportedEventLine.parse(line)
        #expect(parsed.streamID == "note-é" && parsed.schemaVersion == 2)
        #expect(parsed.data == #"{"text":"a \"quoted\" }"}"#)
        #expect(parsed.effectiveAt.microseconds == (try #require(Timestamp(parsing: "2025-01-01"))).microseconds + 1)
        #expect(throws: ExportedEventLine.LineError.self) { try ExportedEventLine.parse(#"{"event_id":"x""#) }
    }

    /// Whatever the append path accepts reads back: a payload nested as deep as allowed, and
    /// lone surrogate escapes inside it, kept byte for byte.
    @Test func linesReadBackEveryPayloadTheAppendPathAccepts() throws {
        let depth = JSONValidation.maximumDepth
        let deep = String(repeating: "[", count: depth - 1) + #"{"t":"\ud800"}"# + String(repeating: "]", count: depth - 1)
        #expect(JSONValidation.isValid(deep))
        let line = #"{"event_id":"0190a6c0-0000-7000-8000-000000000001","stream_id":"note-1","event_type":"note.written","schema_version":1,"data":"#
            + deep + #","metadata":{},"effective_at":"2025-01-01T00:00:00Z"}"#
        #expect(try ExportedEventLine.parse(line).data == deep)
        let tooDeep = "[" + deep + "]"
        #expect(!JSONValidation.isValid(tooDeep))
        #expect(throws: ExportedEventLine.LineError.self) { try ExportedEventLine.parse(line.replacingOccurrences(of: deep, with: tooDeep)) }
    }
}
