import StrataApp

/// The terminal rendering of `workload list` and `workload show`.
enum WorkloadText {
    static let header = "ID     NAME                  CONTEXT STATUS   STORES   ACCESS PATTERNS"

    /// One workload on one line, as the list and a context's page show it.
    static func row(_ workload: WorkloadSummary, style: TerminalStyle) -> String {
        "\(Text.pad(workload.id, 6)) \(Text.pad(Text.truncate(workload.name, to: 21), 21)) \(Text.pad(workload.context, 7)) "
            + "\(style.judged(Text.pad(workload.status, 8))) \(Text.pad(EntityHeading.ids(workload.stores), 8)) "
            + Text.fit(workload.accessPatterns.joined(separator: ", "), to: 24)
    }

    static func list(_ list: WorkloadList, moment: Moment, style: TerminalStyle) -> String {
        var out = EntityHeading.text("Workloads", position: list.position, moment: moment, style: style) + "\n"
        if list.workloads.isEmpty { return out + "  (none match; add one with 'strata workload add --file PROFILE')\n" }
        out += style.dim(header) + "\n"
        for workload in list.workloads { out += row(workload, style: style) + "\n" }
        return out
    }

    static func detail(_ detail: WorkloadDetail, profileJSON: String, moment: Moment, style: TerminalStyle) -> String {
        let workload = detail.workload
        var out = EntityHeading.text("\(workload.id) \(Text.fit(workload.name, to: 30))", position: detail.position, moment: moment, style: style) + "\n"
        out += "Context: \(workload.context)   Status: \(style.judged(workload.status))   Revision: \(workload.revision)"
        out += "   Added: \(workload.addedAt.prefix(10))" + (workload.revisedAt.map { "   Revised: \($0.prefix(10))" } ?? "") + "\n"
        out += "\n" + style.bold("Profile") + "\n" + profileJSON.split(separator: "\n").map { "  " + Text.truncate(String($0), to: 200) }.joined(separator: "\n") + "\n"
        out += "\n" + style.bold("Stores") + "\n"
        if detail.stores.isEmpty { out += "  none serves it\n" }
        for store in detail.stores { out += "  " + StoreText.row(store, style: style) + "\n" }
        out += "\n" + style.bold("Latest measurements") + "\n"
        if detail.latestMeasurements.isEmpty { out += "  none; record one with 'strata measure \(workload.id) METRIC VALUE'\n" }
        for point in detail.latestMeasurements { out += "  " + MeasurementText.row(point, style: style) + "\n" }
        return out
    }
}
