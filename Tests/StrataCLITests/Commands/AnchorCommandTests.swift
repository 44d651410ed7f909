import Foundation
import GRDB
import Strata
import StrataTestSupport
import Testing

/// With the triggers dropped, a forger who re-chained the log and rewrote its watermark passed
/// `verify` unless the user had kept an anchor by hand. `strata anchor` keeps the head outside
/// the store, and `verify --anchors` checks every anchor kept.
struct AnchorCommandTests {
    private func contexts(_ workspace: CLIWorkspace, _ names: String...) throws {
        for name in names { #expect(try workspace.run("context", "add", name, "--store", workspace.store).status == 0) }
    }

    private func repository(_ workspace: CLIWorkspace) throws -> String {
        let path = workspace.path("architecture")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for arguments in [["init", "-q"], ["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "--allow-empty", "-m", "start"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git", "-C", path] + arguments
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0)
        }
        return path
    }

    /// Rewrites every event's text and re-chains the log, watermark included, as a forger with
    /// the file would: everything the file itself holds agrees with the forgery.
    private func forge(_ path: String) throws {
        let log = try SQLiteEventLog.open(at: path)
        var events = try log.events()
        var previous = EventHasher.genesis(storeID: log.storeID)
        for index in events.indices {
            events[index].data = events[index].data.replacingOccurrences(of: "billing", with: "payroll")
            events[index].prevHash = previous
            events[index].hash = EventHasher.hash(of: events[index])
            previous = events[index].hash
        }
        try DatabaseQueue(path: path).write { db in
            for trigger in ["events_no_update", "events_no_delete", "events_insert_continues_log"] { try db.execute(sql: "DROP TRIGGER \(trigger)") }
            for event in events {
                try db.execute(sql: "UPDATE events SET data = ?, prev_hash = ?, hash = ? WHERE position = ?",
                               arguments: [event.data, Data(event.prevHash), Data(event.hash), event.position])
            }
            try db.execute(sql: "UPDATE log_watermark SET hash = ?", arguments: [Data(previous)])
        }
    }

    @Test func anchorsInAFileATagAndANoteAllHold() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try contexts(workspace, "checkout")
        let repo = try repository(workspace)
        let file = try workspace.runOnStore("anchor", "--to", workspace.path("anchors.txt"))
        #expect(file.status == 0 && file.stdout.contains("Anchored position"), "\(file)")
        // No git identity in the environment: the anchor is made by the actor.
        let environment = ["HOME": workspace.path("home"), "GIT_CONFIG_NOSYSTEM": "1"]
        #expect(try StrataBinary.run(["anchor", "--store", workspace.store, "--git-tag", "--repo", repo, "--actor", "ci"],
                                     in: workspace.url, environment: environment).status == 0)
        #expect(try StrataBinary.run(["anchor", "--store", workspace.store, "--git-note", "--repo", repo, "--actor", "ci"],
                                     in: workspace.url, environment: environment).status == 0)
        try contexts(workspace, "billing")

        let verify = try workspace.runOnStore("verify", "--anchors")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.stdout.components(separatedBy: ": holds").count == 4, "three anchors hold: \(verify)")
        let json = try workspace.runOnStore("verify", "--anchors", "--json")
        #expect(json.stdout.contains("\"git-tag:") && json.stdout.contains("\"git-note:") && json.stdout.contains("\"file:"), "\(json)")
    }

    @Test func aReChainedLogPassesVerifyButNotItsAnchors() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try contexts(workspace, "checkout", "billing")
        let repo = try repository(workspace)
        #expect(try workspace.runOnStore("anchor", "--git-tag", "--repo", repo, "--actor", "ci").status == 0)
        try forge(workspace.store)

        #expect(try workspace.runOnStore("verify").status == 0, "the forgery is self-consistent")
        let anchored = try workspace.runOnStore("verify", "--anchors")
        #expect(anchored.status == 1 && anchored.stdout.contains("DOES NOT HOLD"), "\(anchored)")
    }

    @Test func anOldCopyPutBackIsCaughtByAnAnchorTakenSince() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try contexts(workspace, "checkout")
        let backup = workspace.path("backup.db")
        try FileManager.default.copyItem(atPath: workspace.store, toPath: backup)
        try contexts(workspace, "billing", "search")
        let anchors = workspace.path("anchors.txt")
        #expect(try workspace.runOnStore("anchor", "--to", anchors).status == 0)
        try FileManager.default.removeItem(atPath: workspace.store)
        try FileManager.default.copyItem(atPath: backup, toPath: workspace.store)

        #expect(try workspace.runOnStore("verify").status == 0, "the old copy is sound on its own")
        let unnamed = try workspace.runOnStore("verify", "--anchors")
        #expect(unnamed.stdout.contains("no anchor of this store was found"), "the copy predates the anchor's record: \(unnamed)")
        let named = try workspace.runOnStore("verify", "--anchors", "--anchors-in", anchors)
        #expect(named.status == 1 && named.stdout.contains("truncated"), "\(named)")
    }

    @Test func aBrokenLogIsNotAnchoredAndAnUnreadablePlaceFails() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try contexts(workspace, "checkout")
        #expect(try workspace.runOnStore("anchor", "--to", workspace.path("anchors.txt")).status == 0)
        try FileManager.default.removeItem(atPath: workspace.path("anchors.txt"))
        let gone = try workspace.runOnStore("verify", "--anchors")
        #expect(gone.status == 1 && gone.stdout.contains("UNREADABLE anchor place"), "\(gone)")

        try DatabaseQueue(path: workspace.store).write { db in
            try db.execute(sql: "DROP TRIGGER events_no_update")
            try db.execute(sql: "UPDATE events SET data = replace(data, 'checkout', 'payroll') WHERE event_type = 'context.defined'")
        }
        expectError(try workspace.runOnStore("anchor", "--to", workspace.path("anchors.txt")), exit: 1, mentioning: ["broken", "[chain-broken]"])
        expectError(try workspace.runOnStore("anchor"), exit: 2, mentioning: ["--to FILE, --git-tag or --git-note"])
    }
}
