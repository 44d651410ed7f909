import Foundation

/// One `strata` command of the torture writer loop, and how to read what it acknowledged.
///
/// The loop mixes raw appends (one event, or a `--repeat` burst that acknowledges event by
/// event) with domain commands that also fold the inline read models, so a kill can land in
/// any phase: start-up, WAL recovery, the append transaction, projection folding, or the
/// checkpoint when the last connection closes.
struct WriterStep {
    enum Kind: CaseIterable { case appendOne, appendBurst, defineContext, propose, addWorkload, measure }

    var kind: Kind
    var arguments: [String]

    /// The command for step `index` of trial `trial` on `store`; `files` is where profiles go.
    static func make(_ kind: Kind, trial: Int, index: Int, store: String, files: String) throws -> WriterStep {
        let tag = "\(trial)-\(index)"
        let base = ["--store", store, "--actor", "torture"]
        switch kind {
        case .appendOne:
            let pad = String(repeating: "x", count: (trial * 37 + index * 101) % 1500)
            return WriterStep(kind: kind, arguments: ["append"] + base + [
                "--stream", "torture-\(trial)", "--type", "torture.tick", "--data", "{\"step\":\"\(tag)\",\"pad\":\"\(pad)\"}"])
        case .appendBurst:
            return WriterStep(kind: kind, arguments: ["append"] + base + [
                "--stream", "burst-\(tag)", "--type", "torture.burst", "--data", "{\"step\":\"\(tag)\"}", "--repeat", "25"])
        case .defineContext:
            return WriterStep(kind: kind, arguments: ["context", "add", "ctx-\(tag)", "--json"] + base)
        case .propose:
            return WriterStep(kind: kind, arguments: ["propose", "--title", "Decision \(tag)", "--context", "C-1", "--json"] + base)
        case .addWorkload:
            let file = files + "/workload-\(tag).json"
            try Data("{\"name\":\"workload-\(tag)\",\"accessPatterns\":[\"key-lookup\"]}".utf8).write(to: URL(fileURLWithPath: file))
            return WriterStep(kind: kind, arguments: ["workload", "add", "--file", file, "--context", "C-1", "--json"] + base)
        case .measure:
            return WriterStep(kind: kind, arguments: [
                "measure", "W-1", "latency-p99-ms", "\(10 + trial % 90)", "--source", "load-test", "--json"] + base)
        }
    }

    /// The events this run acknowledged: printed lines for appends, the JSON object for
    /// domain commands (printed only after the commit, so a torn object acknowledges nothing).
    func acknowledged(_ stdout: String, complete: Bool) -> [Acknowledgement]? {
        switch kind {
        case .appendOne, .appendBurst:
            var lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            lines.removeLast()
            return Acknowledgement.fromAppend(lines)
        default:
            if stdout.isEmpty && !complete { return [] }
            if let acks = Acknowledgement.fromDomainJSON(stdout) { return acks }
            return complete ? nil : []
        }
    }
}
