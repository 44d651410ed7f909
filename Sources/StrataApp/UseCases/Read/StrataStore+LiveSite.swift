import Foundation
import Strata
import StrataInterop
import StrataProjections

/// A page `strata serve` serves, rendered: its media type and body.
public struct LivePage: Sendable {
    public let mediaType: String
    public let body: String

    init(_ body: String, path: String) {
        mediaType = path.hasSuffix(".css") ? "text/css; charset=utf-8"
            : path.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8"
        self.body = body
    }
}

/// The read models one moment of the served pages shows, folded once for every page at it.
///
/// A server keeps a few (``StrataStore/liveReadModels(at:)`` folds the log for a past moment),
/// and renders each page from them only when it is asked for: the front page, a decision, a
/// measured subject, the log or the audit, never the whole site.
public struct LiveReadModels: Sendable {
    /// The moment as the address names it.
    public let moment: LiveMoment
    /// The log position the pages show.
    public var position: Int64 { models.position }
    let models: BuiltReadModels
}

/// The policy every served page is under, also sent as a header (which alone can forbid framing).
public enum LiveSite {
    public static var contentSecurityPolicy: String { HTMLPage.liveHeaderPolicy }

    /// The stylesheet (`strata.css`) or the script (`strata.js`), the same at every moment, so
    /// served without reading the store; nil for any other path.
    public static func asset(_ path: String) -> LivePage? {
        switch path {
        case "strata.css": LivePage(HTMLReportStyle.source, path: path)
        case "strata.js": LivePage(HTMLReportScript.source, path: path)
        default: nil
        }
    }
}

extension StrataStore {
    /// The read models at `moment`: the live tables at the head, else folded now.
    public func liveReadModels(at moment: LiveMoment) throws(AppError) -> LiveReadModels {
        let read = try readMoment(moment)
        let models = try AppError.wrap { try readSide.prepare(read) }
        return LiveReadModels(moment: moment, models: models)
    }

    /// The log position a served page at `asOf` shows: the head when `asOf` is empty.
    public func livePosition(asOf: String) throws(AppError) -> Int64 {
        asOf.isEmpty ? try headPosition() : try position(answering: Moment(asOf: try cut(asOf, field: .asOf)))
    }

    /// The page at `path` (`index.html`, `log`, `audit`, `decisions/adr-7.html`,
    /// `measurements/w-1.html`, `strata.css`, `strata.js`) at `moment`, its links keeping that
    /// moment; nil for a path that names no page.
    ///
    /// Every page reads `knowledge`, the models at `moment`'s `asOf`. Its `validAt` moves the
    /// architecture, the audit and the decisions' statuses through `timeline` (read once per
    /// position, and called only by the pages that need it), and the measurements shown.
    public func livePage(
        _ path: String, at moment: LiveMoment, knowledge: LiveReadModels, timeline: () throws(AppError) -> LiveTimeline
    ) throws(AppError) -> LivePage? {
        let path = path.isEmpty ? "index.html" : path
        let validAt = moment.validAt.isEmpty ? nil : try MomentParser.instant(moment.validAt, field: .validAt)
        if let asset = LiveSite.asset(path) { return asset }
        let body: String?
        switch path {
        case "index.html": body = try liveFrontPage(knowledge, moment: moment, validAt: validAt, timeline: timeline)
        case "moving.html":
            // What a move of the slider changes, for its script; the time it moves to is required.
            guard let validAt else {
                throw AppError(.invalidInput, "moving.html shows one valid time: add ?validAt=, such as ?validAt=2024-06-30",
                               subject: .field(.validAt), remedy: .provide(.validAt))
            }
            body = try liveMovingParts(knowledge, moment: moment, validAt: validAt, timeline: try timeline())
        case "log":
            let log: DecisionLog
            if let validAt { let slider = try timeline(); log = slider.inEffect(slider.log, at: validAt) } else { log = try knowledge.query { try DecisionLog.build($0) } }
            body = try AppError.wrap { try LiveViewPages.log(log, moment: Self.describe(knowledge.position, moment, validAt)) }
        case "audit":
            let audit: AuditReport
            if let validAt { audit = try timeline().reports.audit(at: validAt) } else { audit = try knowledge.query { try AuditReport.build($0) } }
            body = LiveViewPages.audit(audit, moment: Self.describe(knowledge.position, moment, validAt))
        default: body = try subjectPage(path, in: knowledge, validAt: validAt)
        }
        return body.map { LivePage(LiveLinks.carry(moment, into: $0), path: path) }
    }

