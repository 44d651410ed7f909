import StrataApp

/// The terminal rendering of `context list` and `context show`.
enum ContextText {
    static func list(_ list: ContextList, moment: Moment, style: TerminalStyle) -> String {
        EntityHeading.table(
            "Contexts", position: list.position, moment: moment, style: style,
            header: "ID     NAME                  STATUS   WORKLOADS / STORES",
            rows: list.contexts.map { context in
                let owns = EntityHeading.ids(context.workloads) + " / " + EntityHeading.ids(context.stores)
                return "\(Text.pad(context.id, 6)) \(Text.pad(Text.truncate(context.name, to: 21), 21)) "
                    + "\(style.judged(Text.pad(context.status, 8))) \(Text.fit(owns, to: 42))"
            },
            empty: "none match; define one with 'strata context add NAME'")
    }

    static func detail(_ detail: ContextDetail, moment: Moment, style: TerminalStyle) -> String {
        let context = detail.context
        var out = EntityHeading.text("\(context.id) \(Text.fit(context.name, to: 30))", position: detail.position, moment: moment, style: style) + "\n"
        out += "Status: \(style.judged(context.status))\n"
        if !context.description.isEmpty { out += DecisionText.wrap(context.description, indent: 0) }
        out += EntityHeading.section("Workloads", detail.workloads.map { WorkloadText.row($0, style: style) }, none: "none", style: style)
        out += EntityHeading.section("Stores", detail.stores.map { StoreText.row($0, style: style) }, none: "none", style: style)
        out += EntityHeading.section("Decisions", detail.decisions.map {
            "\(Text.pad($0.id, 7)) \(style.judged(Text.pad($0.status, 11))) \(Text.fit($0.title, to: 58))"
        }, none: "none", style: style)
        return out
    }
}
