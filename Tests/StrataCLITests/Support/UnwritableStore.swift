import Foundation
import Testing
import StrataTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A store that the user running `strata` cannot write, whoever runs the tests.
///
/// Root ignores file modes, so as root (CI) the reader is `nobody`, started through setpriv; as
/// anyone else the reader is that user. The store is `shared/demo.db` in a workspace the reader
/// can enter; commands run from the workspace, so their captured output never lands in `shared/`.
struct UnwritableStore {
    /// Whose store it is, and whether the reader may create files beside it.
    struct Setup: CustomTestStringConvertible, Sendable {
        /// Another user's store (root's, 0644), which only root can set up.
        var othersStore: Bool
        /// A directory the reader may write (0777 or its own 0755), where SQLite would create -wal and -shm.
        var writableDirectory: Bool

        var testDescription: String {
            (othersStore ? "another user's store" : "the reader's own store without write bits")
                + (writableDirectory ? " in a directory the reader can write" : " in a directory the reader cannot write")
        }

        /// Every setup this process can make: all four as root, the reader's own store otherwise.
        static var available: [Setup] {
            [false, true].flatMap { others in [false, true].map { Setup(othersStore: others, writableDirectory: $0) } }
                .filter { !$0.othersStore || UnwritableStore.asRoot }
        }
    }

    static let asRoot = geteuid() == 0
    static let nobody: uid_t = 65534
    static let setpriv = "/usr/bin/setpriv"

    let workspace: URL
    var directory: URL { workspace.appendingPathComponent("shared", isDirectory: true) }
    var store: String { directory.appendingPathComponent("demo.db").path }

    /// A workspace with the demo store in `shared/`, still writable by the test's own user.
    init() throws {
        workspace = FileManager.default.temporaryDirectory.appendingPathComponent("strata-ro-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        chmod(workspace.path, 0o755)
        let demo = try StrataBinary.run(["demo", "--store", workspace.appendingPathComponent("shared/demo.db").path], in: workspace)
        #expect(demo.status == 0, "\(demo)")
    }

    /// Takes the write permission away from the reader, as `setup` says.
    func lock(_ setup: Setup) throws {
        if Self.asRoot {
            try #require(FileManager.default.isExecutableFile(atPath: Self.setpriv), "running as root needs \(Self.setpriv) to read as nobody")
            let owner = setup.othersStore ? 0 : Self.nobody
            for path in [directory.path, store] { #expect(chown(path, owner, setup.othersStore ? 0 : Self.nobody) == 0) }
        }
        #expect(chmod(store, setup.othersStore ? 0o644 : 0o444) == 0)
        let directoryMode: mode_t = setup.writableDirectory ? (setup.othersStore ? 0o777 : 0o755) : (setup.othersStore ? 0o755 : 0o555)
        #expect(chmod(directory.path, directoryMode) == 0)
    }

    /// Gives the store back to the test's own user, writable.
    func unlock() {
        chmod(directory.path, 0o700)
        chmod(store, 0o600)
        if Self.asRoot { for path in [directory.path, store] { chown(path, 0, 0) } }
    }

    func remove() {
        unlock()
        try? FileManager.default.removeItem(at: workspace)
    }

    /// Runs `strata arguments… --store STORE` (or without `--store`) as the reader.
    func read(_ arguments: [String], onStore: Bool = true) throws -> CommandResult {
        let process = try StrataBinary.makeProcess(
            arguments + (onStore ? ["--store", store] : []), in: workspace, environment: ["HOME": workspace.path])
        if Self.asRoot, let strata = process.executableURL?.path {
            process.executableURL = URL(fileURLWithPath: Self.setpriv)
            process.arguments = ["--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups", "--", strata] + (process.arguments ?? [])
        }
        return try StrataBinary.capture(process, in: workspace)
    }

    /// Runs `strata arguments… --store STORE` (or without `--store`) as the test's own user: the owner, when unlocked.
    func own(_ arguments: [String], onStore: Bool = true) throws -> CommandResult {
        try StrataBinary.run(arguments + (onStore ? ["--store", store] : []), in: workspace)
    }

    /// A directory the reader may write, for what an export produces.
    func outputDirectory(_ name: String) throws -> String {
        let url = workspace.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if Self.asRoot { chown(url.path, Self.nobody, Self.nobody) }
        return url.path
    }

    /// What the store's directory holds: a reader must leave it exactly so (no `-wal`, no `-shm`).
    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }

    /// The store file's bytes.
    func contents() -> Data? { FileManager.default.contents(atPath: store) }
}
