import Foundation
import StrataTestSupport
import Testing

/// HTTPS with `--tls-cert`/`--tls-key`: the server answers over TLS (checked by curl against
/// the certificate, not with `--insecure`), health, readiness, the request log, metrics and the
/// drain on SIGTERM work as over plain HTTP, and a bad certificate or key stops it before it
/// starts, in one line with a stable code.
@Suite struct TLSTests {
    @Test func theServerAnswersOverHTTPSAndStillLogsDrainsAndCounts() throws {
        let directory = try TemporaryDirectory(prefix: "strata-tls")
        let certificate = try TestCertificate(in: directory)
        let server = try RunningServer(arguments: certificate.serverArguments, in: directory, curlArguments: certificate.curlArguments)
        #expect(server.baseURL.hasPrefix("https://127.0.0.1:"), "\(server.baseURL)")
        #expect(try server.call("GET", "/healthz", token: nil).status == 200)
        let ready = try server.call("GET", "/readyz", token: nil)
        #expect(ready.status == 200 && ready.object["status"] as? String == "ready", "\(ready)")
        #expect(try server.call("GET", "/v1/architecture", token: server.reader).status == 200)
        #expect(try server.call("POST", "/v1/contexts", token: server.writer, json: #"{"name":"search"}"#).status == 201)
        let scrape = try MetricsTests.scrape(server) { $0.value("hb_requests", ["http_route": "/v1/architecture"]) == 1 }
        #expect(scrape.value("hb_requests", ["http_route": "/v1/architecture", "http_response_status_code": "200"]) == 1, "\(scrape)")

        // Plain HTTP to the TLS port gets no answer; HTTPS without trusting the certificate is refused.
        let plain = try RunningServer.run("/usr/bin/curl", ["-s", "--max-time", "5", "-o", "/dev/null", "-w", "%{http_code}", server.baseURL.replacingOccurrences(of: "https:", with: "http:") + "/healthz"], in: directory)
        #expect(plain.stdout == "000", "\(plain)")
        let untrusted = try RunningServer.run("/usr/bin/curl", ["-s", "--max-time", "5", "-o", "/dev/null", server.baseURL + "/healthz"], in: directory)
        #expect(untrusted.status == 60, "curl should refuse a certificate it was not given: \(untrusted)")

        let head = try #require(Int(try server.call("GET", "/v1/events", token: server.reader).headers["strata-position"] ?? ""))
        let waiting = RunningServer.InFlight { try server.call("GET", "/v1/events?after=\(head)&wait=20s", token: server.reader, timeout: 40) }
        Thread.sleep(forTimeInterval: 2)
        let signalled = Date()
        #expect(server.stop() == 0)
        #expect(try waiting.answer().status == 200)
        #expect(Date().timeIntervalSince(signalled) < 10)
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        #expect(log.contains("path=/v1/architecture") && log.contains("status=200") && log.contains("method=POST"), "\(log)")
    }

    @Test func strataServePassesTheCertificateOn() throws {
        let directory = try TemporaryDirectory(prefix: "strata-tls-serve")
        let certificate = try TestCertificate(in: directory)
        let server = try RunningServer(arguments: certificate.serverArguments, viaStrata: true, in: directory, curlArguments: certificate.curlArguments)
        #expect(server.baseURL.hasPrefix("https://"))
        #expect(try server.call("GET", "/v1/audit", token: server.reader).status == 200)
        #expect(server.stop() == 0)
    }

    @Test func aBadCertificateOrKeyStopsTheServerBeforeItStarts() throws {
        let directory = try TemporaryDirectory(prefix: "strata-tls-bad")
        let good = try TestCertificate(in: directory)
        let other = try TestCertificate(in: directory, named: "other")
        try RunningServer.strata(["init", directory.path("strata.db")], in: directory)
        try "not a certificate\n".write(toFile: directory.path("garbage.pem"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: directory.path("a-directory"), withIntermediateDirectories: false)
        let cases: [(certificate: String, key: String, code: String)] = [
            (directory.path("missing.crt"), good.key, "tls-cert-not-found"),
            (good.certificate, directory.path("missing.key"), "tls-key-not-found"),
            (directory.path("a-directory"), good.key, "tls-cert-unreadable"),
            (good.certificate, directory.path("a-directory"), "tls-key-unreadable"),
            (directory.path("garbage.pem"), good.key, "tls-cert-invalid"),
            (good.certificate, directory.path("garbage.pem"), "tls-key-invalid"),
            // A certificate file given as the key is no key either.
            (good.certificate, good.certificate, "tls-key-invalid"),
            (good.certificate, other.key, "tls-key-mismatch"),
        ]
        let server = try #require(StrataBinary.locate(named: "strata-server")).path
        for bad in cases {
            let arguments = ["--store", directory.path("strata.db"), "--listen", "127.0.0.1:0", "--tls-cert", bad.certificate, "--tls-key", bad.key]
            let result = try RunningServer.run(server, arguments, in: directory)
            #expect(result.status == 2 && result.stdout.isEmpty, "\(bad.code): \(result)")
            #expect(result.stderr.hasPrefix("error: ") && result.stderr.hasSuffix(" [\(bad.code)]\n"), "\(bad.code): \(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(bad.code): \(result)")
        }
        let alone = try RunningServer.run(server, ["--tls-cert", good.certificate], in: directory)
        #expect(alone.status == 2 && alone.stderr == "error: --tls-cert needs --tls-key beside it [tls-key-missing]\n", "\(alone)")
        let keyAlone = try RunningServer.run(server, ["--tls-key", good.key], in: directory)
        #expect(keyAlone.status == 2 && keyAlone.stderr.hasSuffix("[tls-cert-missing]\n"), "\(keyAlone)")
    }
}
