import Foundation
import Testing
import StrataTestSupport

/// Directory exports never write through a symlink out of their target, even with --force.
@Suite struct ExportPathSafetyTests {
    /// The demo store with `elsewhere/victim.txt`, the file a planted link points at.
    private static func demo() throws -> (DemoWorkspace, elsewhere: URL) {
        let demo = try DemoWorkspace()
        let elsewhere = demo.url.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try "mine".write(to: elsewhere.appendingPathComponent("victim.txt"), atomically: true, encoding: .utf8)
        return (demo, elsewhere)
    }

    @Test func aSubdirectoryLinkedOutOfTheTargetIsRefusedEvenWithForce() throws {
        let (demo, elsewhere) = try Self.demo()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("out")
        #expect(try demo.run("export html", out.path).status == 0)
        let decisions = out.appendingPathComponent("decisions")
        try FileManager.default.removeItem(at: decisions)
        try FileManager.default.createSymbolicLink(at: decisions, withDestinationURL: elsewhere)
        let before = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        try "stale".write(to: out.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        expectError(try demo.run("export html", out.path, "--force"), exit: 2, mentioning: ["outside", decisions.path, "[export-refused]"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path) == ["victim.txt"])
        // Refused before writing anything: not even the files outside the linked directory changed.
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == "stale")
        #expect(before != "stale")
    }

    @Test(arguments: [("html", "index.html"), ("adr-tools", "README.md"), ("madr", "0001-start-on-one-postgresql-database.md"),
                      ("graph", "decisions.dot")])
    func aFileThatIsALinkIsNeverWrittenThrough(_ format: String, _ file: String) throws {
        let (demo, elsewhere) = try Self.demo()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("out")
        #expect(try demo.run("export \(format)", out.path).status == 0)
        let planted = out.appendingPathComponent(file)
        try FileManager.default.removeItem(at: planted)
        try FileManager.default.createSymbolicLink(at: planted, withDestinationURL: elsewhere.appendingPathComponent("victim.txt"))

        for extra in [[], ["--force"]] {
            let result = try StrataBinary.run(["export", format, out.path, "--store", demo.store] + extra, in: demo.url)
            expectError(result, exit: 2, mentioning: [planted.path, "symbolic link", "[export-refused]"])
        }
        #expect(try String(contentsOf: elsewhere.appendingPathComponent("victim.txt"), encoding: .utf8) == "mine")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted.path) == elsewhere.appendingPathComponent("victim.txt").path)
    }

    @Test func aLinkThatStaysInsideTheTargetIsFollowed() throws {
        let (demo, _) = try Self.demo()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("out")
        let real = out.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("decisions"), withDestinationURL: real)
        #expect(try demo.run("export html", out.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("adr-1.html").path))
    }
}
