import Foundation
import StrataTestSupport
import Testing

/// The real `strata-mcp` binary, driven over stdio by the official Python MCP client.
///
/// The driver (`mcp_client_check.py`) initialises, lists tools, resources and prompts, calls
/// every tool, checks the structured errors of bad arguments, reads the writes back with
/// `strata events` and `strata log`, and checks that lifecycle tools are refused without
/// `--allow-lifecycle`. Locally the test is skipped when no `.venv` with `mcp` exists; in CI
/// (`CI` set) that is a failure, since `.ci/run` creates it.
@Suite struct MCPClientTests {
    @Test(
        "The Python MCP client drives every tool of the real server",
        .enabled(if: PythonClient.python != nil || PythonClient.inCI, "no .venv with the mcp client: run `python3 -m venv .venv && .venv/bin/pip install mcp`"))
    func pythonClientDrivesTheServer() throws {
        let python = try #require(PythonClient.python, "CI is set but .venv/bin/python is missing; .ci/run must create it")
        let server = try #require(StrataBinary.locate(named: "strata-mcp"), "strata-mcp was not built next to the tests")
        let strata = try #require(StrataBinary.url, "strata was not built next to the tests")
        let directory = try TemporaryDirectory(prefix: "strata-mcp-tests")
        defer { directory.remove() }

        let probe = try PythonClient.run(python, ["-c", "import mcp"], in: directory.url, timeout: 60)
        try #require(probe.status == 0, "the venv's Python cannot import mcp: \(probe.output)")

        let run = try PythonClient.run(
            python, [PythonClient.driver.path, "--server", server.path, "--strata", strata.path, "--dir", directory.url.path],
            in: directory.url, timeout: 600)
        let failures = run.output.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        #expect(run.status == 0 && failures.isEmpty, "\(failures.joined(separator: "\n"))\n\(run.output.suffix(4000))")
        #expect(run.output.contains(" passed, 0 failed"), "the driver did not finish: \(run.output.suffix(4000))")
    }
}
