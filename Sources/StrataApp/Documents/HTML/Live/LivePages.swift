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

    /// What changed between two moments: the end states compared, then every step in between.
    static func diff(_ diff: ArchitectureDiff?, from: String, to: String, pages: [String: String]) -> String {
        let e = HTMLEscaping.escape
        func link(_ id: String) -> String {
            pages[id].map { "<a href=\"decisions/\(e($0))\">\(e(id))</a>" } ?? e(id)
        }
        var sections = ""
        if let diff {
            func stores(_ title: String, _ items: [ArchitectureDiff.StoreChange]) {
                guard !items.isEmpty else { return }
                let rows = items.map { (item: ArchitectureDiff.StoreChange) -> String in
                    let details: String = item.details.isEmpty ? "" : ": " + e(item.details.joined(separator: "; "))
                    return "<li>\(e(item.store)) \(e(item.name)) (\(e("\(item.technology)")))\(details)</li>"
                }
                sections += "<h2>\(title)</h2><ul>" + rows.joined() + "</ul>"
            }
            stores("Stores added", diff.storesAdded)
            stores("Stores retired", diff.storesRetired)
            stores("Stores re-shaped", diff.storesReshaped)
            if !diff.decisions.isEmpty {
                sections += "<h2>Decisions</h2><ul>" + diff.decisions.map { change in
                    "<li>\(link(change.id)) \(e(change.title)): \(e(change.from?.rawValue ?? "—")) → \(e(change.to?.rawValue ?? "—"))</li>"
                }.joined() + "</ul>"
            }
            if !diff.steps.isEmpty {
                sections += "<h2>In between</h2><table class=\"steps\"><thead><tr><th>Effective</th><th>Subject</th><th>Change</th><th>What</th></tr></thead><tbody>"
                    + diff.steps.map { step in
                        let subject = step.subject.hasPrefix("ADR-") ? link(step.subject) : e(step.subject)
                        let why = step.decision.map { " (" + link($0) + ")" } ?? ""
                        return "<tr><td>\(HTMLEscaping.time(step.effectiveAt))</td><td>\(subject)</td><td>\(e(step.change))</td>"
                            + "<td class=\"prose\">\(e(step.name))\(why)\(step.detail.isEmpty ? "" : ": " + e(step.detail))</td></tr>"
                    }.joined() + "</tbody></table>"
            }
            if diff.isEmpty { sections = "<p>Nothing changed between the two moments.</p>" }
        }
        let heading = diff.map { "Changes from position \($0.from) to \($0.to)" } ?? "Changes between two moments"
        let body = """
            <header><h1>\(e(heading))</h1></header>
            <main>
            <form class="diff" action="diff" method="get">
            <label for="diff-from">From</label> <input id="diff-from" name="from" value="\(e(from))" placeholder="2025-01-31, @40 or ADR-3" required>
            <label for="diff-to">To</label> <input id="diff-to" name="to" value="\(e(to))" placeholder="now">
            <button type="submit">Compare</button>
            </form>
            \(sections)
            </main>
            """
        return HTMLPage.render(title: heading, root: "", script: true, body: body, live: true)
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
