import Foundation
import Strata
import StrataProjections

/// The decision log and the audit on pages of their own (`/log`, `/audit`): the front page's
/// sections, for a link to one view at one moment and a keyboard path that reaches it directly.
enum LiveViewPages {
    static func log(_ log: DecisionLog, moment: String) throws -> String {
        let body = """
            <header><h1>Decision log</h1>
            <p class="moment">As of \(HTMLEscaping.escape(moment)) · \(log.decisions.count) decisions</p></header>
            <main>
            \(try HTMLIndexPage.decisionLog(log, pages: HTMLExport.pageNames(log.decisions.map(\.id))))
            </main>
            """
        return HTMLPage.render(title: "Decision log", root: "", script: true, body: body, live: true)
    }

    static func audit(_ audit: AuditReport, moment: String) -> String {
        let body = """
            <header><h1>Audit</h1>
            <p class="moment">As of \(HTMLEscaping.escape(moment)) · \(audit.stores.count) stores</p></header>
            <main>
            \(HTMLAuditSection.render(audit))
            </main>
            """
        return HTMLPage.render(title: "Audit", root: "", script: true, body: body, live: true)
    }
}
