import Foundation
import Testing

/// Property-based conformance: schemathesis (from PyPI, in the repository's `.venv`, which
/// `.ci/run` sets up) generates requests from `/openapi.json` for every operation, valid and
/// not, and checks that none answers 5xx and every answer matches the document: status, content
/// type, headers and body schema. Skipped without the venv locally; a failure in CI.
@Suite struct SchemathesisTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let schemathesis = root.appendingPathComponent(".venv/bin/schemathesis")
    static var inCI: Bool { !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    @Test func everyOperationConformsToTheDocumentAndNoneFails() async throws {
        guard FileManager.default.isExecutableFile(atPath: Self.schemathesis.path) else {
            #expect(!Self.inCI, "schemathesis is not installed in .venv; .ci/run installs it")
            return
        }
        // Schemathesis also calls without the token, on purpose; the limit must not shut it out.
        let server = try RunningServer(arguments: ["--auth-failures", "1000000"])
        let checks = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance"
        let arguments = [
            "run", server.baseURL + "/openapi.json", "-H", "Authorization: Bearer \(server.admin)", "--checks", checks,
            // The event feed's long poll waits by design; its own tests cover it.
            "--exclude-path", "/v1/events",
            "--max-examples", "10", "--seed", "20261202", "--workers", "1", "--request-timeout", "20", "--max-time", "150", "--no-color",
        ]
        let result = try await RunningServer.detached { try RunningServer.run(Self.schemathesis.path, arguments, in: server.directory) }
        #expect(result.status == 0, "schemathesis found failures:\n\(result.stdout.suffix(6000))\n\(result.stderr.suffix(2000))")
        #expect(result.stdout.contains("No issues found") || result.stdout.contains(" passed"), "\(result.stdout.suffix(2000))")
        #expect(server.stop() == 0)
    }
}
