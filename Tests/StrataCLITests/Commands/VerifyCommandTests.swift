import Foundation
import GRDB
import Testing
import StrataTestSupport

/// `strata verify`: exit 0 for a sound chain, 1 for a broken one or a failed anchor, 2 for bad input.
@Suite struct VerifyCommandTests {
    private func seeded(_ count: Int = 4) throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        let result = try workspace.append("note-1", "--repeat", "\(count)")
        #expect(result.status == 0, "\(result)")
        return workspace
    }

    /// The `POSITION:HASH` line `verify` prints for a sound log.
    private func head(_ workspace: CLIWorkspace) throws -> String {
        let result = try workspace.runOnStore("verify")
        #expect(result.status == 0, "\(result)")
        return String(try #require(result.lines.last?.split(separator: " ").last))
    }

    /// A raw connection with the triggers dropped by hand, as a tamperer would.
    private func tamper(_ workspace: CLIWorkspace, _ sql: String) throws {
        try DatabaseQueue(path: workspace.store).writeWithoutTransaction { db in
            try db.execute(sql: """
                DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete; DROP TRIGGER events_insert_continues_log;
                """)
            try db.execute(sql: sql)
        }
    }

    @Test func soundLogExitsZeroAndPrintsItsHead() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let result = try workspace.runOnStore("verify")
        #expect(result.status == 0)
        #expect(result.lines.first == "ok: 4 events verified")
        let anchor = try #require(result.lines.last)
        #expect(anchor.hasPrefix("head 4:"))
        #expect(anchor.count == "head 4:".count + 64)
    }

    @Test func emptyStoreVerifies() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.runOnStore("verify")
        #expect(result.status == 0)
        #expect(result.lines.first == "ok: 0 events verified")
    }

    @Test func anchorHoldsAsTheLogGrows() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        let anchor = try head(workspace)
        #expect(try workspace.append("note-2").status == 0)
        let result = try workspace.runOnStore("verify", "--anchor", anchor)
        #expect(result.status == 0, "\(result)")
        #expect(result.lines.first == "ok: 5 events verified and extends the anchor")
    }

    @Test func truncatedTailFailsTheAnchor() throws {
        let workspace = try seeded(6)
        defer { workspace.remove() }
        let anchor = try head(workspace)
        try tamper(workspace, "DELETE FROM events WHERE position > 4")

        let unanchored = try workspace.runOnStore("verify")
        #expect(unanchored.lines.contains { $0.hasPrefix("warning: trigger events_no_delete is missing") })
        let result = try workspace.runOnStore("verify", "--anchor", anchor)
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("BROKEN at position 5 (truncated)"))
    }

    @Test(arguments: [
        ("UPDATE events SET data = '{\"text\":\"forged\"}' WHERE position = 2", "BROKEN at position 2 (content-changed)"),
        ("DELETE FROM events WHERE position = 2", "BROKEN at position 2 (position-gap)"),
        ("""
         CREATE TEMP TABLE swap AS SELECT * FROM events WHERE position IN (2, 3);
         DELETE FROM events WHERE position IN (2, 3);
         INSERT INTO events SELECT 5 - position, event_id, stream_id, category, stream_version, event_type,
           schema_version, data, metadata, recorded_at, effective_at, prev_hash, hash FROM swap;
         """, "BROKEN at position 2 (chain-link-broken)"),
        ("""
         UPDATE events SET position = position + 100 WHERE position >= 3;
         UPDATE events SET position = position - 99 WHERE position >= 103;
         INSERT INTO events SELECT 3, '0190a6c0-0000-7000-8000-0000000000dd', 'other-1', 'other', 1, event_type,
           schema_version, data, metadata, recorded_at, effective_at, hash, hash FROM events WHERE position = 2;
         """, "BROKEN at position 3 (content-changed)"),
    ])
    func tamperingIsDetected(sql: String, report: String) throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        try tamper(workspace, sql)
        let result = try workspace.runOnStore("verify")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains(report), "\(result)")
        #expect(result.stdout.contains("The log is sound up to position"))
    }

    @Test func jsonReportsTheBreak() throws {
        let workspace = try seeded()
        defer { workspace.remove() }
        try tamper(workspace, "UPDATE events SET data = '[]' WHERE position = 3")
        let result = try workspace.runOnStore("verify", "--json")
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["sound"] as? Bool == false)
        let broken = try #require(object["firstBreak"] as? [String: Any])
        #expect(broken["position"] as? Int == 3)
        #expect(broken["kind"] as? String == "content-changed")
        #expect((object["warnings"] as? [String])?.count == 3)
    }

    @Test(arguments: [
        "abc", "4", "4:", "x:" + String(repeating: "a", count: 64), "-1:" + String(repeating: "a", count: 64),
        "4:" + String(repeating: "a", count: 62), "4:" + String(repeating: "g", count: 64),
    ])
    func malformedAnchorIsAUsageError(anchor: String) throws {
        let workspace = try seeded(1)
        defer { workspace.remove() }
        let result = try StrataBinary.run(["verify", "--store", workspace.store, "--anchor=\(anchor)"], in: workspace.url)
        expectError(result, exit: 2, mentioning: ["--anchor", "POSITION:HASH"])
        #expect(result.stdout.isEmpty)
    }

    @Test func anchorFromAnotherStoreFails() throws {
        let workspace = try seeded(2), other = try seeded(3)
        defer { workspace.remove(); other.remove() }
        let foreign = try head(other)
        let result = try workspace.runOnStore("verify", "--anchor", foreign)
        #expect(result.status == 1, "\(result)")
    }
}
