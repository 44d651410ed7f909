import StrataApp

/// The terminal rendering of `measurement list` and `measurement show`.
enum MeasurementText {
    static let header = "OBSERVED    ID     SUBJECT METRIC               VALUE"

    /// One measurement on one line: when, what, the figure against its target, and its marks.
    static func row(_ point: MeasurementSummary, style: TerminalStyle) -> String {
        let target = point.target.map { " target \(Bottleneck.format($0))" } ?? ""
        let mark = point.retracted ? style.dim(" retracted") : (point.bottleneck ? style.red(" BOTTLENECK") : "")
        return "\(point.observedAt.prefix(10))  \(Text.pad(point.id, 6)) \(Text.pad(point.subject, 7)) \(Text.pad(point.metric, 20)) "
            + "\(Bottleneck.format(point.value)) \(point.unit)\(target)\(mark)"
    }

    static func list(_ list: MeasurementList, moment: Moment, style: TerminalStyle) -> String {
        EntityHeading.table(
            "Measurements", position: list.position, moment: moment, style: style, header: header,
            rows: list.measurements.map { row($0, style: style) }, empty: "none match; record one with 'strata measure W-1 METRIC VALUE'")
    }

    static func detail(_ detail: MeasurementDetail, moment: Moment, style: TerminalStyle) -> String {
        let point = detail.measurement
        var out = EntityHeading.text("\(point.id) \(point.metric)", position: detail.position, moment: moment, style: style) + "\n"
        out += "Subject: \(point.subject) \(Text.fit(detail.subjectName, to: 40)) (\(point.subjectKind))\n"
        out += "Value: \(Bottleneck.format(point.value)) \(point.unit)"
        if let target = point.target { out += "   Target: \(Bottleneck.format(target))" + (point.targetSource.map { " (from \($0))" } ?? "") }
        out += point.bottleneck ? "   " + style.red("BOTTLENECK") : ""
        out += "\nObserved: \(point.observedAt.prefix(10))   Source: \(point.source)\n"
        if let note = point.note { out += "Note: " + DecisionText.wrap(note, indent: 0) }
        if let retraction = detail.retraction { out += style.dim("Retracted: ") + DecisionText.wrap(retraction, indent: 0) }
        return out
    }
}
