import StrataApp

/// The terminal rendering of `context list` and `context show`.
enum ContextText {
    static func list(_ list: ContextList, moment: Moment, style: TerminalStyle) -> String {
        var out = EntityHeading.text("Contexts", position: list.position, moment: moment, style: style) + "\n"
        if list.contexts.isEmpty { return out + "  (none match; define one with 'strata context add NAME')\n" }
        out += style.dim("ID     NAME                  STATUS   WORKLOADS / STORES") + "\n"
        for context in list.contexts {
            let owns = EntityHeading.ids(context.workloads) + " / " + EntityHeading.ids(context.stores)
            out += "\(Text.pad(context.id, 6)) \(Text.pad(Text.truncate(context.name, to: 21), 21)) "
                + "\(style.judged(Text.pad(context.status, 8))) \(Text.fit(owns, to: 42))\n"
        }
        return out
    }

    static func detail(_ detail: ContextDetail, moment: Moment, style: TerminalStyle) -> String {
        let context = detail.context
        var out = EntityHeading.text("\(context.id) \(Text.fit(context.name, to: 30))", position: detail.position, moment: moment, style: style) + "\n"
        out += "Status: \(style.judged(context.status))\n"
        if !context.description.isEmpty { out += DecisionText.wrap(context.description, indent: 0) }
        out += "\n" + style.bold("Workloads") + "\n"
        if detail.workloads.isEmpty { out += "  none\n" }
        for workload in detail.workloads { out += "  " + WorkloadText.row(workload, style: style) + "\n" }
        out += "\n" + style.bold("Stores") + "\n"
        if detail.stores.isEmpty { out += "  none\n" }
        for store in detail.stores { out += "  " + StoreText.row(store, style: style) + "\n" }
        out += "\n" + style.bold("Decisions") + "\n"
        if detail.decisions.isEmpty { out += "  none\n" }
        for decision in detail.decisions {
            out += "  \(Text.pad(decision.id, 7)) \(style.judged(Text.pad(decision.status, 11))) \(Text.fit(decision.title, to: 58))\n"
        }
        return out
    }
}
