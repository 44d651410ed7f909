import Foundation
import Testing

/// Issue 15: import refuses what it cannot recognise and never follows a link out of its directory.
@Suite struct ImportInputSafetyTests {
    @Test func anEventsExportWithoutTheWordEventsIsRefusedAndRecordsNothing() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        expectOK(try workspace.run("propose", "--title", "Start simple"))
        let export = try workspace.strata("events", "--json")
        let file = try workspace.file("events.ndjson", export.stdout)
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.store))
        let result = try workspace.run("import", file)
        expectError(result, exit: 2, mentioning: ["events.ndjson", "an events export", "strata import events", "[unknown-format]"])
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
        let other = try workspace.file("notes.txt", "# Not a record\n\nJust notes.\n")
        expectError(try workspace.run("import", other), exit: 2, mentioning: [
            "notes.txt", "not a format import recognises", "adr-tools, madr, log4brains, json-adr, events",
        ])
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.store)) == before)
        expectOK(try workspace.run("import", "events", file))
    }

    @Test func aLinkOutOfTheDirectoryIsSkippedAndReportedAndExportsNeverWriteThroughOne() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        let outside = try workspace.file("secret.md", InteropSamples.adrTools(9, "Secret"))
        let directory = try workspace.directory("adr", ["0001-first.md": InteropSamples.adrTools(1, "First")])
        try FileManager.default.createSymbolicLink(atPath: directory + "/0009-secret.md", withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: directory + "/0010-passwd.md", withDestinationPath: "/etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: directory + "/0002-same.md", withDestinationPath: directory + "/0001-first.md")
        let output = expectOK(try workspace.run("import", directory))
        #expect(output.contains("0009-secret.md: a symbolic link to '"), "\(output)")
        #expect(output.contains("0010-passwd.md: a symbolic link to '/etc/passwd', outside the directory; not followed"))
        #expect(output.contains("[symlink-outside]"))
        #expect(try workspace.index().allSatisfy { !$0.contains("Secret") && !$0.contains("root") })

        let out = workspace.url.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = try workspace.file("victim.txt", "mine")
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("0001-first.md").path, withDestinationPath: victim)
        expectError(try workspace.strata("export", "adr-tools", out.path, "--force"), exit: 2, mentioning: ["[export-refused]"])
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "mine")
    }
}
