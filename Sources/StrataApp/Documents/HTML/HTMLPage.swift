import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The frame every page of the HTML report shares: charset, a restrictive Content-Security-Policy,
/// the local stylesheet and, on pages that need it, the local script.
///
/// The policy allows nothing but the report's own files: no inline script or style, no network,
/// no fonts or frames. JSON data blocks are inert to it, so the script reads them instead of
/// carrying the data in code.
enum HTMLPage {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'"
    /// The served pages' policy: the same, except that their forms (search, review, sign-in)
    /// may submit to the server itself, and the front page's script may fetch that page at
    /// another moment from it.
    static let livePolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'"
    /// The served pages' policy as the server sends it: a header can also forbid framing by
    /// another site, which a `<meta>` policy cannot (browsers ignore it there, with a warning).
    static let liveHeaderPolicy = livePolicy + "; frame-ancestors 'none'"

    /// A complete document. `body` must already be escaped markup; `root` is the relative path
    /// back to the report's directory (`""` or `"../"`); `live` frames it as `strata serve`
    /// serves it, with the search box and the review queue a click away.
    static func render(title: String, root: String, script: Bool, body: String, live: Bool = false, navigation shown: Bool = true) -> String {
        let policy = live ? livePolicy : contentSecurityPolicy
        // A browser names the origin of a form it posts only if the page lets it refer to its
        // own origin; the server refuses a form whose origin it cannot see (`Origin: null`).
        let referrer = live ? "same-origin" : "no-referrer"
        let navigation = live && shown ? LiveNavigation.bar(root: root) + "\n" : ""
        let footer = live
            ? "Served by strata \(HTMLEscaping.escape(StrataVersion.current)) from the log as it stands; nothing is loaded from elsewhere."
            : "Exported by strata \(HTMLEscaping.escape(StrataVersion.current)). Self-contained: no network is used to view it."
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(policy)">
        <meta name="referrer" content="\(referrer)">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title>\(live ? "\n<link rel=\"icon\" href=\"data:,\">" : "")
        <link rel="stylesheet" href="\(root)strata.css">
        \(script ? "<script src=\"\(root)strata.js\" defer></script>\n" : "")</head>
        <body>
        \(navigation)\(body)
        <footer>\(footer)</footer>
        </body>
        </html>

        """
    }
}
