import Foundation
import Testing
import StrataTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A store path that is not a regular file is refused at once, and `init` reports a directory it
/// cannot create as one line.
@Suite struct StorePathSafetyTests {
    /// Binds a Unix socket at `path`; the descriptor is closed by the caller.
    private func bindSocket(at path: String) throws -> Int32 {
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8CString)
        try #require(bytes.count <= MemoryLayout.size(ofValue: address.sun_path))
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes.map { UInt8(bitPattern: $0) }) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        try #require(bound == 0)
        return descriptor
    }

    @Test func aDirectoryFIFOSocketOrDeviceAsStoreIsRefusedAtOnce() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.path("dir"), withIntermediateDirectories: true)
        #expect(mkfifo(workspace.path("fifo"), 0o600) == 0)
        let socketDescriptor = try bindSocket(at: workspace.path("sock"))
        defer { close(socketDescriptor) }
        try FileManager.default.createSymbolicLink(atPath: workspace.path("link"), withDestinationPath: workspace.path("fifo"))
        let cases = [("dir", "directory"), ("fifo", "FIFO"), ("sock", "socket"), ("link", "FIFO"), ("/dev/null", "character device")]
        for (name, kind) in cases {
            let path = name.hasPrefix("/") ? name : workspace.path(name)
            for command in ["events", "verify"] {
                expectError(try workspace.run(command, "--store", path), exit: 2, mentioning: [path, kind, "[not-a-file]"])
            }
        }
    }

    @Test func aDiscoveredStoreThatIsADirectoryIsRefused() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        try FileManager.default.createDirectory(atPath: workspace.path(".strata/strata.db"), withIntermediateDirectories: true)
        expectError(try workspace.run("events"), exit: 2, mentioning: ["directory", "[not-a-file]"])
    }

    @Test func initWhereTheDirectoryCannotBeCreatedIsOneLine() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        #expect(FileManager.default.createFile(atPath: workspace.path("plain"), contents: Data()))
        let result = try workspace.run("init", "plain/inner/log.db")
        expectError(result, exit: 2, mentioning: [workspace.path("plain/inner"), "is not a directory", "[read-only]"])
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        if geteuid() != 0 {
            // Root writes anywhere, so an unwritable directory only refuses other users.
            try FileManager.default.createDirectory(atPath: workspace.path("locked"), withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: workspace.path("locked"))
            defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: workspace.path("locked")) }
            expectError(try workspace.run("init", "locked"), exit: 2, mentioning: [workspace.path("locked/.strata"), "[read-only]"])
        }
    }
}
