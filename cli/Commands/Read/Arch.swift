import ArgumentParser
import StrataProjections

extension StrataCommand {
    struct Arch: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "arch",
            abstract: "Show the architecture: contexts, their stores and topology, the workloads served, and why.",
            discussion: """
                Each store lists the workloads it serves and the accepted decisions that adopted and \
                re-shaped it. --as-of shows what the log knew at a past moment; --valid-at shows the \
                design in effect at a date (both together: what we believed on A about B).

                Examples:
                  strata arch
                  strata arch --as-of 2025-01-31
                  strata arch --as-of ADR-4 --json
                """)

        @OptionGroup var options: ReadOptions

        @Flag(help: "Include retired stores and contexts.")
        var all = false

        func run() throws {
            let (side, moment) = try options.open()
            let report = try side.query(moment) { try ArchitectureReport.build($0, includeRetired: all) }
            if options.json { return try JSONOutput.print(report) }
            print(ArchitectureText.render(report, style: .current), terminator: "")
        }
    }
}

/// The terminal rendering of an ``ArchitectureReport``, 80 columns wide.
enum ArchitectureText {
    static func render(_ report: ArchitectureReport, style: TerminalStyle) -> String {
        var out = style.bold("Architecture " + MomentHeading.text(position: report.position, asOf: report.asOf, validAt: report.validAt)) + "\n"
        if report.contexts.isEmpty { return out + "  (no contexts recorded yet; start with 'strata context add NAME')\n" }
        for context in report.contexts {
            out += "\n" + style.bold("\(context.id) \(Text.truncate(context.name, to: 40))")
            out += context.description.isEmpty ? "" : " — " + Text.truncate(context.description, to: 70 - context.name.count)
            out += context.status == "active" ? "\n" : " (retired)\n"
            if context.stores.isEmpty { out += "  no stores\n" }
            for store in context.stores {
                let name = Text.pad(Text.truncate(store.name, to: 20), 20)
                out += "  \(Text.pad(store.id, 5)) \(name) \(Text.pad(store.technology, 14)) \(store.role)"
                out += (store.status == "active" ? "" : " (retired)") + "\n"
                let shape = topology(store.topology)
                if !shape.isEmpty { out += "        " + style.dim("topology: ") + shape + "\n" }
                let served = store.workloads.map { "\($0.id) \(Text.truncate($0.name, to: 24))" }
                out += "        serves " + (served.isEmpty ? "no workload" : served.joined(separator: ", ")) + "\n"
                let why = store.changes.filter { $0.change != "workload-moved-in" && $0.change != "workload-moved-out" }
                    .map { "\($0.decision) \($0.change == "topology" ? $0.detail : $0.change) \($0.effectiveAt.prefix(10))" }
                out += "        " + style.dim("by ") + Text.truncate(why.joined(separator: "; "), to: 69) + "\n"
            }
            let unserved = context.workloads.filter { w in !context.stores.contains { $0.workloads.contains(w) } }
            if !unserved.isEmpty { out += "  workloads without a store: " + unserved.map(\.id).joined(separator: ", ") + "\n" }
        }
        return out
    }

    static func topology(_ t: ArchitectureReport.Topology) -> String {
        var parts: [String] = []
        if let size = t.scaledUpTo { parts.append("scaled up to \(size)") }
        if t.readReplicas > 0 { parts.append("\(t.readReplicas) read replica\(t.readReplicas == 1 ? "" : "s")") }
        if t.cacheInFront { parts.append("cache in front") }
        for model in t.readModels { parts.append("read model '\(model)'") }
        if let sharding = t.sharding { parts.append("\(sharding) sharding on \(t.shardKey ?? "?")") }
        return parts.joined(separator: ", ")
    }
}

/// "as of now (position 42)", "as of 2025-01-31T23:59:59Z (position 17), in effect at …".
enum MomentHeading {
    static func text(position: Int64, asOf: String?, validAt: String?) -> String {
        var text = "as of \(asOf ?? "now") (position \(position))"
        if let validAt { text += ", in effect at \(validAt)" }
        return text
    }
}
