import Foundation
import Testing
import StrataTestSupport

/// Discovery trusts only the current user's stores (git's `safe.directory`) and stops at a
/// `.strata/` with no store rather than use one further up.
@Suite struct StoreDiscoverySafetyTests {
    /// Whether this process may give a file away (root in CI); without it the owner test skips.
    static let canChown: Bool = {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("strata-chown-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard FileManager.default.createFile(atPath: path, contents: Data()) else { return false }
        return (try? FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: path)) != nil
    }()

    @Test(.enabled(if: canChown, "needs to chown a file to nobody (uid 65534): run as root"))
    func anotherUsersStoreIsRefusedUnlessListedSafe() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        #expect(try workspace.run("init").status == 0)
        let store = workspace.path(".strata/strata.db")
        try FileManager.default.setAttributes([.ownerAccountID: 65534], ofItemAtPath: store)
        let deep = workspace.url.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)

        let refused = try StrataBinary.run(["events"], in: deep, environment: ["STRATA_SAFE_DIRECTORIES": ""])
        expectError(refused, exit: 2, mentioning: [store, "owned by", "STRATA_SAFE_DIRECTORIES", "[unsafe-store]"])
        let elsewhere = try StrataBinary.run(["events"], in: deep, environment: ["STRATA_SAFE_DIRECTORIES": "/nowhere:/tmp/other"])
        expectError(elsewhere, exit: 2, mentioning: ["[unsafe-store]"])
        for listed in ["/nowhere:" + workspace.url.path, "*"] {
            let allowed = try StrataBinary.run(["events", "--json"], in: deep, environment: ["STRATA_SAFE_DIRECTORIES": listed])
            #expect(allowed.status == 0 && allowed.stderr.isEmpty, "\(allowed)")
        }
        // An explicit --store is the user's own choice: no ownership check.
        #expect(try StrataBinary.run(["events", "--store", store], in: deep, environment: ["STRATA_SAFE_DIRECTORIES": ""]).status == 0)
    }

    @Test func aStrataDirectoryWithNoStoreStopsTheSearch() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        #expect(try workspace.run("init").status == 0)
        let project = workspace.url.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project.appendingPathComponent(".strata"), withIntermediateDirectories: true)
        let result = try StrataBinary.run(["events"], in: project)
        expectError(result, exit: 2, mentioning: [project.path + " has a .strata directory but no store", "strata init", "--store"])
        #expect(try StrataBinary.run(["events"], in: workspace.url).status == 0)
    }
}
