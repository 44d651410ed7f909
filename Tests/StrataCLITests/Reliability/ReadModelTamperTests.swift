import Foundation
import GRDB
import StrataTestSupport
import Testing

/// `UPDATE rm_audit_stores SET verdict='justified'` used to make `strata audit` pass and
/// `strata verify` say ok: an audit used as a CI gate could be flipped without touching the
/// chain. Now the edit fails in any other client, and one made behind the seal is refused.
struct ReadModelTamperTests {
    private func demo() throws -> CLIWorkspace {
        let workspace = try CLIWorkspace()
        #expect(try workspace.runOnStore("demo").status == 0)
        return workspace
    }

    /// The audit's verdicts, without its header line (which names the moment it was read).
    private func audit(_ workspace: CLIWorkspace) throws -> CommandResult {
        var result = try workspace.runOnStore("audit")
        result.stdout = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        return result
    }

    @Test func anAuditCannotBeFlippedFromAnotherClient() throws {
        let workspace = try demo()
        defer { workspace.remove() }
        let before = try audit(workspace)
        #expect(before.status == 1, "the demo's audit fails a store: \(before)")
        #expect(throws: DatabaseError.self) {
            try DatabaseQueue(path: workspace.store).write { db in try db.execute(sql: "UPDATE rm_audit_stores SET verdict = 'justified'") }
        }
        #expect(try audit(workspace).stdout == before.stdout)
    }

    @Test func anAuditFlippedBehindTheSealIsRefusedUntilRebuilt() throws {
        let workspace = try demo()
        defer { workspace.remove() }
        let before = try audit(workspace)
        try DatabaseQueue(path: workspace.store).write { db in
            let trigger = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'rm_audit_stores_seal_update'") ?? ""
            try db.execute(sql: "DROP TRIGGER rm_audit_stores_seal_update")
            try db.execute(sql: "UPDATE rm_audit_stores SET verdict = 'justified'")
            try db.execute(sql: trigger)
        }
        for command in ["audit", "arch", "log"] {
            expectError(try workspace.runOnStore(command), exit: 2, mentioning: ["rm_audit_stores", "strata rebuild", "[read-model-mismatch]"])
        }
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 1 && verify.stdout.contains("BROKEN read model: rm_audit_stores"), "\(verify)")
        #expect(try workspace.runOnStore("rebuild").status == 0)
        #expect(try audit(workspace).stdout == before.stdout)
        #expect(try workspace.runOnStore("verify").status == 0)
    }

    @Test func aDroppedSealTriggerIsRefused() throws {
        let workspace = try demo()
        defer { workspace.remove() }
        try DatabaseQueue(path: workspace.store).write { db in try db.execute(sql: "DROP TRIGGER rm_stores_seal_update") }
        expectError(try workspace.runOnStore("arch"), exit: 2, mentioning: ["rm_stores_seal_update", "[read-model-mismatch]"])
        #expect(try workspace.runOnStore("rebuild").status == 0)
        #expect(try workspace.runOnStore("arch").status == 0)
    }
}
