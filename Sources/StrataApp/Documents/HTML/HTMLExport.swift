import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// `strata export html DIR`: a static report that opens from disk with no network.
///
/// DIR gets `index.html`, `strata.css`, `strata.js` and `decisions/<id>.html`, one page per
/// decision, and `measurements/<id>.html`, one page per measured workload or store; ``ExportWriter`` keeps every file inside DIR and refuses to overwrite without --force.
enum HTMLExport {
    /// - Parameter reviews: for the pages `strata serve` serves: each proposal's review standing,
    ///   shown with its form on its page; nil for the exported, self-contained report.
    /// - Parameter asOf: served pages only: the moment the front page's as-of control shows.
    static func files(_ data: HTMLReportData, reviews: [String: ReviewStatus]? = nil, asOf: String = "") throws -> [ExportedFile] {
        let pages = pageNames(data)
        var files = [
            ExportedFile(relativePath: "index.html", contents: try HTMLIndexPage.render(data, pages: pages, live: reviews != nil, asOf: asOf)),
            ExportedFile(relativePath: "strata.css", contents: HTMLReportStyle.source),
            ExportedFile(relativePath: "strata.js", contents: HTMLReportScript.source),
        ]
        for record in data.records {
            guard let page = pages[record.entry.id] else { continue }
            let review = reviews.map { $0[record.entry.id].map(LiveReviewSection.render) ?? "" }
            files.append(ExportedFile(relativePath: "decisions/\(page)", contents: HTMLDecisionPage.render(record, pages: pages, review: review)))
        }
        let measured = HTMLMeasurementPage.pageNames(data.measurements)
        for subject in data.measurements.subjects {
            guard let page = measured[subject.id] else { continue }
            files.append(ExportedFile(relativePath: "measurements/\(page)", contents: HTMLMeasurementPage.render(subject, live: reviews != nil)))
        }
        return files
    }

    /// The file name of each decision's page, by short id.
    static func pageNames(_ data: HTMLReportData) -> [String: String] {
        pageNames(data.log.decisions.map(\.id))
    }

    /// The file name of each of `ids`' pages.
    static func pageNames(_ ids: some Sequence<String>) -> [String: String] {
        Dictionary(ids.map { ($0, pageName($0)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The file name of a decision's page, by its short id: `ADR-7` is `adr-7.html`.
    static func pageName(_ id: String) -> String {
        SafePath.sanitise(id.lowercased()).replacingOccurrences(of: "/", with: "-") + ".html"
    }
}
