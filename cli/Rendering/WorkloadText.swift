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
        EntityHeading.table(
            "Workloads", position: list.position, moment: moment, style: style, header: header,
            rows: list.workloads.map { row($0, style: style) }, empty: "none match; add one with 'strata workload add --file PROFILE'")
    }

    static func detail(_ detail: WorkloadDetail, moment: Moment, style: TerminalStyle) throws -> String {
        let workload = detail.workload
        let profileJSON = try detail.profile.map(JSONOutput.text) ?? "(unreadable)"
        var out = EntityHeading.text("\(workload.id) \(Text.fit(workload.name, to: 30))", position: detail.position, moment: moment, style: style) + "\n"
        out += "Context: \(workload.context)   Status: \(style.judged(workload.status))   Revision: \(workload.revision)"
        out += "   Added: \(workload.addedAt.prefix(10))" + (workload.revisedAt.map { "   Revised: \($0.prefix(10))" } ?? "") + "\n"
        out += "\n" + style.bold("Profile") + "\n" + profileJSON.split(separator: "\n").map { "  " + Text.truncate(String($0), to: 200) }.joined(separator: "\n") + "\n"
        out += EntityHeading.section("Stores", detail.stores.map { StoreText.row($0, style: style) }, none: "none serves it", style: style)
        out += EntityHeading.section(
            "Latest measurements", detail.latestMeasurements.map { MeasurementText.row($0, style: style) },
            none: "none; record one with 'strata measure \(workload.id) METRIC VALUE'", style: style)
        return out
    }
}
