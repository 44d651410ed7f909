import StrataApp

/// The terminal rendering of `store list` and `store show`.
enum StoreText {
    static let header = "ID     NAME                  TECHNOLOGY     ROLE      CONTEXT STATUS   WORKLOADS"

    /// One store on one line, as the list and other pages show it.
    static func row(_ store: StoreSummary, style: TerminalStyle) -> String {
        "\(Text.pad(store.id, 6)) \(Text.pad(Text.truncate(store.name, to: 21), 21)) \(Text.pad(store.technology, 14)) "
            + "\(Text.pad(store.role, 9)) \(Text.pad(store.context, 7)) \(style.judged(Text.pad(store.status, 8))) "
            + Text.fit(EntityHeading.ids(store.workloads), to: 9)
    }

    static func list(_ list: StoreList, moment: Moment, style: TerminalStyle) -> String {
        EntityHeading.table(
            "Stores", position: list.position, moment: moment, style: style, header: header,
            rows: list.stores.map { row($0, style: style) }, empty: "none match; a store is adopted by accepting a decision with --adopt")
    }

    static func detail(_ detail: StoreDetail, moment: Moment, style: TerminalStyle) -> String {
        let store = detail.store
        var out = EntityHeading.text("\(store.id) \(Text.fit(store.name, to: 30))", position: detail.position, moment: moment, style: style) + "\n"
        out += "Technology: \(store.technology) (\(store.category))   Role: \(store.role)   Context: \(store.context)"
        out += "   Status: \(style.judged(store.status))\n"
        out += "Adopted by \(store.adoptedBy) on \(store.adoptedAt.prefix(10))\n"
        let shape = ArchitectureText.topology(detail.topology)
        out += "Topology: " + (shape.isEmpty ? "single node" : Text.fit(shape, to: 70)) + "\n"
        out += EntityHeading.section("Workloads", detail.workloads.map { WorkloadText.row($0, style: style) }, none: "none", style: style)
        out += EntityHeading.section("Decisions", detail.changes.map { change in
            let what = change.change == .topology || change.change == .adopted || change.detail.isEmpty
                ? (change.change == .topology ? change.detail : change.change.rawValue) : "\(change.change.rawValue) \(change.detail)"
            return "\(change.effectiveAt.prefix(10))  \(Text.pad(change.decision, 7)) \(Text.pad(Text.truncate(what, to: 24), 24)) \(Text.fit(change.title, to: 34))"
        }, none: "none", style: style)
        out += "\n" + style.bold("Audit") + "\n"
        guard let audit = detail.audit else { return out + "  not audited (retired)\n" }
        out += "  " + style.judged(audit.verdict) + "\n"
        for evidence in audit.evidence {
            out += "  " + Text.fit("\(evidence.holds ? "✔" : "✘") \(evidence.decision) \(evidence.kind): \(evidence.text)" + (evidence.why.map { " (\($0))" } ?? ""), to: 76) + "\n"
        }
        for note in audit.notes { out += "  " + style.yellow("! ") + DecisionText.wrap(note, indent: 0).trimmingCharacters(in: .newlines) + "\n" }
        return out
    }
}
