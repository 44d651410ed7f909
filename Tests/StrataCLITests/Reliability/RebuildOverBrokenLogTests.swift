import Foundation
import GRDB
import StrataTestSupport
import Testing

/// A rebuild used to refold an edited or truncated log without a word, making the read models
/// agree with it and erasing the evidence `verify` had. Now it verifies first.
struct RebuildOverBrokenLogTests {
    private func tampered(_ workspace: CLIWorkspace, _ sql: String) throws {
        try DatabaseQueue(path: workspace.store).write { db in
            for trigger in ["events_no_update", "events_no_delete", "events_insert_continues_log"] { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            try db.execute(sql: sql)
        }
    }

    @Test func anEditedLogIsRefusedUnlessForcedAndTheForcingIsRecorded() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("context", "add", "checkout", "--store", workspace.store).status == 0)
        #expect(try workspace.run("context", "add", "billing", "--store", workspace.store).status == 0)
        try tampered(workspace, #"UPDATE events SET data = replace(data, 'billing', 'payroll') WHERE event_type = 'context.defined' AND data LIKE '%billing%'"#)

        let refused = try workspace.runOnStore("rebuild")
        expectError(refused, exit: 1, mentioning: ["broken at position", "content-changed", "--force", "[chain-broken]"])
        let forced = try workspace.runOnStore("rebuild", "--force", "--actor", "ops")
        #expect(forced.status == 0 && forced.stdout.contains("Forced over the break"), "\(forced)")
        let events = try workspace.runOnStore("events", "--type", "maintenance.rebuild-forced", "--json")
        #expect(events.stdout.contains("\"actor\":\"ops\"") && events.stdout.contains("content-changed"), "\(events)")
    }

    @Test func aTruncatedLogIsRefusedSoTheCheckpointKeepsItsEvidence() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for name in ["checkout", "billing", "search"] {
            #expect(try workspace.run("context", "add", name, "--store", workspace.store).status == 0)
        }
        try tampered(workspace, "DELETE FROM events WHERE position = (SELECT MAX(position) FROM events)")
        expectError(try workspace.runOnStore("rebuild"), exit: 1, mentioning: ["truncated", "[chain-broken]"])
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 1 && verify.stdout.contains("truncated"), "the evidence of truncation was erased: \(verify)")
    }
}
