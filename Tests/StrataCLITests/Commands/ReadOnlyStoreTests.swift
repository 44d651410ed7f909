import Foundation
import GRDB
import Strata
import StrataTestSupport
import Testing

/// A store the user can read but not write (issue 14). Before, every read failed with "is
/// read-only" and left `-wal`/`-shm` owned by the reader; now reads open it read-only and give the
/// owner's answers, leave the directory as it was, and writes fail with one line (exit 2).
@Suite struct ReadOnlyStoreTests {
    /// Read commands over the demo store, present and past: every one must work read-only.
    static let reads: [[String]] = [
        ["events", "--json"], ["verify"], ["arch", "--json"], ["arch", "--as-of", "2024-09-30", "--json"],
        ["arch", "--valid-at", "2025-03-01", "--json"], ["show", "ADR-7"], ["show", "ADR-6", "--as-of", "2025-03-01"],
        ["log", "--json"], ["log", "--valid-at", "2024-12-31"], ["audit"], ["audit", "--as-of", "2024-12-31", "--json"],
        ["history", "ADR-6", "--json"], ["measurements", "W-1", "--as-of", "2025-01-31"], ["diff", "--from", "2024-09-30", "--json"],
    ]

    /// What a read printed, less the present audit's "as of" clock reading, which differs run to run.
    static func answer(_ result: CommandResult) -> [String] {
        result.lines.filter { !$0.hasPrefix("Audit as of ") }
    }

