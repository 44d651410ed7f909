/// The served pages that the exported report has no counterpart for: search results, the
/// review queue, signing in, and a refusal.
enum LivePages {
    static func search(_ result: SearchResult, pages: [String: String]) -> String {
        let e = HTMLEscaping.escape
        let hits = result.hits.map { hit in
            let href = pages[hit.id].map { "decisions/\($0)" } ?? "index.html#decisions"
            return "<li><a href=\"\(e(href))\"><strong>\(e(hit.id))</strong> \(marked(hit.titleSegments))</a> "
                + "<span class=\"status status-\(HTMLEscaping.token(hit.status))\">\(e(hit.status))</span>"
                + (hit.context.map { " <span class=\"context\">\(e($0))</span>" } ?? "")
                + (hit.snippet == hit.titleSegments || hit.snippet.isEmpty ? "" : "<p class=\"snippet\">\(marked(hit.snippet))</p>") + "</li>"
        }
        let count = result.hits.count == 1 ? "1 decision" : "\(result.hits.count) decisions"
        let body = """
            <header><h1>Search: \(e(result.query))</h1></header>
            <main>
            <p>\(count) at position \(result.position).</p>
            \(hits.isEmpty ? "<p>Nothing matches; try fewer words, or a prefix such as <code>cach*</code>.</p>" : "<ol class=\"hits\">\(hits.joined())</ol>")
            </main>
            """
        return HTMLPage.render(title: "Search: \(result.query)", root: "", script: false, body: body, live: true)
    }

    static func waiting(_ queue: ReviewQueue, pages: [String: String]) -> String {
        let e = HTMLEscaping.escape
        let rows = queue.proposals.map { status in
            let href = pages[status.id].map { "../decisions/\($0)" } ?? "../index.html#decisions"
            return "<li><a href=\"\(e(href))\"><strong>\(e(status.id))</strong> \(e(status.title))</a>: \(e(status.missing ?? status.policy))</li>"
        }
        let who = queue.waitingOn ?? "you"
        let body = """
            <header><h1>Waiting on \(e(who))</h1></header>
            <main>
            \(rows.isEmpty ? "<p>No proposal waits on your review.</p>" : "<ul class=\"queue\">\(rows.joined())</ul>")
            </main>
            """
        return HTMLPage.render(title: "Waiting on \(who)", root: "../", script: false, body: body, live: true)
    }

    /// The sign-in form: the page asks for an API token, which the server keeps in a cookie.
    static func signIn(problem: String?) -> String {
        let e = HTMLEscaping.escape
        let body = """
            <header><h1>Sign in to Strata</h1></header>
            <main>
            \(problem.map { "<p class=\"problem\" role=\"alert\">\(e($0))</p>" } ?? "")
            <form class="sign-in" action="sign-in" method="post">
            <label for="token">API token (from <code>strata token add NAME --role reader|writer|admin</code>)</label>
            <input id="token" name="token" type="password" autocomplete="off" required>
            <button type="submit">Sign in</button>
            </form>
            </main>
            """
        return HTMLPage.render(title: "Sign in", root: "", script: false, body: body, live: true, navigation: false)
    }

    /// A refused action, said on a page with the way back.
    static func refused(_ message: String, back: String) -> String {
        let e = HTMLEscaping.escape
        let body = """
            <header><h1>Not recorded</h1></header>
            <main><p class="problem" role="alert">\(e(message))</p><p><a href="\(e(back))">Back</a></p></main>
            """
        return HTMLPage.render(title: "Not recorded", root: "../../", script: false, body: body, live: true)
    }

    private static func marked(_ segments: [SearchHit.Segment]) -> String {
        segments.map { $0.match ? "<mark>\(HTMLEscaping.escape($0.text))</mark>" : HTMLEscaping.escape($0.text) }.joined()
    }
}