    /// A decision's or a measured subject's page; nil for any other path or an unknown subject.
    private func subjectPage(_ path: String, in models: LiveReadModels, validAt: Timestamp?) throws(AppError) -> String? {
        let parts = path.split(separator: "/")
        guard parts.count == 2, parts[1].hasSuffix(".html") else { return nil }
        let id = String(parts[1].dropLast(".html".count)).uppercased()
        switch parts[0] {
        case "decisions":
            guard let record = try models.query({ try DecisionRecord.build($0, reference: id) }) else { return nil }
            let ids = [record.entry.id] + record.entry.links.map(\.target) + record.supersessionChain
            // A review acts on the head, so only the page at the head offers one.
            let atHead = models.moment.asOf.isEmpty && validAt == nil
            let review = atHead && record.entry.status == .proposed ? try reviewStatus(record.entry.id) : nil
            return HTMLDecisionPage.render(record, pages: HTMLExport.pageNames(ids), review: review.map(LiveReviewSection.render) ?? "")
        case "measurements":
            let timeline = try models.query { try MeasurementTimeline.build($0, subject: id) }
            guard var subject = timeline.subjects.first(where: { HTMLMeasurementPage.pageNames(timeline)[$0.id] == String(parts[1]) }) else { return nil }
            if let validAt { subject.measurements = subject.measurements.filter { $0.observedAt <= validAt.iso8601 } }
            return HTMLMeasurementPage.render(subject, live: true)
        default:
            return nil
        }
    }

    private func liveFrontPage(
        _ knowledge: LiveReadModels, moment: LiveMoment, validAt: Timestamp?, timeline: () throws(AppError) -> LiveTimeline
    ) throws(AppError) -> String {
        // At a valid time the slider's timeline holds the log already, read at the same position.
        let slider = try validAt.map { _ throws(AppError) in try timeline() }
        var data = try knowledge.query { view in
            let log = try slider?.log ?? DecisionLog.build(view)
            return HTMLReportData(
                moment: Self.describe(view.position, moment, validAt), architecture: try ArchitectureReport.build(view), log: log, records: [],
                audit: try AuditReport.build(view), advice: try HTMLAdviceData.read(view), timeline: HTMLReportData.Timeline(),
                measurements: MeasurementTimeline(position: view.position, subjects: []), measured: try MeasuredSubject.all(view))
        }
        let instants: [LiveFrontPage.Instant]
        var absent: Set<String> = []
        if let validAt, let slider {
            instants = slider.instants
            (data.log, absent) = slider.shown(data.log, at: validAt)
            data.architecture = slider.reports.design(at: validAt)
            // The audit moves with the slider too: its verdicts weigh every fact in effect then.
            data.audit = slider.reports.audit(at: validAt)
        } else {
            instants = try knowledge.query { view in
                try HTMLReportData.changeInstants(view, log: data.log).map { LiveFrontPage.Instant(at: $0.0, changes: $0.1) }
            }
        }
        return try AppError.wrap { try LiveFrontPage.render(data, instants: instants, moment: moment, validAt: validAt, absent: absent) }
    }

    /// The front page's parts a move of the slider to `validAt` changes, all from `timeline`.
    private func liveMovingParts(
        _ knowledge: LiveReadModels, moment: LiveMoment, validAt: Timestamp, timeline: LiveTimeline
    ) throws(AppError) -> String {
        let shown = timeline.shown(timeline.log, at: validAt)
        return try AppError.wrap {
            try LiveFrontPage.moving(
                LiveFrontPage.Moment(
                    architecture: timeline.reports.design(at: validAt), audit: timeline.reports.audit(at: validAt),
                    described: Self.describe(knowledge.position, moment, validAt), instants: timeline.instants, validAt: validAt),
                log: shown.log, absent: shown.absent)
        }
    }

