import Foundation
import Testing
import StrataTestSupport

/// Commands find the store like git: --store, then STRATA_STORE, then the nearest `.strata/` upward.
@Suite struct StoreDiscoveryTests {
    @Test func findsTheNearestStoreFromASubdirectory() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        #expect(try workspace.run("init").status == 0)
        let deep = workspace.url.appendingPathComponent("src/module/deep")
        try FileManager.default.createDirectory(at: deep, withIntermediateDirectories: true)

        let appended = try StrataBinary.run(
            ["append", "--stream", "note-1", "--type", "t", "--data", "{}", "--actor", "a"], in: deep)
        #expect(appended.stdout == "1 note-1@1\n", "\(appended)")
        let listed = try StrataBinary.run(["events", "--json"], in: workspace.url)
        #expect(listed.lines.count == 1)
    }

    @Test func storeOptionWinsOverTheEnvironmentAndDiscovery() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("init").status == 0)
        #expect(try workspace.run("init", "env.db").status == 0)
        let environment = ["STRATA_STORE": workspace.path("env.db")]

        #expect(try workspace.run("append", "--store", "store.db", "--stream", "opt-1", "--type", "t", "--data", "{}",
                                  "--actor", "a", environment: environment).status == 0)
        #expect(try workspace.run("append", "--stream", "env-1", "--type", "t", "--data", "{}", "--actor", "a",
                                  environment: environment).status == 0)
        #expect(try workspace.run("append", "--stream", "dot-1", "--type", "t", "--data", "{}", "--actor", "a").status == 0)

        let streams = { (arguments: [String], environment: [String: String]) throws -> [String] in
            let result = try StrataBinary.run(["events", "--json"] + arguments, in: workspace.url, environment: environment)
            return try EventsJSON.objects(result).compactMap { $0["stream_id"] as? String }
        }
        #expect(try streams(["--store", "store.db"], [:]) == ["opt-1"])
        #expect(try streams([], environment) == ["env-1"])
        #expect(try streams([], [:]) == ["dot-1"])
    }

    @Test func noStoreAnywhereIsAUsageError() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        for command in ["events", "verify"] {
            expectError(try workspace.run(command), exit: 2, mentioning: ["no Strata store", "strata init"])
        }
    }
}
