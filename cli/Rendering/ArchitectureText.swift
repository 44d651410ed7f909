import StrataApp

/// The terminal rendering of an ``ArchitectureReport``, fitted to the terminal (80 columns off one).
enum ArchitectureText {
    static func render(_ report: ArchitectureReport, style: TerminalStyle) -> String {
        var out = style.bold("Architecture " + MomentHeading.text(position: report.position, asOf: report.asOf, validAt: report.validAt)) + "\n"
        if report.contexts.isEmpty { return out + "  (no contexts recorded yet; start with 'strata context add NAME')\n" }
        for context in report.contexts {
            out += "\n" + style.bold("\(context.id) \(Text.fit(context.name, to: 40))")
            out += context.description.isEmpty ? "" : " — " + Text.fit(context.description, to: 70 - context.name.count)
            out += context.status == .active ? "\n" : " (retired)\n"
            if context.stores.isEmpty { out += "  no stores\n" }
            for store in context.stores {
                let name = Text.pad(Text.truncate(store.name, to: 20), 20)
                out += "  \(Text.pad(store.id, 5)) \(name) \(Text.pad(store.technology, 14)) \(store.role.rawValue)"
                out += (store.status == .active ? "" : " (retired)") + "\n"
                let shape = topology(store.topology)
                if !shape.isEmpty { out += "        " + style.dim("topology: ") + shape + "\n" }
                let served = store.workloads.map { "\($0.id) \(Text.truncate($0.name, to: 24))" }
                out += "        serves " + (served.isEmpty ? "no workload" : served.joined(separator: ", ")) + "\n"
                let why = store.changes.filter(\.change.shapesStore)
                    .map { "\($0.decision) \($0.change == .topology ? $0.detail : $0.change.rawValue) \($0.effectiveAt.prefix(10))" }
                out += "        " + style.dim("by ") + Text.fit(why.joined(separator: "; "), to: 69) + "\n"
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
