import Foundation
import GRDB
import StrataTestSupport
import Testing

/// A log whose tail was deleted used to be caught by `verify` only until the next append or
/// rebuild, which refolded the checkpoint and handed the lost positions to new events. The log
/// now remembers the furthest position it held, and every command refuses a log that lost it.
struct TruncationMemoryTests {
    private func withoutTriggers(_ path: String, _ sql: String) throws {
        try DatabaseQueue(path: path).write { db in
            for trigger in ["events_no_update", "events_no_delete", "events_insert_continues_log"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(trigger)")
            }
            try db.execute(sql: sql)
        }
    }

    private func positions(_ path: String) throws -> [(Int64, String)] {
        try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "SELECT position, event_type FROM events ORDER BY position").map { ($0[0], $0[1]) }
        }
    }

    @Test func everyCommandRefusesALogThatLostItsTailUntilTheLossIsRecorded() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for name in ["checkout", "billing", "search"] {
            #expect(try workspace.run("context", "add", name, "--store", workspace.store).status == 0)
        }
        let held = try positions(workspace.store).count
        try withoutTriggers(workspace.store, "DELETE FROM events WHERE position > \(held - 2)")
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.store))

        for arguments in [["context", "list"], ["arch"], ["audit"], ["log"], ["context", "add", "payments"], ["arch", "--as-of", "@1"]] {
            let result = try StrataBinary.run(["--store", workspace.store] + arguments, in: workspace.url)
            expectError(result, exit: 2, mentioning: ["once held position \(held)", "rebuild --force", "[log-discontinuous]"])
        }
        expectError(try workspace.runOnStore("rebuild"), exit: 1, mentioning: ["truncated", "[chain-broken]"])
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 1 && verify.stdout.contains("once held position \(held)"), "\(verify)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.store)) == before, "a refused command wrote to the store")

        let forced = try workspace.runOnStore("rebuild", "--force", "--actor", "ops")
        #expect(forced.status == 0, "\(forced)")
        let log = try positions(workspace.store)
        #expect(log[(held - 2)..<held].allSatisfy { $0.1 == "maintenance.position-lost" }, "lost positions were not filled: \(log)")
        #expect(log[held].1 == "maintenance.rebuild-forced")
        #expect(try workspace.run("context", "add", "payments", "--store", workspace.store).status == 0)
        #expect(try positions(workspace.store).count > held + 1, "a new event took a lost position")
        #expect(try workspace.runOnStore("verify").status == 0)
    }

    @Test func aLogWhoseLastEventWasReplacedIsRefused() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("context", "add", "checkout", "--store", workspace.store).status == 0)
        // A second copy of the same store grows another last event from the same chain: swapped
        // in, the chain still verifies, but it is not the event this log held.
        let fork = workspace.path("fork.db")
        try FileManager.default.copyItem(atPath: workspace.store, toPath: fork)
        #expect(try workspace.run("context", "add", "billing", "--store", workspace.store).status == 0)
        #expect(try workspace.run("context", "add", "payroll", "--store", fork).status == 0)
        try withoutTriggers(workspace.store, """
            ATTACH '\(fork)' AS fork;
            DELETE FROM events WHERE hash NOT IN (SELECT hash FROM fork.events);
            INSERT INTO events SELECT * FROM fork.events WHERE position > (SELECT MAX(position) FROM main.events);
            """)

        expectError(try StrataBinary.run(["--store", workspace.store, "context", "list"], in: workspace.url), exit: 2, mentioning: ["holds another event", "[log-discontinuous]"])
        let verify = try workspace.runOnStore("verify", "--json")
        #expect(verify.status == 1 && verify.stdout.contains("\"replaced\""), "\(verify)")
        #expect(try workspace.runOnStore("rebuild", "--force").status == 0)
        let list = try StrataBinary.run(["--store", workspace.store, "context", "list"], in: workspace.url)
        #expect(list.status == 0 && list.stdout.contains("payroll") && !list.stdout.contains("billing"), "\(list)")
    }

    @Test func aStoreFromBeforeTheWatermarkRemembersWhatItsCheckpointSaw() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for name in ["checkout", "billing"] {
            #expect(try workspace.run("context", "add", name, "--store", workspace.store).status == 0)
        }
        // Undo migrations 5 to 9 as a store written by an older strata would be, truncated back then.
        let sealTriggers = try DatabaseQueue(path: workspace.store).read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rm%seal%'")
        }
        try withoutTriggers(workspace.store, sealTriggers.map { "DROP TRIGGER \($0);" }.joined() + """
            CREATE INDEX events_by_recorded ON events (recorded_at);
            DROP INDEX rm_measurements_bottlenecks;
            DROP TABLE log_watermark;
            DROP TABLE rm_seals;
            DROP TABLE search_index;
            DROP TABLE search_docs;
            DROP TABLE search_contexts;
            DELETE FROM projection_checkpoints WHERE projection = 'search';
            ALTER TABLE rm_snapshots DROP COLUMN digest;
            DELETE FROM schema_migrations WHERE version >= 5;
            PRAGMA user_version = 4;
            DELETE FROM events WHERE position = (SELECT MAX(position) FROM events);
            """)
        expectError(try StrataBinary.run(["--store", workspace.store, "context", "list"], in: workspace.url), exit: 2, mentioning: ["[log-discontinuous]"])
    }
}
