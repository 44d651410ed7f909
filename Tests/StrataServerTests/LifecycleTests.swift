import Foundation
import StrataTestSupport
import Testing

/// Starting and stopping: `strata serve` runs the server beside it, SIGTERM lets an in-flight
/// request finish before the process exits, and bad command lines are refused before binding.
@Suite struct LifecycleTests {
    @Test func strataServeRunsTheServerBesideIt() throws {
        let server = try RunningServer(viaStrata: true)
        #expect(try server.call("GET", "/v1/audit", token: server.reader).status == 200)
        #expect(server.stop() == 0)
    }

    // Synchronous, like the long-poll test, so the signal goes when the test says.
    @Test func sigtermDrainsAnInFlightRequest() throws {
        let server = try RunningServer()
        let head = try #require(Int(try server.call("GET", "/v1/events", token: server.reader).headers["strata-position"] ?? ""))
        let waiting = RunningServer.InFlight { try server.call("GET", "/v1/events?after=\(head)&wait=20s", token: server.reader, timeout: 40) }
        // Time for curl to start and connect on a loaded machine; the poll itself waits far longer.
        Thread.sleep(forTimeInterval: 2)
        let signalled = Date()
        #expect(server.stop() == 0)
        let answer = try waiting.answer()
        #expect(answer.status == 200 && answer.object["events"] as? [Any] != nil, "\(answer)")
        // The waiting poll answered on the drain, not at the end of its 20 s.
        #expect(Date().timeIntervalSince(signalled) < 10)
    }

    @Test func aNonLoopbackAddressIsRefusedWithoutPublic() throws {
        let directory = try TemporaryDirectory(prefix: "strata-server-cli")
        let server = try #require(StrataBinary.locate(named: "strata-server"))
        let result = try RunningServer.run(server.path, ["--listen", "0.0.0.0:8080"], in: directory)
        #expect(result.status == 2 && result.stderr.contains("not a loopback address"), "\(result)")
        let bad = try RunningServer.run(server.path, ["--listen", "8080"], in: directory)
        #expect(bad.status == 2 && bad.stderr.contains("HOST:PORT"), "\(bad)")
    }

    @Test func helpVersionAndTheDocumentAnswerWithoutAStore() throws {
        let directory = try TemporaryDirectory(prefix: "strata-server-cli")
        let server = try #require(StrataBinary.locate(named: "strata-server")).path
        let help = try RunningServer.run(server, ["--help"], in: directory)
        #expect(help.status == 0 && ["--store", "--listen", "--public", "--auth-failures", "--tls-cert", "--tls-key", "--openapi"].allSatisfy(help.stdout.contains), "\(help)")
        #expect(try RunningServer.run(server, ["--version"], in: directory).stdout.hasPrefix("strata-server "))
        let document = try RunningServer.run(server, ["--openapi"], in: directory)
        #expect(document.status == 0 && document.stdout.contains("\"openapi\" : \"3.1.0\""), "\(document.stderr)")
        let limit = try RunningServer.run(server, ["--auth-failures", "0"], in: directory)
        #expect(limit.status == 2 && limit.stderr == "error: --auth-failures takes a whole number ≥ 1\n", "\(limit)")
        let noStore = try RunningServer.run(server, [], in: directory)
        #expect(noStore.status == 2 && noStore.stderr.hasSuffix("[store-not-found]\n"), "\(noStore)")
    }

    @Test func strataServeWithoutTheServerSaysSoInOneLine() throws {
        let directory = try TemporaryDirectory(prefix: "strata-serve-alone")
        let strata = try #require(StrataBinary.url)
        let copy = directory.url.appendingPathComponent("strata")
        try FileManager.default.copyItem(at: strata, to: copy)
        let result = try RunningServer.run(copy.path, ["serve"], in: directory)
        #expect(result.status != 0 && result.stderr.contains("strata-server is not installed beside strata"), "\(result)")
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result)")
    }

    @Test func tokensFromTheCommandLine() throws {
        let server = try RunningServer()
        let list = try server.strata(["token", "list", "--json"])
        #expect(list.stdout.contains("\"name\" : \"reader-1\"") && !list.stdout.contains("sha256"), "\(list)")
        let duplicate = try StrataBinary.run(["token", "add", "reader-1", "--role", "reader", "--store", server.store], in: server.directory.url)
        #expect(duplicate.status == 1 && duplicate.stderr.contains("[name-taken]"), "\(duplicate)")
        let badRole = try StrataBinary.run(["token", "add", "x", "--role", "root", "--store", server.store], in: server.directory.url)
        #expect(badRole.status == 2 && badRole.stderr.contains("[unknown-value]"), "\(badRole)")
        let secret = try #require(server.reader.hasPrefix("strata_") ? server.reader : nil)
        let raw = try Data(contentsOf: URL(fileURLWithPath: server.store))
        #expect(raw.range(of: Data(secret.utf8)) == nil, "the secret itself must never be stored")
    }
}
