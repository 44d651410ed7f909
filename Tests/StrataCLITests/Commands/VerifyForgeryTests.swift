import Foundation
import GRDB
import StrataTestSupport
import Testing

/// A forger with write access can drop the triggers and re-chain the log; `verify` now checks
/// what such a forger has to change: the chain's start against the store's id, and the
/// triggers' definitions rather than their names.
struct VerifyForgeryTests {
    @Test func aNoOpTriggerUnderTheRightNameIsReported() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.append("note-1")
        try DatabaseQueue(path: workspace.store).write { db in
            try db.execute(sql: "DROP TRIGGER events_no_delete")
            try db.execute(sql: "CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT 1; END")
        }
        let result = try workspace.runOnStore("verify")
        #expect(result.stdout.contains("warning: trigger events_no_delete is not the one this store was created with"), "\(result)")
        #expect(!result.stdout.contains("events_no_update"), "an intact trigger was reported: \(result)")
    }

    @Test func aChainStartedFromAnotherGenesisIsBroken() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.append("note-1")
        try DatabaseQueue(path: workspace.store).write { db in
            for trigger in ["store_meta_no_update", "store_meta_no_delete", "store_meta_single_row"] {
                try db.execute(sql: "DROP TRIGGER \(trigger)")
            }
            try db.execute(sql: "UPDATE store_meta SET genesis_hash = randomblob(32)")
        }
        let result = try workspace.runOnStore("verify", "--json")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.contains("\"genesis-mismatch\""), "\(result)")
    }
}

/// A store that lost its identity row used to get a new one minted by the next command, even
/// by `verify`, rewriting the file and hiding the damage.
struct LostIdentityTests {
    @Test func aStoreWithEventsButNoIdentityIsRefusedAndLeftAsItIs() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.append("note-1")
        try DatabaseQueue(path: workspace.store).write { db in
            try db.execute(sql: "DROP TRIGGER store_meta_no_delete")
            try db.execute(sql: "DELETE FROM store_meta")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: workspace.store))
        for command in ["verify", "events", "arch"] {
            expectError(try workspace.runOnStore(command), exit: 2, mentioning: ["store_meta", "[store-damaged]"])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.store)) == before, "the damaged store was written to")
    }
}
