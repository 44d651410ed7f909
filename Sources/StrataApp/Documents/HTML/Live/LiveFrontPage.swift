import Foundation
import Strata
import StrataProjections

/// The served front page at one moment: the architecture, decision log, measurements, advice
/// and audit as the log knew them at `asOf`, in effect at `validAt`, and a slider over every
/// instant a decision or a store took effect.
///
/// The exported report carries the design of every instant for its script to draw; at thousands
/// of decisions that is most of its size and of the time to make it. A served page asks the
/// server instead: the slider's script fetches this page at the moment picked and puts its
/// moving sections in place, so the architecture, the statuses and the audit move together.
enum LiveFrontPage {
    /// One instant of the slider: when, and one line per decision that took effect then.
    struct Instant {
        var at: Timestamp
        var changes: [String]
    }

    static func render(_ data: HTMLReportData, instants: [Instant], moment: LiveMoment, validAt: Timestamp?) throws -> String {
        let pages = HTMLExport.pageNames(data)
        return try HTMLIndexPage.render(
            data, pages: pages, live: true, asOf: moment.asOf, overTime: try overTime(instants, data: data, moment: moment, validAt: validAt))
    }

    /// The as-of form, the slider over `instants` at the one `validAt` falls in, and the changes then.
    private static func overTime(_ instants: [Instant], data: HTMLReportData, moment: LiveMoment, validAt: Timestamp?) throws -> String {
        let e = HTMLEscaping.escape
        let knowledge = HTMLIndexPage.asOfForm(asOf: moment.asOf, validAt: moment.validAt)
        guard !instants.isEmpty else { return HTMLIndexPage.emptyOverTime(knowledge) }
        let last = instants.count - 1
        let selected = validAt.map { at in instants.lastIndex { $0.at <= at } ?? 0 } ?? last
        let moments = instants.map { LiveSlider.Moment(at: $0.at.iso8601, day: $0.at.day) }
        let day = validAt.map { $0.day } ?? instants[last].at.day
        let changes = instants[selected].changes.map { "<li>\(e($0))</li>" }.joined()
        return """
            <section id="over-time"><h2>Architecture over time</h2>
            <p>The page at each moment a decision took effect, as the log knew it: the architecture above, the decision log and the audit below.</p>
            \(knowledge)
            \(HTMLIndexPage.sliderControls(labels: instants.map { HTMLIndexPage.label($0.at.iso8601) }, selected: selected, day: day))
            <p class="moment" id="shown-moment" aria-live="polite">\(e(data.moment))</p>
            <ul id="when-changes" class="changes">\(changes)</ul>
            <div id="arch-at" data-rendered="\(e(instants[selected].at.iso8601))"></div>
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
