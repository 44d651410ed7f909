import Foundation
import StrataTestSupport
import Testing

/// `--store` and `--json` belong to every command and may be written before its name, as
/// people type them after a shell alias (`alias s='strata --store team.db'`).
struct GlobalOptionsTests {
    @Test func storeAndJSONMayComeBeforeTheCommand() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let added = try workspace.run("--store", workspace.store, "context", "add", "checkout", "--actor", "tester")
        #expect(added.status == 0, "\(added)")
        let before = try workspace.run("--store", workspace.store, "--json", "arch")
        let after = try workspace.run("arch", "--store", workspace.store, "--json")
        #expect(before.status == 0 && before.stdout == after.stdout, "\(before)")
        #expect(before.stdout.contains("\"checkout\""))
        let equals = try workspace.run("--store=\(workspace.store)", "log", "--json")
        #expect(equals.status == 0 && equals.stdout.contains("\"decisions\""), "\(equals)")
    }

    @Test func aGlobalOptionTheCommandLacksIsStillAUsageError() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run("--json", "init", workspace.path("other.db"))
        expectError(result, exit: 2, mentioning: ["--json"])
    }
}
