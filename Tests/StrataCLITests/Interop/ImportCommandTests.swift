import Foundation
import Testing

/// `strata import`, run as the real binary against a temporary store.
@Suite struct ImportCommandTests {
    @Test func anAdrToolsDirectoryKeepsItsNumbersStatusesAndLinks() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", InteropSamples.supersedeSeveral)
        let output = expectOK(try workspace.run("import", "adr-tools", directory))
        #expect(output.hasSuffix("3 new, 0 already present; source numbers kept; 11 events recorded\n"))
        #expect(try workspace.index() == ["ADR-1 superseded First Record", "ADR-2 superseded Second Record", "ADR-3 accepted Third Record"])
        #expect(try workspace.eventTypes().filter { $0 == "decision.superseded" }.count == 2)
    }

    @Test func aSecondImportOfTheSameDirectoryAddsNothing() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", InteropSamples.amendAndClarify)
        expectOK(try workspace.run("import", directory))
        let before = try workspace.eventTypes().count
        let again = expectOK(try workspace.run("import", directory))
        #expect(again.hasSuffix("0 new, 3 already present; 0 events recorded\n"))
        #expect(try workspace.eventTypes().count == before)
    }

    @Test func dryRunShowsWhatWouldBeRecordedAndWritesNothing() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", InteropSamples.supersedeSeveral)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.store))
        let output = expectOK(try workspace.run("import", directory, "--dry-run"))
        #expect(output.contains("ADR-3    accepted"))
        #expect(output.hasSuffix("11 events would be recorded (dry run: nothing was written)\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.store)) == before)
        #expect(try workspace.eventTypes().isEmpty)
    }

    @Test func jsonPrintsAMachineReadableSummary() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", InteropSamples.supersedeSeveral)
        let output = expectOK(try workspace.run("import", "adr-tools", directory, "--json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["new"] as? Int == 3 && object["alreadyPresent"] as? Int == 0 && object["events"] as? Int == 11)
        #expect(object["numbering"] as? String == "kept" && object["format"] as? String == "adr-tools")
        let decisions = try #require(object["decisions"] as? [[String: Any]])
        #expect(decisions.map { $0["id"] as? String } == ["ADR-1", "ADR-2", "ADR-3"])
        #expect(decisions.first?["source"] as? String == "0001-first-record.md")
    }

    @Test func madrLog4brainsAndJSONADRImport() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let madr = expectOK(try workspace.run("import", "madr", try workspace.directory("madr", InteropSamples.madr)))
        #expect(madr.hasSuffix("2 new, 0 already present; source numbers kept; 5 events recorded\n"))
        let log4brains = expectOK(try workspace.run("import", try workspace.directory("l4b", InteropSamples.log4brains)))
        #expect(log4brains.contains("ADR-3    superseded  20200101-use-numbers.md"))
        #expect(log4brains.hasSuffix("2 new, 0 already present; numbered from ADR-3; 7 events recorded\n"))
        let json = try workspace.file("adrs.json", InteropSamples.jsonADR)
        let jsonOutput = expectOK(try workspace.run("import", "json-adr", json))
        #expect(jsonOutput.hasSuffix("2 new, 0 already present; numbered from ADR-5; 5 events recorded\n"))
        #expect(try workspace.index() == [
            "ADR-1 accepted Use PostgreSQL", "ADR-2 proposed Cache reads", "ADR-3 superseded Use numbers",
            "ADR-4 accepted Use slugs", "ADR-5 accepted Use SQLite", "ADR-6 proposed Use WAL",
        ])
    }

    @Test func messyInputIsReportedWithFilesAndLinesAndTheRestImports() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try workspace.directory("adr", [
            "0001-first.md": InteropSamples.adrTools(1, "First", date: "05/04/2020"),
            "0002-second.md": InteropSamples.adrTools(2, "Second", status: "Accepted\n\nAmends [9. Gone](0009-gone.md)"),
            "0003-empty.md": "",
        ])
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0001-first.md:3: "))
        #expect(output.contains("[ambiguous-date]"))
        #expect(output.contains("0002-second.md:9: "))
        #expect(output.contains("[dangling-link]"))
        #expect(output.contains("0003-empty.md: "))
        #expect(output.hasSuffix("2 new, 0 already present; source numbers kept; 6 events recorded\n"))
    }

    @Test func unusableInputIsOneErrorLineAndLeavesTheStoreAlone() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectError(try workspace.run("import", workspace.url.appendingPathComponent("missing").path), exit: 2, mentioning: ["does not exist"])
        expectError(try workspace.run("import", "docx", "x"), exit: 2, mentioning: ["docx"])
        expectError(try workspace.run("import", try workspace.directory("empty", [:])), exit: 2, mentioning: ["no decision records"])
        let broken = try workspace.file("broken.json", "{ not json")
        expectError(try workspace.run("import", "json-adr", broken), exit: 2, mentioning: ["broken.json"])
        #expect(try workspace.eventTypes().isEmpty)
    }

    @Test(.enabled(if: InteropSamples.realCollection("madr") != nil))
    func theRealMADRCollectionImportsNineteenDecisions() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try #require(InteropSamples.realCollection("madr"))
        let output = expectOK(try workspace.run("import", directory, "--json"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["new"] as? Int == 19 && object["numbering"] as? String == "kept")
        let statuses = try workspace.index().map { $0.split(separator: " ")[1] }
        #expect(statuses.filter { $0 == "accepted" }.count == 18 && statuses.filter { $0 == "proposed" }.count == 1)
        #expect(try workspace.eventTypes().filter { $0 == "decision.linked" || $0 == "decision.superseded" }.isEmpty)
    }

    @Test(.enabled(if: InteropSamples.realCollection("log4brains") != nil))
    func theRealLog4brainsCollectionImportsNineDecisionsAndOneSupersession() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let directory = try #require(InteropSamples.realCollection("log4brains"))
        let output = expectOK(try workspace.run("import", "log4brains", directory))
        #expect(output.hasSuffix("9 new, 0 already present; numbered from ADR-1; 28 events recorded\n"))
        let index = try workspace.index()
        #expect(index.count == 9)
        #expect(index.filter { $0.contains(" superseded ") } == ["ADR-4 superseded Use the ADR number as its unique ID"])
        let exported = workspace.url.appendingPathComponent("out").path
        expectOK(try workspace.strata("export", "adr-tools", exported))
        let successor = try #require(try workspace.files(in: exported)["0006-use-the-adr-slug-as-its-unique-id.md"])
        #expect(successor.contains("Supercedes [4. Use the ADR number as its unique ID](0004-use-the-adr-number-as-its-unique-id.md)"))
    }

    @Test(.enabled(if: InteropSamples.realCollection("log4brains") != nil && InteropSamples.realCollection("madr") != nil))
    func realCollectionsImportInEffectiveOrderAndLaterCommandsFollowTheirDates() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("import", "log4brains", try #require(InteropSamples.realCollection("log4brains"))))
        expectOK(try workspace.run("import", "madr", try #require(InteropSamples.realCollection("madr"))))
        #expect(try workspace.index().count == 28)
        #expect(try workspace.streamsOutOfEffectiveOrder().isEmpty, "each record is proposed, then decided, at its date")
        // 20201016-use-the-adr-slug-as-its-unique-id.md, accepted on its date, supersedes ADR-4.
        let early = try workspace.run("deprecate", "ADR-6", "--reason", "ids are paths now", "--effective", "2020-10-01")
        expectError(early, exit: 1, mentioning: [
            "ADR-6 was accepted effective 2020-10-16, so it cannot be deprecated effective 2020-10-01", "[effective-too-early]",
        ])
        expectOK(try workspace.run("deprecate", "ADR-6", "--reason", "ids are paths now", "--effective", "2021-02-01"))
        #expect(try workspace.streamsOutOfEffectiveOrder().isEmpty)
    }
}
