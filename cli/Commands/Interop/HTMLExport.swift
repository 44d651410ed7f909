import Foundation
import Strata
import StrataInterop
import StrataProjections

/// `strata export html DIR`: a static report that opens from disk with no network.
///
/// DIR gets `index.html`, `strata.css`, `strata.js` and `decisions/<id>.html`, one page per
/// decision; ``ExportWriter`` keeps every file inside DIR and refuses to overwrite without --force.
enum HTMLExport {
    static func files(_ data: HTMLReportData) throws -> [ExportedFile] {
        var pages: [String: String] = [:]
        for entry in data.log.decisions {
            pages[entry.id] = SafePath.sanitise(entry.id.lowercased()).replacingOccurrences(of: "/", with: "-") + ".html"
        }
        var files = [
            ExportedFile(relativePath: "index.html", contents: try HTMLIndexPage.render(data, pages: pages)),
            ExportedFile(relativePath: "strata.css", contents: HTMLReportStyle.source),
            ExportedFile(relativePath: "strata.js", contents: HTMLReportScript.source),
        ]
        for record in data.records {
            guard let page = pages[record.entry.id] else { continue }
            files.append(ExportedFile(relativePath: "decisions/\(page)", contents: HTMLDecisionPage.render(record, pages: pages)))
        }
        return files
    }

    /// Reads the store at `cut`, writes the report into `directory`, and says what it wrote.
    static func run(_ side: ReadSide, upTo cut: TimeCut?, to directory: String, force: Bool) throws -> String {
        let data = try HTMLReportData.read(side, upTo: cut)
        let files = try files(data)
        try ExportWriter.write(files, to: URL(fileURLWithPath: directory), force: force)
        let count = data.log.decisions.count
        return "Wrote a report of \(count) decision\(count == 1 ? "" : "s") and \(data.snapshots.count) dated "
            + "architecture\(data.snapshots.count == 1 ? "" : "s") to \(directory) (\(files.count) files); open \(directory)/index.html"
    }
}
