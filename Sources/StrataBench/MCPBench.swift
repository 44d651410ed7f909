import Foundation
@_spi(Tools) import StrataApp

/// Every `strata-mcp` tool's latency on the demo store, as a client sees it over stdio: the
/// server is started once, then each iteration calls every read, write and lifecycle tool.
struct MCPBench {
    let options: BenchOptions
    let directory: URL
    let server: URL

    func run(report: (Figure) -> Void) throws {
        let store = directory.appendingPathComponent("mcp-demo-\(UUID().uuidString).db").path
        _ = try StrataStore.recordDemo(at: store)
        let adr = directory.appendingPathComponent("mcp-adr")
        try FileManager.default.createDirectory(at: adr, withIntermediateDirectories: true)
        try "# 1. Use PostgreSQL\n\n## Status\n\nAccepted\n\n## Context\n\nOne store.\n".write(
            to: adr.appendingPathComponent("0001-use-postgresql.md"), atomically: true, encoding: .utf8)
        let session = try MCPSession(server: server, arguments: ["--store", store, "--allow-lifecycle"])
        defer { session.close() }
        var byTool: [String: [Double]] = [:]
        func timed(_ tool: String, _ arguments: String) throws -> [String: Any] {
            var response = ""
            let elapsed = try seconds { response = try session.call(tool, arguments) }
            byTool[tool, default: []].append(elapsed * 1000)
            return Self.structured(response)
        }
        // Reads first, so every one answers on the demo store as recorded; the writes then grow it
        // by one context, workload, measurement, advice and three decisions a round.
        for _ in 0..<options.cliReadRuns { try reads(timed, adr: adr.path) }
        for iteration in 0..<options.cliReadRuns { try writes(timed, iteration) }
        let figures = byTool.map { Figure(name: $0.key, unit: "ms", samples: $0.value) }
        let over = figures.filter { $0.max >= 50 }.map(\.name).sorted()
        var overall = Figure(name: "mcp.call", unit: "ms", samples: figures.flatMap(\.samples))
        overall.note = "\(figures.count) tools × \(options.cliReadRuns) rounds on the demo store, p99 \(overall.format(overall.percentile(99))) ms; "
            + (over.isEmpty ? "every call under 50 ms" : "at or over 50 ms: \(over.joined(separator: ", "))")
        report(overall)
        for figure in figures.sorted(by: { $0.median > $1.median }) {
            report(Figure(name: "mcp.call.\(figure.name)", unit: "ms", samples: figure.samples))
        }
    }

    private typealias Call = (String, String) throws -> [String: Any]

    private func reads(_ call: Call, adr: String) throws {
        let profile = #"{"name":"bench","accessPatterns":["key-lookup","full-text"],"readsPerSecond":500}"#
        for (tool, arguments) in [
            ("overview", "{}"), ("architecture", "{}"), ("list_decisions", #"{"status":"accepted"}"#),
            ("list_decisions", #"{"text":"redis"}"#), ("get_decision", #"{"id":"ADR-1"}"#),
            ("decision_history", #"{"id":"ADR-1"}"#), ("audit", "{}"), ("measurements", "{}"),
            ("diff", #"{"from":"\#(DemoReport.pastDate)"}"#), ("advise", #"{"workload":"W-1"}"#), ("advise", #"{"profile":\#(profile)}"#),
            ("review", "{}"), ("explain_rule", #"{"id":"SEL-DOC-01"}"#), ("validate_profile", #"{"profile":\#(profile)}"#),
            ("lint_adr_directory", #"{"path":"\#(adr)"}"#), ("architecture", #"{"asOf":"\#(DemoReport.pastDate)"}"#),
        ] {
            _ = try call(tool, arguments)
        }
    }

    private func writes(_ call: Call, _ iteration: Int) throws {
        func id(_ result: [String: Any]) throws -> String {
            guard let id = result["id"] as? String else { throw BenchError("a write reported no id: \(result)") }
            return id
        }
        let profile = #"{"name":"bench-\#(iteration)","accessPatterns":["key-lookup"],"readsPerSecond":100}"#
        let context = try id(call("define_context", #"{"name":"bench-\#(iteration)","idempotencyKey":"\#(UUID().uuidString)"}"#))
        let workload = try id(call("record_workload", #"{"profile":\#(profile),"context":"\#(context)"}"#))
        let revised = profile.replacingOccurrences(of: ":100}", with: ":200}")
        _ = try call("revise_workload", #"{"id":"\#(workload)","profile":\#(revised),"reason":"bench"}"#)
        let measurement = try id(call("record_measurement", #"{"subject":"\#(workload)","metric":"latency-p99-ms","value":12,"source":"benchmark"}"#))
        _ = try call("retract_measurement", #"{"id":"\#(measurement)","reason":"bench"}"#)
        _ = try call("record_advice", #"{"workload":"\#(workload)"}"#)
        let first = try id(call("propose_decision", #"{"decision":{"title":"Bench \#(iteration) A","context":"\#(context)"}}"#))
        let second = try id(call("propose_decision", #"{"decision":{"title":"Bench \#(iteration) B"}}"#))
        let third = try id(call("propose_decision", #"{"decision":{"title":"Bench \#(iteration) C"}}"#))
        _ = try call("amend_decision", #"{"id":"\#(first)","decision":{"title":"Bench \#(iteration) A","problem":"bench"}}"#)
        _ = try call("link_decisions", #"{"id":"\#(first)","type":"relates-to","to":"\#(second)"}"#)
        _ = try call("accept_decision", #"{"id":"\#(first)"}"#)
        _ = try call("reject_decision", #"{"id":"\#(second)","reason":"bench"}"#)
        _ = try call("accept_decision", #"{"id":"\#(third)"}"#)
        _ = try call("supersede_decision", #"{"id":"\#(first)","by":["\#(third)"],"reason":"bench"}"#)
        _ = try call("deprecate_decision", #"{"id":"\#(third)","reason":"bench"}"#)
    }

    /// A response's structured content, as loosely typed JSON.
    private static func structured(_ response: String) -> [String: Any] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.utf8)) as? [String: Any],
              let result = object["result"] as? [String: Any] else { return [:] }
        return result["structuredContent"] as? [String: Any] ?? [:]
    }
}
