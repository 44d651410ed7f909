import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The architecture drawn as inline SVG: one column per context, its stores as boxes, the
/// workloads each serves hanging below it, and the context's unserved workloads dashed at the end.
///
/// The report's script draws past dates with the same geometry (see ``HTMLReportScript``), so the
/// constants here and there must agree. Long names are shortened on the box; the full text is in
/// the box's `<title>`, which browsers show as a tooltip. All text is escaped.
enum ArchitectureSVG {
    static let column = 240, gap = 20, top = 20, storeHeight = 44, workloadHeight = 24

    static func render(_ report: ArchitectureReport) -> String {
        guard !report.contexts.isEmpty else { return "<p class=\"empty\">No bounded context was recorded at this moment.</p>" }
        var body = ""
        var bottom = 0
        for (index, context) in report.contexts.enumerated() {
            let (markup, height) = contextColumn(context, x: gap + index * (column + gap))
            body += markup
            bottom = max(bottom, height)
        }
        let width = gap + report.contexts.count * (column + gap)
        return "<svg class=\"arch\" role=\"img\" width=\"\(width)\" height=\"\(bottom + gap)\" "
            + "viewBox=\"0 0 \(width) \(bottom + gap)\"><title>Architecture</title>\(body)</svg>"
    }

    private static func contextColumn(_ context: ArchitectureReport.Context, x: Int) -> (String, Int) {
        var inner = ""
        var y = top + 36
        var served = Set<String>()
        for store in context.stores {
            let lines = ["\(store.id): \(store.name)", "\(store.technology) · \(store.role)"]
            inner += box("store role-\(HTMLEscaping.token(store.role.rawValue))", x: x + 10, y: y, width: column - 20, height: storeHeight,
                         lines: lines, title: lines.joined(separator: "\n") + "\nadopted by \(store.adoptedBy)")
            let storeBottom = y + storeHeight
            y += storeHeight + 8
            for workload in store.workloads {
                served.insert(workload.id)
                inner += "<path class=\"wire\" d=\"M\(x + 20) \(storeBottom) V\(y + workloadHeight / 2) H\(x + 30)\"/>"
                inner += workloadBox(workload, x: x + 30, y: y, width: column - 40, dashed: false)
                y += workloadHeight + 6
            }
            y += 4
        }
        for workload in context.workloads where !served.contains(workload.id) {
            inner += workloadBox(workload, x: x + 10, y: y, width: column - 20, dashed: true)
            y += workloadHeight + 6
        }
        let label = "\(context.id): \(context.name)"
        let frame = "<rect class=\"context\" x=\"\(x)\" y=\"\(top)\" width=\"\(column)\" height=\"\(y - top + 4)\" rx=\"8\"/>"
            + "<text class=\"context-label\" x=\"\(x + 10)\" y=\"\(top + 22)\">\(text(label, fitting: 30))</text>"
        return ("<g class=\"context-column\"><title>\(HTMLEscaping.escape(label))</title>\(frame)\(inner)</g>", y + 4)
    }

    private static func workloadBox(_ workload: ArchitectureReport.WorkloadRef, x: Int, y: Int, width: Int, dashed: Bool) -> String {
        let line = "\(workload.id): \(workload.name)"
        return box(dashed ? "workload unserved" : "workload", x: x, y: y, width: width, height: workloadHeight,
                   lines: [line], title: line + (dashed ? "\nserved by no store" : ""))
    }

    private static func box(_ classes: String, x: Int, y: Int, width: Int, height: Int, lines: [String], title: String) -> String {
        var out = "<g class=\"\(classes)\"><title>\(HTMLEscaping.escape(title))</title>"
        out += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"4\"/>"
        for (index, line) in lines.enumerated() {
            out += "<text x=\"\(x + 8)\" y=\"\(y + 16 + index * 17)\">\(text(line, fitting: 32))</text>"
        }
        return out + "</g>"
    }

    /// `line` escaped, cut to `limit` characters with an ellipsis.
    static func text(_ line: String, fitting limit: Int) -> String {
        HTMLEscaping.escape(line.count > limit ? String(line.prefix(limit - 1)) + "…" : line)
    }
}
