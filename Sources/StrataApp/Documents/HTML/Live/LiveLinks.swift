import Foundation

/// Writes a served page's moment into its links between pages, and into its search form.
///
/// The renderers are shared with the exported report, which has no server and so no moment to
/// keep; a live page is rendered by them first, then passed through here once, so each renderer
/// stays one function for both. Only links to the site's own pages change (`index.html`,
/// `decisions/…html`, `measurements/…html`, `../…`, and the served views `log`, `audit`,
/// `search`, `diff`, `advisor`, `reviews/waiting`): a fragment stays after the query, an absolute URL or
/// an anchor on the same page is left as it is. The page's script does the same after a move of
/// the slider (see ``HTMLReportScript``), with the same rule.
enum LiveLinks {
    static func carry(_ moment: LiveMoment, into html: String) -> String {
        let query = moment.query
        guard !query.isEmpty else { return html }
        let marker = "href=\""
        var parts = html.components(separatedBy: marker)
        for index in parts.indices.dropFirst() {
            let part = parts[index]
            guard let end = part.firstIndex(of: "\"") else { continue }
            let target = String(part[..<end])
            guard let carried = carry(query, to: target) else { continue }
            parts[index] = carried + part[end...]
        }
        var result = parts.joined(separator: marker)
        let field = "<input id=\"site-search\" name=\"q\" type=\"search\" required>"
        result = result.replacingOccurrences(of: field, with: field + moment.hiddenFields)
        // The advisor posts its profile to its own address, which keeps the moment there.
        return result.replacingOccurrences(of: "action=\"advisor\"", with: "action=\"advisor?\(query.replacingOccurrences(of: "&", with: "&amp;"))\"")
    }

    /// `target` with `query` in place of any query it had, or nil when it is not a page of the site.
    static func carry(_ query: String, to target: String) -> String? {
        let fragmentStart = target.firstIndex(of: "#") ?? target.endIndex
        let fragment = target[fragmentStart...]
        var path = String(target[..<fragmentStart])
        if let question = path.firstIndex(of: "?") { path = String(path[..<question]) }
        guard isPage(path) else { return nil }
        return path + "?" + query.replacingOccurrences(of: "&", with: "&amp;") + fragment
    }

    private static func isPage(_ path: String) -> Bool {
        var rest = Substring(path)
        while rest.hasPrefix("../") { rest = rest.dropFirst(3) }
        if ["index.html", "log", "audit", "search", "diff", "advisor", "reviews/waiting"].contains(String(rest)) { return true }
        guard rest.hasSuffix(".html"), !rest.contains(":"), !rest.hasPrefix("/") else { return false }
        let pieces = rest.split(separator: "/", omittingEmptySubsequences: false)
        return pieces.count == 1 || (pieces.count == 2 && ["decisions", "measurements"].contains(String(pieces[0])))
    }
}

extension LiveMoment {
    /// Hidden form fields that send the moment along with a form's own (the search box).
    var hiddenFields: String {
        [("asOf", asOf), ("validAt", validAt)].filter { !$0.1.isEmpty }
            .map { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\(HTMLEscaping.escape($0.1))\">" }.joined()
    }
}
