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
        #expect(again == #"{"alreadyPresent":13,"dryRun":false,"lines":13,"new":0,"refused":[],"renumbered":[]}"# + "\n")
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

    @Test func storesThatBothNumberedDecisionsMergeWithTheArrivingOnesRenumbered() throws {
        let source = try DomainWorkspace(), target = try DomainWorkspace()
        defer { source.remove(); target.remove() }
        expectOK(try source.run("propose", "--title", "There"))
        expectOK(try target.run("propose", "--title", "Here"))
        let file = source.url.appendingPathComponent("events.ndjson").path
        expectOK(try source.strata("export", "events", file))
        let output = expectOK(try target.run("import", "events", file))
        #expect(output.hasPrefix("ADR-1 of the merged store is ADR-2 here"))
        #expect(try target.index() == ["ADR-1 proposed Here", "ADR-2 proposed There"])
        #expect(expectOK(try target.run("import", "events", file)) == "0 new, 2 already present; 0 events merged\n")
        expectOK(try target.strata("verify"))
    }

    @Test func aLifecycleMoveThisStoreWouldRefuseIsReportedAndTheRestMerged() throws {
        let source = try DomainWorkspace(), target = try DomainWorkspace()
        defer { source.remove(); target.remove() }
        expectOK(try source.run("propose", "--title", "Use PostgreSQL"))
        let common = source.url.appendingPathComponent("common.ndjson").path
        expectOK(try source.strata("export", "events", common))
        expectOK(try target.run("import", "events", common))
        expectOK(try source.run("accept", "ADR-1", "--actor", "alice"))
        expectOK(try source.run("propose", "--title", "Cache sessions"))
        expectOK(try target.run("reject", "ADR-1", "--reason", "too costly", "--actor", "bob"))
        let file = source.url.appendingPathComponent("events.ndjson").path
        expectOK(try source.strata("export", "events", file))
        let output = expectOK(try target.run("import", "events", file))
        #expect(output.contains("events.ndjson:3: decision.accepted refused, this store's rules say: ADR-1 is rejected and cannot be accepted"))
        #expect(output.contains("[illegal-transition]"))
        #expect(output.hasSuffix("2 new, 2 already present, 1 command refused; 2 events merged\n"))
        #expect(try target.index() == ["ADR-1 rejected Use PostgreSQL", "ADR-2 proposed Cache sessions"])
    }
}
