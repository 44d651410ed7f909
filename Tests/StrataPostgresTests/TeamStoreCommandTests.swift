import Foundation
import StrataTestSupport
import Testing

/// `strata` on a team store: every person's commands through a replica of their own, writes
/// ordered by the one PostgreSQL log, reads served locally.
@Suite struct TeamStoreCommandTests {
    @Test func twoReplicasWritingConvergeToIdenticalReadModelsAndHeads() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let created = try await team.read(["init", team.url])
        #expect(created.contains("Created") && !created.contains(team.cluster.password))

        try await team.ok(["context", "add", "payments", "--description", "Card payments"], as: "alice")
        try await team.ok(["context", "add", "billing"], as: "bob")
        try team.directory.write("ledger.json", Data(#"{"name": "ledger", "accessPatterns": ["relational"], "consistency": "strong"}"#.utf8))
        try await team.ok(["workload", "add", "--file", team.directory.path("ledger.json"), "--context", "C-1"], as: "bob")
        try await team.ok([
            "propose", "--title", "Keep the ledger in PostgreSQL", "--context", "C-1", "--option", "PostgreSQL", "--choose", "PostgreSQL",
            "--rationale", "ACID", "--adopt", "postgresql:ledger-db", "--in", "C-1", "--role", "primary", "--serves", "W-1",
        ], as: "alice")
        try await team.ok(["accept", "ADR-1"], as: "bob")
        try await team.ok(["measure", "W-1", "latency-p99-ms", "42", "--source", "load-test"], as: "alice")

        for view in [["arch", "--json"], ["log", "--json"], ["audit", "--json"], ["events", "--json"]] {
            let cut = ["--as-of", "@7"]
            let alice = try await team.read(view + (view[0] == "events" ? [] : cut), as: "alice")
            let bob = try await team.read(view + (view[0] == "events" ? [] : cut), as: "bob")
            #expect(!alice.isEmpty && alice == bob, "\(view[0]) differs between the replicas")
        }
        let aliceHead = try await team.read(["verify"], as: "alice")
        let bobHead = try await team.read(["verify"], as: "bob")
        #expect(aliceHead.contains("head ") && aliceHead == bobHead)
        // Recorded by whoever ran the command, on the server's clock.
        let events = try await team.read(["events", "--json"], as: "carol")
        #expect(events.contains(#""actor":"alice""#) && events.contains(#""actor":"bob""#))
    }

    @Test func shortIDsAllocatedByRacingReplicasAreNeverShared() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        _ = try await team.read(["init", team.url])
        let people = (0..<6).map { "person\($0)" }
        let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for person in people { group.addTask { try await team.run(["context", "add", "ctx-\(person)", "--actor", person], as: person) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        let list = try await team.read(["context", "list", "--json"], as: "reader")
        let ids = Set((1...people.count).map { "C-\($0)" }.filter { list.contains("\"\($0)\"") })
        #expect(ids.count == people.count, "contexts got \(ids.sorted()), from \(list)")
    }

    @Test func aRaceLostOnAnEntityIsDecidedAgainNotReportedAsAConflict() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        _ = try await team.read(["init", team.url])
        try await team.ok(["context", "add", "payments"])
        try await team.ok(["propose", "--title", "Queue the refunds", "--context", "C-1", "--option", "Kafka", "--choose", "Kafka"])
        let outcomes = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            group.addTask { try await team.run(["accept", "ADR-1", "--actor", "bob"], as: "bob") }
            group.addTask { try await team.run(["reject", "ADR-1", "--reason", "too soon", "--actor", "carol"], as: "carol") }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0.status == 0 }.count == 1, "\(outcomes)")
        let loser = try #require(outcomes.first { $0.status != 0 })
        // The loser saw the winner's decision when it decided again: a refusal in domain terms.
        expectFailure(loser, exit: 1, mentioning: ["[illegal-transition]"])
    }

    @Test func pushMovesAFileStoreWithItsHistoryAndRefusesAStoreThatHoldsEvents() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let file = team.directory.path("demo.db")
        let local = try await team.run(["demo", "--store", file])
        #expect(local.status == 0, "\(local.stderr)")
        let pushed = try await team.run(["push", team.url, "--store", file, "--actor", "alice", "--json"])
        #expect(pushed.status == 0, "\(pushed.stderr)")
        #expect(pushed.stdout.contains(#""copied":"#) && !pushed.stdout.contains(team.cluster.password))

        // Recorded times came along, so the past reads the same on both.
        let past = ["arch", "--as-of", "2024-09-01", "--json"]
        let fromFile = try await team.run(past + ["--store", file])
        let fromTeam = try await team.read(past)
        #expect(fromTeam.contains("shop-db") && fromFile.stdout == fromTeam)
        let again = try await team.run(["push", team.url, "--store", file, "--actor", "alice"])
        expectFailure(again, exit: 2, mentioning: ["[postgres-push-target-not-empty]"], hiding: team.cluster.password)
        let demo = try await team.run(["demo"])
        expectFailure(demo, exit: 1, mentioning: ["strata push", "[not-allowed-here]"])
    }

    @Test func unusableTeamStoresAreOneLineErrorsThatLeaveNothingBehind() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let password = team.cluster.password
        let wrongPassword = team.cluster.url(database: team.database, password: "not-the-password")
        expectFailure(try await team.run(["arch"], environment: ["STRATA_STORE": wrongPassword]), exit: 2,
                      mentioning: ["[postgres-authentication-failed]"], hiding: "not-the-password")
        expectFailure(try await team.run(["arch"]), exit: 2, mentioning: ["strata init", "[postgres-empty-database]"], hiding: password)
        let closed = "postgres://strata@127.0.0.1:1/nowhere?sslmode=disable"
        expectFailure(try await team.run(["arch"], environment: ["STRATA_STORE": closed]), exit: 2, mentioning: ["[postgres-unreachable]"])
        expectFailure(try await team.run(["arch"], environment: ["STRATA_LIBEXEC": team.directory.path("nowhere")]), exit: 2,
                      mentioning: ["strata-team", "[team-support-missing]"])

        let foreign = try await team.cluster.createDatabase()
        _ = try await team.cluster.psql("CREATE TABLE invoices (id int)", database: foreign)
        expectFailure(try await team.run(["arch"], environment: ["STRATA_STORE": team.cluster.url(database: foreign)]), exit: 2,
                      mentioning: ["[postgres-not-a-store]"], hiding: password)

        // A replica file belongs to one team store: another store's replica, or a plain file, is refused.
        _ = try await team.read(["init", team.url])
        let plain = team.directory.path("plain.db")
        _ = try await team.run(["init", plain])
        expectFailure(try await team.run(["arch"], environment: ["STRATA_REPLICA": plain]), exit: 2, mentioning: ["[replica-diverged]"])
        let untouched = try await team.run(["events", "--store", plain, "--json"])
        #expect(untouched.status == 0 && untouched.stdout.isEmpty, "the plain store gained events: \(untouched)")
    }

    @Test func verifyWalksTheTeamStoresOwnChainAndFindsAnEditedRow() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        _ = try await team.read(["init", team.url])
        try await team.ok(["context", "add", "payments"])
        try await team.ok(["context", "add", "billing"])
        let sound = try await team.read(["verify"])
        #expect(sound.contains("ok: 4 events verified"))
        _ = try await team.cluster.psql(
            "ALTER TABLE events DISABLE TRIGGER USER; UPDATE events SET data = replace(data, 'billing', 'b1lling') WHERE position = 3",
            database: team.database)
        let broken = try await team.run(["verify"])
        #expect(broken.status == 1 && broken.stdout.contains("BROKEN at position 3"), "\(broken)")
    }
}