    /// Every read answers as the owner's does on the writable store, and leaves the store as it was.
    /// With `modelsBehind` the read models are not current (a projection of another version, or a
    /// log appended to by other means): they cannot be caught up without writing, so reads fold
    /// them in memory.
    @Test(arguments: UnwritableStore.Setup.available, [false, true])
    func readsGiveTheOwnersAnswersAndCreateNoFile(_ setup: UnwritableStore.Setup, modelsBehind: Bool) throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        let expected = try Self.reads.map { try shared.own($0) }
        if modelsBehind {
            try DatabaseQueue(path: shared.store).write { db in
                try db.execute(sql: "UPDATE projection_checkpoints SET projector_version = projector_version + 1")
            }
        }
        try shared.lock(setup)
        let files = try shared.files(), bytes = shared.contents()
        for (arguments, owners) in zip(Self.reads, expected) {
            let result = try shared.read(arguments)
            #expect(result.status == owners.status && result.stderr.isEmpty, "\(arguments): \(result)")
            #expect(Self.answer(result) == Self.answer(owners), "\(arguments) answered differently from the owner's current read models")
            #expect(try shared.files() == files, "\(arguments) left a file beside the store")
        }
        try expectSameExport(shared, as: setup)
        #expect(shared.contents() == bytes, "a read changed the store file (or caught its read models up)")
    }

    /// Writes are refused before anything reaches the file; the same commands then succeed for the owner.
    @Test(arguments: UnwritableStore.Setup.available)
    func writesFailWithOneLineAndLeaveNothing(_ setup: UnwritableStore.Setup) throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        let source = shared.workspace.appendingPathComponent("other.db").path
        for arguments in [["init", source], ["append", "--store", source, "--stream", "memo-1", "--type", "memo.noted", "--data", "{}"]] {
            #expect(try StrataBinary.run(arguments, in: shared.workspace).status == 0)
        }
        let events = shared.workspace.appendingPathComponent("other.ndjson").path
        #expect(try StrataBinary.run(["export", "events", events, "--store", source], in: shared.workspace).status == 0)
        chmod(events, 0o644)
        let writes: [[String]] = [
            ["append", "--stream", "note-1", "--type", "note.written", "--data", "{}"], ["context", "add", "archive"],
            ["propose", "--title", "Cache the catalog at the edge", "--context", "C-1"], ["accept", "ADR-10"],
            ["rebuild"], ["import", "events", events], ["init"],
        ]
        for arguments in writes {
            try shared.lock(setup)
            let files = try shared.files(), bytes = shared.contents()
            let result = arguments == ["init"] ? try shared.read(["init", shared.store], onStore: false) : try shared.read(arguments)
            if arguments == ["init"] {
                // An existing store is left as it is: init only reports it.
                #expect(result.status == 0 && result.stdout.contains("already exists"), "\(result)")
            } else {
                expectError(result, exit: 2, mentioning: [shared.store, "is read-only for this user", "nothing was written", "[read-only]"])
            }
            #expect(try shared.files() == files, "\(arguments) left a file beside the store")
            #expect(shared.contents() == bytes, "\(arguments) changed the store file")
            shared.unlock()
            let owners = arguments == ["init"] ? try shared.own(["init", shared.store], onStore: false) : try shared.own(arguments)
            #expect(owners.status == 0, "the owner's \(arguments): \(owners)")
        }
    }

    /// A store left with a write-ahead log (its owner's process holds it open) is read through the
    /// existing -wal and -shm: events still only in the -wal are seen, and no file is added.
    @Test(.enabled(if: UnwritableStore.asRoot, "only root can keep another user's writer open on the store"))
    func aStoreWithALiveWriterIsReadThroughItsLog() throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        try shared.lock(.init(othersStore: true, writableDirectory: false))
        let writer = try SQLiteEventLog.open(at: shared.store)
        try writer.append([NewEvent(eventType: "note.written", data: "{\"text\":\"live\"}")], to: "note-9",
                          expected: .any, metadata: EventMetadata(actor: "owner"))
        let wal = try #require(FileManager.default.attributesOfItem(atPath: shared.store + "-wal")[.size] as? Int)
        #expect(wal > 0, "the event must still be in the -wal")
        let files = try shared.files()

        let result = try shared.read(["events", "--stream", "note-9", "--json"])
        #expect(result.status == 0 && result.stdout.contains("\"live\""), "\(result)")
        let arch = try shared.read(["arch"])
        #expect(arch.status == 0 && arch.stdout.contains("shop-db"), "\(arch)")
        #expect(try shared.files() == files)
        withExtendedLifetime(writer) {}
    }

    /// Reads while the owner keeps appending: each gives an answer (or, at worst, one line asking
    /// to retry), and the reader never leaves a file of its own beside the store.
    @Test(.enabled(if: UnwritableStore.asRoot, "only root can write a store while another user reads it"))
    func readsWhileTheOwnerAppendsNeverLeaveTheReadersFiles() throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        try shared.lock(.init(othersStore: true, writableDirectory: true))
        let strata = try #require(StrataBinary.url).path
        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/bin/sh")
        writer.arguments = ["-c", "for i in $(seq 1 40); do \"$0\" append --store \"$1\" --stream memo-1 --type memo.noted --data '{}' "
                            + ">/dev/null || exit 1; done", strata, shared.store]
        try writer.run()
        var answered = 0
        while writer.isRunning || answered == 0 {
            for arguments in [["verify"], ["arch", "--as-of", "@40", "--json"], ["events", "--stream", "memo-1"]] {
                let result = try shared.read(arguments)
                if result.status == 0 { answered += 1 } else { expectError(result, exit: 1, mentioning: ["[concurrent-change]"]) }
            }
        }
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0 && answered > 0)
        for name in try shared.files() {
            let owner = try FileManager.default.attributesOfItem(atPath: shared.directory.appendingPathComponent(name).path)[.ownerAccountID]
            #expect((owner as? NSNumber)?.uint32Value == 0, "\(name) was left by the reader")
        }
    }

    /// A store whose schema this strata would migrate cannot be read without writing: one line says so.
    @Test(arguments: UnwritableStore.Setup.available)
    func aStoreNeedingAMigrationIsRefusedClearly(_ setup: UnwritableStore.Setup) throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        try DatabaseQueue(path: shared.store).writeWithoutTransaction { db in
            try db.execute(sql: "DELETE FROM schema_migrations WHERE version = 4; PRAGMA user_version = 3")
        }
        try shared.lock(setup)
        let files = try shared.files(), bytes = shared.contents()
        for arguments in [["events"], ["arch", "--as-of", "2024-09-30"], ["append", "--stream", "note-1", "--type", "n.t", "--data", "{}"]] {
            expectError(try shared.read(arguments), exit: 2,
                        mentioning: [shared.store, "upgrade its schema to v", "(migration 4, v4-drop-entity-index)", "have its owner run any strata command", "[read-only]"])
        }
        #expect(try shared.files() == files && shared.contents() == bytes)
    }

    /// A store in rollback-journal mode (restored by a tool that left WAL) reads the same way.
    @Test func aRollbackJournalStoreIsReadToo() throws {
        let shared = try UnwritableStore()
        defer { shared.remove() }
        let expected = try shared.own(["arch", "--as-of", "2024-09-30", "--json"])
        try DatabaseQueue(path: shared.store).writeWithoutTransaction { try $0.execute(sql: "PRAGMA journal_mode = DELETE") }
        try shared.lock(UnwritableStore.Setup.available.last ?? .init(othersStore: false, writableDirectory: true))
        let files = try shared.files()
        let result = try shared.read(["arch", "--as-of", "2024-09-30", "--json"])
        #expect(result.status == 0 && result.stdout == expected.stdout, "\(result)")
        #expect(try shared.files() == files)
    }

    /// `export madr` (a past moment) writes the same files for the reader as for the owner.
    private func expectSameExport(_ shared: UnwritableStore, as setup: UnwritableStore.Setup) throws {
        shared.unlock()
        let ownersExport = try shared.outputDirectory("owners-export")
        #expect(try shared.own(["export", "madr", ownersExport, "--as-of", "2025-03-01"]).status == 0)
        try shared.lock(setup)
        let readersExport = try shared.outputDirectory("readers-export")
        let result = try shared.read(["export", "madr", readersExport, "--as-of", "2025-03-01"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result)")
        let names = try FileManager.default.contentsOfDirectory(atPath: ownersExport).sorted()
        let readers = try FileManager.default.contentsOfDirectory(atPath: readersExport).sorted()
        #expect(!names.isEmpty && readers == names)
        for name in names {
            let path = "/" + name
            #expect(FileManager.default.contents(atPath: readersExport + path) == FileManager.default.contents(atPath: ownersExport + path), "\(name)")
        }
    }
}
