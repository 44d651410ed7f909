import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
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
}