    /// "now (position 40), in effect at 2024-06-30 23:59 UTC": what a page at the moment says it shows.
    private static func describe(_ position: Int64, _ moment: LiveMoment, _ validAt: Timestamp?) -> String {
        var text = moment.asOf.isEmpty ? "now (position \(position))" : "\(moment.asOf) (position \(position))"
        if let validAt { text += ", in effect at \(HTMLIndexPage.label(validAt.iso8601)) UTC" }
        return text
    }

    /// The search results page for `query` as the log stood at `moment`'s `asOf` (the index keeps
    /// text revisions by position only), its links keeping the whole moment.
    public func liveSearchPage(_ query: String, at moment: LiveMoment) throws(AppError) -> String {
        let result = try search(query, at: Moment(asOf: moment.asOf.isEmpty ? nil : try cut(moment.asOf, field: .asOf)))
        return LiveLinks.carry(moment, into: LivePages.search(result, pages: HTMLExport.pageNames(result.hits.map(\.id))))
    }

    /// The proposals waiting on `actor`'s review now.
    public func liveWaitingPage(for actor: String, at moment: LiveMoment = .head) throws(AppError) -> String {
        let queue = try waitingReviews(for: actor)
        return LiveLinks.carry(moment, into: LivePages.waiting(queue, pages: HTMLExport.pageNames(queue.proposals.map(\.id))))
    }

    /// The changes between `from` and `to` (empty: now), or only the form when `from` is empty.
    public func liveDiffPage(from: String, to: String, at moment: LiveMoment = .head) throws(AppError) -> String {
        let from = from.trimmingCharacters(in: .whitespaces), to = to.trimmingCharacters(in: .whitespaces)
        let diff = from.isEmpty ? nil : try self.diff(from: from, to: to.isEmpty ? nil : to)
        let ids = (diff?.decisions.map(\.id) ?? []) + (diff?.steps.flatMap { [$0.subject] + ($0.decision.map { [$0] } ?? []) } ?? [])
        return LiveLinks.carry(moment, into: LivePages.diff(diff, from: from, to: to, pages: HTMLExport.pageNames(ids.filter { $0.hasPrefix("ADR-") })))
    }

    /// The advisor page: the profile form alone when `values` is nil, else the form as filled
    /// in with the ranked advice for it, or the validator's refusal, through ``advise(form:)``.
    ///
    /// Advice depends on the profile alone, but the page keeps `moment` in its links and its
    /// form's address, so a visit to the advisor does not lose the moment the other pages show.
    public static func liveAdvisorPage(_ values: [String: [String]]? = nil, at moment: LiveMoment = .head) -> String {
        let page: String
        if let values {
            do throws(AppError) {
                page = LiveAdvisorPage.render(.profile, values: values, result: try advise(form: values), problem: nil)
            } catch {
                page = LiveAdvisorPage.render(.profile, values: values, result: nil, problem: error)
            }
        } else {
            page = LiveAdvisorPage.render(.profile, values: [:], result: nil, problem: nil)
        }
        return LiveLinks.carry(moment, into: page)
    }

    /// The sign-in page, with what went wrong last time.
    public static func liveSignInPage(problem: String? = nil) -> String { LivePages.signIn(problem: problem) }

    /// A page saying why an action from a page was not recorded, with a link back.
    public static func liveRefusalPage(_ message: String, back: String) -> String { LivePages.refused(message, back: back) }
}

extension LiveReadModels {
    /// Runs `body` against the models, reporting failures as ``AppError``.
    func query<T>(_ body: (ReadModelView) throws -> T) throws(AppError) -> T {
        try AppError.wrap { try models.query(body) }
    }
}
