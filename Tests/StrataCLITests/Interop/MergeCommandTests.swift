import Foundation
import Testing

/// `strata import events`: merging one store's `strata export events` into another.
@Suite struct MergeCommandTests {
    @Test func twoStoresMergeAndKnownEventsAreSkipped() throws {
        let source = try DomainWorkspace(), target = try DomainWorkspace()
        defer { source.remove(); target.remove() }
        expectOK(try source.run("import", try source.directory("adr", InteropSamples.supersedeSeveral)))
        expectOK(try source.run("context add", "catalog"))
        let file = source.url.appendingPathComponent("events.ndjson").path
        expectOK(try source.strata("export", "events", file))
        let first = expectOK(try target.run("import", "events", file))
        #expect(first == "13 new, 0 already present; 13 events merged\n")
        #expect(try target.index() == source.index())
        let again = expectOK(try target.run("import", "events", file, "--json"))
        #expect(again == #"{"alreadyPresent":13,"dryRun":false,"lines":13,"new":0}"# + "\n")
        expectOK(try target.strata("verify"))
        expectOK(try target.run("propose", "--title", "After the merge"))
        #expect(try target.index().contains("ADR-4 proposed After the merge"))
    }

    @Test func aMalformedLineIsNamedAndNothingIsMerged() throws {
        let source = try DomainWorkspace(), target = try DomainWorkspace()
        defer { source.remove(); target.remove() }
        expectOK(try source.run("import", try source.directory("adr", InteropSamples.supersedeSeveral)))
        let file = source.url.appendingPathComponent("events.ndjson").path
        expectOK(try source.strata("export", "events", file))
        let handle = try #require(FileHandle(forWritingAtPath: file))
        handle.seekToEndOfFile()
        handle.write(Data("{\"event_id\": 7}\n".utf8))
        try handle.close()
        expectError(try target.run("import", "events", file), exit: 2, mentioning: ["events.ndjson:12:", "event_id"])
        #expect(try target.eventTypes().isEmpty)
    }

    @Test func storesThatBothNumberedDecisionsAreRefused() throws {
        let source = try DomainWorkspace(), target = try DomainWorkspace()
        defer { source.remove(); target.remove() }
        expectOK(try source.run("propose", "--title", "There"))
        expectOK(try target.run("propose", "--title", "Here"))
        let file = source.url.appendingPathComponent("events.ndjson").path
        expectOK(try source.strata("export", "events", file))
        expectError(try target.run("import", "events", file), exit: 1, mentioning: ["events.ndjson:1:", "ADR-1", "json-adr"])
        #expect(try target.index() == ["ADR-1 proposed Here"])
    }
}
