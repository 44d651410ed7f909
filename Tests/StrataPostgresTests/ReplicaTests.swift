import Foundation
import GRDB
import Strata
import StrataTestSupport
import Testing

/// A replica in process: catching up by position with the chain checked, and writing through
/// the team store with the versions it saw.
@Suite struct ReplicaTests {
    /// A replica at `path` of the team store at `url`, through the built `strata-team`.
    private static func replica(_ path: String, of url: String) throws -> SQLiteEventLog {
        let team = try #require(StrataBinary.locate(named: "strata-team"), "strata-team was not built")
        let upstream = try ProcessUpstream(executable: team.path, arguments: ["follow", "--create"], environment: ["STRATA_TEAM_URL": url])
        return try SQLiteEventLog.openReplica(at: path, following: upstream)
    }

    @Test func aStaleReplicaDecidesAgainOnTheTeamStoresStateAndBothConverge() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let alice = try Self.replica(team.directory.path("a.db"), of: team.url)
        let bob = try Self.replica(team.directory.path("b.db"), of: team.url)
        #expect(alice.storeID == bob.storeID && alice.isReplica)

        let defined = try ContextService(log: alice).define(name: "payments", CommandContext(actor: "alice"))
        #expect(try bob.catchUp() == 2)
        _ = try ContextService(log: alice).describe("C-1", description: "cards", CommandContext(actor: "alice"))
        // Bob has not seen Alice's description: he decides on version 1, loses, catches up, and
        // decides again on version 2 instead of reporting a conflict.
        let described = try ContextService(log: bob).describe("C-1", description: "cards and refunds", CommandContext(actor: "bob"))
        #expect(described.appended.map(\.streamVersion) == [3])
        try alice.catchUp()
        #expect(try alice.head() == bob.head())
        #expect(try alice.events(EventQuery(streamID: defined.subject.streamID)).map(\.metadata) ==
                bob.events(EventQuery(streamID: defined.subject.streamID)).map(\.metadata))
        #expect(try bob.verifyWithUpstream(anchor: nil).isSound)
    }

    @Test func anExplicitExpectedVersionIsStillRefusedWhenItIsStale() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let alice = try Self.replica(team.directory.path("a.db"), of: team.url)
        let bob = try Self.replica(team.directory.path("b.db"), of: team.url)
        _ = try ContextService(log: alice).define(name: "payments", CommandContext(actor: "alice"))
        try bob.catchUp()
        _ = try ContextService(log: alice).describe("C-1", description: "cards", CommandContext(actor: "alice"))
        // A caller that said which version it read keeps its guard: deciding again would ignore it.
        #expect(throws: EventLogError.self) {
            _ = try ContextService(log: bob).describe(
                "C-1", description: "mine", CommandContext(metadata: EventMetadata(actor: "bob"), expectedVersion: 1))
        }
    }

    /// Runs `sql` on the file at `path` as another SQLite client would, and closes it.
    private static func sqlite(at path: String, _ sql: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
        try queue.close()
    }

    /// A command killed while it made its replica leaves an SQLite file with no schema yet; the
    /// next command used to refuse that file as empty, and every command after it.
    @Test func aReplicaWhoseCreationWasCutShortIsFinishedByTheNextCommand() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let alice = try Self.replica(team.directory.path("a.db"), of: team.url)
        _ = try ContextService(log: alice).define(name: "payments", CommandContext(actor: "alice"))
        let cut = team.directory.path("b.db")
        try Self.sqlite(at: cut, "PRAGMA journal_mode = WAL; CREATE TABLE cut (x); DROP TABLE cut")   // a header, no schema
        #expect(((try FileManager.default.attributesOfItem(atPath: cut)[.size] as? Int) ?? 0) > 0)

        let bob = try Self.replica(cut, of: team.url)
        #expect(bob.isReplica && bob.storeID == alice.storeID)
        #expect(try bob.head() == alice.head())
        #expect(try bob.verifyWithUpstream(anchor: nil).isSound)

        // A file holding tables of its own is still another program's, and is left alone.
        let foreign = team.directory.path("c.db")
        try Self.sqlite(at: foreign, "CREATE TABLE notes (text TEXT)")
        #expect(throws: EventLogError.foreignDatabase(path: foreign)) { try Self.replica(foreign, of: team.url) }
    }

    @Test func aRawAppendWithAStaleExpectationCatchesTheReplicaUpBeforeItIsReported() async throws {
        guard let team = try await TeamStoreWorkspace.make() else { return }
        let alice = try Self.replica(team.directory.path("a.db"), of: team.url)
        let bob = try Self.replica(team.directory.path("b.db"), of: team.url)
        let event = { NewEvent(eventType: "note.written", data: #"{"n":1}"#) }
        try alice.append([event()], to: "note-1", expected: .noStream, metadata: EventMetadata(actor: "alice"))
        #expect(throws: EventLogError.wrongExpectedVersion(stream: "note-1", expected: .noStream, actual: 1)) {
            try bob.append([event()], to: "note-1", expected: .noStream, metadata: EventMetadata(actor: "bob"))
        }
        #expect(try bob.head().position == 1)
        // A retry of the same event id is answered with its first placement, once.
        let retried = event()
        let first = try bob.append([retried], to: "note-2", expected: .any, metadata: EventMetadata(actor: "bob"))
        let again = try alice.append([retried], to: "note-2", expected: .any, metadata: EventMetadata(actor: "bob"))
        #expect(again.wasAlreadyStored && again.events == first.events)
    }
}
