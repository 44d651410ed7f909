import Foundation
import Testing
import Strata
import StrataTestSupport

/// Finding the store like git finds its repository: --store, then STRATA_STORE, then `.strata/` upward.
@Suite struct StoreLocatorTests {
    /// `root/.strata/strata.db` and an empty `root/a/b/c`.
    private func tree() throws -> (TemporaryDirectory, root: String, deep: String) {
        let directory = try TemporaryDirectory()
        let root = directory.url.resolvingSymlinksInPath().path
        let deep = root + "/a/b/c"
        try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/.strata", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/.strata/strata.db", contents: Data()))
        return (directory, root, deep)
    }

    private func expect(
        _ found: StoreLocator.Location?, at path: String, from source: StoreLocator.Source,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(found?.path == path, sourceLocation: sourceLocation)
        #expect(found?.source == source, sourceLocation: sourceLocation)
    }

    @Test func findsTheNearestStoreUpward() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        let found = try StoreLocator.locate(explicit: nil, environment: [:], workingDirectory: deep)
        expect(found, at: root + "/.strata/strata.db", from: .discovered)
        #expect(try StoreLocator.locate(explicit: nil, environment: [:], workingDirectory: root)?.path
                == root + "/.strata/strata.db")
    }

    @Test func theNearerOfTwoStoresWins() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: root + "/a/.strata", withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: root + "/a/.strata/strata.db", contents: Data()))
        #expect(try StoreLocator.locate(explicit: nil, environment: [:], workingDirectory: deep)?.path
                == root + "/a/.strata/strata.db")
    }

    /// A `.strata/` with no database stops the search: silently using a store further up would
    /// record into the wrong log.
    @Test func aStrataDirectoryWithoutADatabaseStopsTheSearch() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        try FileManager.default.createDirectory(atPath: root + "/a/b/.strata", withIntermediateDirectories: true)
        #expect(throws: StoreLocator.Refusal.noStore(directory: root + "/a/b")) {
            try StoreLocator.locate(explicit: nil, environment: [:], workingDirectory: deep)
        }
    }

    @Test func explicitStoreWinsOverEverything() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        let found = try StoreLocator.locate(
            explicit: "../other.db", environment: ["STRATA_STORE": "/env/store.db"], workingDirectory: deep)
        expect(found, at: root + "/a/b/other.db", from: .option)
    }

    @Test func environmentWinsOverDiscovery() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        let found = try StoreLocator.locate(explicit: nil, environment: ["STRATA_STORE": "rel/s.db"], workingDirectory: deep)
        expect(found, at: deep + "/rel/s.db", from: .environment)
        let absolute = try StoreLocator.locate(explicit: "", environment: ["STRATA_STORE": "/x/y.db"], workingDirectory: root)
        expect(absolute, at: "/x/y.db", from: .environment)
    }

    @Test func emptyOptionAndVariableAreIgnored() throws {
        let (directory, root, deep) = try tree()
        defer { directory.remove() }
        let found = try StoreLocator.locate(explicit: "", environment: ["STRATA_STORE": ""], workingDirectory: deep)
        expect(found, at: root + "/.strata/strata.db", from: .discovered)
    }

    @Test func nothingFoundIsNil() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        #expect(try StoreLocator.locate(explicit: nil, environment: [:], workingDirectory: directory.url.path) == nil)
    }

    @Test func initPathIsTheFileOrTheDirectorysStrataStore() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let root = directory.url.path
        #expect(StoreLocator.initPath(for: nil, workingDirectory: root) == root + "/.strata/strata.db")
        #expect(StoreLocator.initPath(for: ".", workingDirectory: root) == root + "/.strata/strata.db")
        #expect(StoreLocator.initPath(for: "log.db", workingDirectory: root) == root + "/log.db")
        #expect(StoreLocator.initPath(for: "/abs/x.db", workingDirectory: root) == "/abs/x.db")
    }
}
