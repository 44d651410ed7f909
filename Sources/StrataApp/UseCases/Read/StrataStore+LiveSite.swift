import Foundation
import Strata
import StrataInterop
import StrataProjections

/// The pages `strata serve` serves at `/`: the HTML report of the log's head, with a search box,
/// the review queue and, on each proposal's page, its review standing and form.
///
/// The same renderers as `strata export html`, so the served page and the shared file never
/// disagree; a server keeps one site per log position and builds the next when the head moves.
public struct LiveSite: Sendable {
    /// The log position the pages show.
    public let position: Int64
    /// The policy every served page is under, also sent as a header (which alone can forbid framing).
    public static var contentSecurityPolicy: String { HTMLPage.liveHeaderPolicy }
    let files: [String: String]
    let pages: [String: String]

    /// The page or asset at `path` (`index.html`, `strata.css`, `decisions/adr-7.html`), with its
    /// media type; nil for any other path.
    public func file(_ path: String) -> (mediaType: String, body: String)? {
        let key = path.isEmpty ? "index.html" : path
        guard let body = files[key] else { return nil }
        let type = key.hasSuffix(".css") ? "text/css; charset=utf-8"
            : key.hasSuffix(".js") ? "text/javascript; charset=utf-8" : "text/html; charset=utf-8"
        return (type, body)
    }
}

extension StrataStore {
    /// The site at the log's head, or as the log stood at `asOf` (a date, a date-time,
    /// `@POSITION` or `ADR-N`): the front page then shows that moment's knowledge, and its
    /// as-of control holds `asOf` so the page's URL names the moment.
    public func liveSite(asOf: String? = nil) throws(AppError) -> LiveSite {
        let asOf = asOf?.trimmingCharacters(in: .whitespaces) ?? ""
        let position = try livePosition(asOf: asOf)
        let data = try AppError.wrap { try HTMLReportData.read(readSide, upTo: .position(position)) }
        let reviews = Dictionary(uniqueKeysWithValues: try proposalReviews().proposals.map { ($0.id, $0) })
        let files = try AppError.wrap { try HTMLExport.files(data, reviews: reviews, asOf: asOf) }
        return LiveSite(
            position: position, files: Dictionary(files.map { ($0.relativePath, $0.contents) }, uniquingKeysWith: { first, _ in first }),
            pages: HTMLExport.pageNames(data))
    }

    /// The log position a served page at `asOf` shows: the head when `asOf` is empty.
    public func livePosition(asOf: String) throws(AppError) -> Int64 {
        asOf.isEmpty ? try headPosition() : try position(answering: Moment(asOf: try cut(asOf, field: .asOf)))
    }

    /// The search results page for `query`, linking into `site`'s decision pages.
    public func liveSearchPage(_ query: String, in site: LiveSite) throws(AppError) -> String {
        LivePages.search(try search(query), pages: site.pages)
    }

    /// The proposals waiting on `actor`'s review, linking into `site`.
    public func liveWaitingPage(for actor: String, in site: LiveSite) throws(AppError) -> String {
        LivePages.waiting(try waitingReviews(for: actor), pages: site.pages)
    }

    /// The changes between `from` and `to` (empty: now), or only the form when `from` is empty.
    public func liveDiffPage(from: String, to: String, in site: LiveSite) throws(AppError) -> String {
        let from = from.trimmingCharacters(in: .whitespaces), to = to.trimmingCharacters(in: .whitespaces)
        let diff = from.isEmpty ? nil : try self.diff(from: from, to: to.isEmpty ? nil : to)
        return LivePages.diff(diff, from: from, to: to, pages: site.pages)
    }

    /// The advisor page: the profile form alone when `values` is nil, else the form as filled
    /// in with the ranked advice for it, or the validator's refusal, through ``advise(form:)``.
    public static func liveAdvisorPage(_ values: [String: [String]]? = nil) -> String {
        guard let values else { return LiveAdvisorPage.render(.profile, values: [:], result: nil, problem: nil) }
        do throws(AppError) {
            return LiveAdvisorPage.render(.profile, values: values, result: try advise(form: values), problem: nil)
        } catch {
            return LiveAdvisorPage.render(.profile, values: values, result: nil, problem: error)
        }
    }

    /// The sign-in page, with what went wrong last time.
    public static func liveSignInPage(problem: String? = nil) -> String { LivePages.signIn(problem: problem) }

    /// A page saying why an action from a page was not recorded, with a link back.
    public static func liveRefusalPage(_ message: String, back: String) -> String { LivePages.refused(message, back: back) }
}
