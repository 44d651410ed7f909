import Foundation
import Strata
import StrataInterop
import StrataJSON

/// Prints what `strata import` did: source problems, notes, one line per decision, and a total;
/// or, with `--json`, one object with the same facts.
struct ImportSummary {
    var report: DecisionImportReport
    var problems: [ImportProblem]
    var format: ADRFormat

    func print(json: Bool) {
        if json {
            Swift.print(Self.encode(JSONReport(self)))
            return
        }
        for problem in problems { Swift.print(problem.description) }
        for note in report.notes { Swift.print(note.description) }
        for entry in report.imported { Swift.print(line(entry)) }
        Swift.print(total)
    }

    private func line(_ entry: DecisionImportReport.Entry) -> String {
        var source = entry.source.path ?? entry.key
        if let number = entry.source.number, number != entry.ref.number { source += " (was \(number))" }
        return Text.pad(entry.ref.shortID, 8) + " " + Text.pad(entry.status.rawValue, 11) + " "
            + Text.pad(Text.truncate(source, to: 48), 48) + "  " + Text.truncate(entry.title, to: 60)
    }

    private var total: String {
        var text = "\(report.imported.count) new, \(report.alreadyPresent.count) already present"
        switch report.numbering {
        case .kept: text += "; source numbers kept"
        case .renumbered: text += "; numbered from \(report.imported.first?.ref.shortID ?? "")"
        case .none: break
        }
        text += "; \(report.eventCount) event\(report.eventCount == 1 ? "" : "s")"
        return text + (report.dryRun ? " would be recorded (dry run: nothing was written)" : " recorded")
    }

    /// The `--json` shape.
    private struct JSONReport: Encodable {
        struct Decision: Encodable {
            var id: String, uuid: String, title: String, status: String, source: String?, sourceNumber: Int?, new: Bool
        }
        struct Note: Encodable { var file: String, message: String }
        var dryRun: Bool, format: String, new: Int, alreadyPresent: Int, numbering: String, events: Int
        var decisions: [Decision], problems: [ImportProblem], notes: [Note]

        init(_ summary: ImportSummary) {
            let report = summary.report
            func decision(_ entry: DecisionImportReport.Entry, new: Bool) -> Decision {
                Decision(id: entry.ref.shortID, uuid: entry.ref.id, title: entry.title, status: entry.status.rawValue,
                         source: entry.source.path, sourceNumber: entry.source.number, new: new)
            }
            dryRun = report.dryRun
            format = summary.format.rawValue
            new = report.imported.count
            alreadyPresent = report.alreadyPresent.count
            numbering = report.numbering.rawValue
            events = report.eventCount
            decisions = report.imported.map { decision($0, new: true) } + report.alreadyPresent.map { decision($0, new: false) }
            problems = summary.problems
            notes = report.notes.map { Note(file: $0.path, message: $0.message) }
        }
    }

    /// `strata import events`: one line, or one JSON object.
    static func print(_ report: EventMergeReport, json: Bool) {
        if json {
            struct Merge: Encodable { var dryRun: Bool, new: Int, alreadyPresent: Int, lines: Int }
            Swift.print(encode(Merge(dryRun: report.dryRun, new: report.appended, alreadyPresent: report.alreadyPresent, lines: report.lines)))
            return
        }
        let tail = report.dryRun ? " (dry run: nothing was written)" : ""
        Swift.print("\(report.appended) new, \(report.alreadyPresent) already present; \(report.appended) event\(report.appended == 1 ? "" : "s") \(report.dryRun ? "would be " : "")merged\(tail)")
    }

    private static func encode(_ value: some Encodable) -> String {
        (try? JSONCodec.text(value)) ?? "{}"
    }
}
