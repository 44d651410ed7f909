import Foundation
import Strata
import StrataProjections

/// The served front page at one moment: the architecture, decision log, measurements, advice
/// and audit as the log knew them at `asOf`, in effect at `validAt`, and a slider over every
/// instant a decision or a store took effect.
///
/// The exported report carries the design of every instant for its script to draw; at thousands
/// of decisions that is most of its size and of the time to make it. A served page asks the
/// server instead: the slider's script fetches the page's moving parts at the moment picked
/// (``moving(_:log:absent:)``, `moving.html`) and puts them in place, so the architecture, the
/// statuses and the audit move together.
enum LiveFrontPage {
    /// One instant of the slider: when, and one line per decision that took effect then.
    struct Instant {
        var at: Timestamp
        var changes: [String]
    }

    /// - Parameter absent: the log's decisions not in effect at `validAt`, kept as hidden rows.
    static func render(
        _ data: HTMLReportData, instants: [Instant], moment: LiveMoment, validAt: Timestamp?, absent: Set<String> = []
    ) throws -> String {
        let pages = HTMLExport.pageNames(data)
        return try HTMLIndexPage.render(
            data, pages: pages, live: true, asOf: moment.asOf, overTime: try overTime(instants, data: data, moment: moment, validAt: validAt),
            absent: absent, windowed: true)
    }

    /// What the page shows at one valid time that a move of the slider changes.
    struct Moment {
        var architecture: ArchitectureReport
        var audit: AuditReport
        /// What the page says it shows.
        var described: String
        var instants: [Instant]
        var validAt: Timestamp
    }

    /// The parts of the front page a move of the slider to `moment` replaces, under the same ids,
    /// and each decision's status then as data (`decision-statuses`: short id → status and
    /// date, for the decisions in effect), which the script writes into the rows it has: the
    /// log's rows are most of the page, and a move changes only their statuses.
    static func moving(_ moment: Moment, log: DecisionLog, absent: Set<String>) throws -> String {
        let statuses = Dictionary(uniqueKeysWithValues: log.decisions.filter { !absent.contains($0.id) }.map {
            ($0.id, [$0.status.rawValue, String($0.effectiveAt.prefix(10))])
        })
        let selected = moment.instants.lastIndex { $0.at <= moment.validAt } ?? 0
        let body = """
            <main>
            \(HTMLIndexPage.architectureSection(moment.architecture, heading: "Architecture at this moment"))
            \(shownMoment(moment.described, instant: moment.instants.isEmpty ? nil : moment.instants[selected]))
            \(HTMLAuditSection.render(moment.audit))
            \(try HTMLEscaping.jsonBlock(id: "decision-statuses", statuses))
            </main>
            """
        return HTMLPage.render(title: "Strata: the front page's moving parts", root: "", script: false, body: body, live: true)
    }

    /// What the slider shows of its instant: the moment described, what took effect then, and
    /// the instant (`arch-at`'s `data-rendered`, which a browser test reads).
    private static func shownMoment(_ described: String, instant: Instant?) -> String {
        let e = HTMLEscaping.escape
        let changes = (instant?.changes ?? []).map { "<li>\(e($0))</li>" }.joined()
        return """
            <p class="moment" id="shown-moment" aria-live="polite">\(e(described))</p>
            <ul id="when-changes" class="changes">\(changes)</ul>
            <div id="arch-at" data-rendered="\(e(instant?.at.iso8601 ?? ""))"></div>
            """
    }

    /// The as-of form, the slider over `instants` at the one `validAt` falls in, and the changes then.
    private static func overTime(_ instants: [Instant], data: HTMLReportData, moment: LiveMoment, validAt: Timestamp?) throws -> String {
        let knowledge = HTMLIndexPage.asOfForm(asOf: moment.asOf, validAt: moment.validAt)
        guard !instants.isEmpty else { return HTMLIndexPage.emptyOverTime(knowledge) }
        let last = instants.count - 1
        let selected = validAt.map { at in instants.lastIndex { $0.at <= at } ?? 0 } ?? last
        let moments = instants.map { LiveSlider.Moment(at: $0.at.iso8601, day: $0.at.day) }
        let day = validAt.map { $0.day } ?? instants[last].at.day
        return """
            <section id="over-time"><h2>Architecture over time</h2>
            <p>The page at each moment a decision took effect, as the log knew it: the architecture above, the decision log and the audit below.</p>
            \(knowledge)
            \(HTMLIndexPage.sliderControls(labels: instants.map { HTMLIndexPage.label($0.at.iso8601) }, selected: selected, day: day))
            \(shownMoment(data.moment, instant: instants[selected]))
            \(try HTMLEscaping.jsonBlock(id: "live-moments", moments))
            </section>
            """
    }
}

/// The slider's instants as the served page's script reads them.
enum LiveSlider {
    struct Moment: Encodable {
        var at: String
        var day: String
    }
}
