import Foundation
import Testing
import Strata
import StrataTestSupport

/// Damage done to the file itself, below SQL and its triggers: never a crash, and either a
/// clear `error:` line or `verify` naming the first bad position. (Truncation, random bytes,
/// foreign and newer stores, and SQL edits with the triggers dropped are in UnusableStoreTests
/// and VerifyCommandTests.)
@Suite struct StoreDamageTests {
    private func seeded() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        for index in 1...6 {
            let result = try workspace.append("note-1", data: "{\"text\":\"marker-\(index)-\(String(repeating: "q", count: 40))\"}")
            #expect(result.status == 0, "\(result)")
        }
        return workspace
    }

    private func bytes(_ workspace: CLIWorkspace) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: workspace.store)) }

    @Test func payloadEditedOnDiskIsNamedByVerify() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        var file = try bytes(workspace)
        let range = try #require(file.range(of: Data("marker-4-".utf8)), "payload not found in the file")
        file[range.lowerBound] = UInt8(ascii: "M")   // same length: SQLite still reads the page
        try file.write(to: URL(fileURLWithPath: workspace.store))

        let result = try workspace.runOnStore("verify")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("BROKEN at position 4 (content-changed)"), "\(result)")
    }

    @Test(arguments: [0.3, 0.6, 0.9])
    func randomBytesInsideAStoreNeverCrash(at fraction: Double) throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        var file = try bytes(workspace)
        var generator = SystemRandomNumberGenerator()
        let start = max(100, Int(Double(file.count) * fraction))
        for offset in start..<min(file.count, start + 512) { file[offset] = UInt8.random(in: 0...255, using: &generator) }
        try file.write(to: URL(fileURLWithPath: workspace.store))

        for command in [["verify"], ["events", "--json"]] {
            let result = try StrataBinary.run([command[0], "--store", workspace.store] + command.dropFirst(), in: workspace.url)
            #expect([0, 1, 2].contains(result.status), "crashed: \(result)")
            if result.status == 2 { expectError(result, exit: 2) }
            if result.status == 1 { #expect(result.stdout.contains("BROKEN at position"), "\(result)") }
        }
    }

    @Test func garbageWALIsIgnoredAndTheStoreStaysWhole() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        var generator = SystemRandomNumberGenerator()
        let junk = Data((0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try junk.write(to: URL(fileURLWithPath: workspace.store + "-wal"))

        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.lines.first == "ok: 6 events verified")
        #expect(try workspace.append("note-1").status == 0)
        #expect(try SQLiteEventLog.open(at: workspace.store).events().count == 7)
    }
}
