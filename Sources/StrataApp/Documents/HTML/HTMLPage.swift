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

    /// A complete document. `body` must already be escaped markup; `root` is the relative path
    /// back to the report's directory (`""` or `"../"`).
    static func render(title: String, root: String, script: Bool, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(contentSecurityPolicy)">
        <meta name="referrer" content="no-referrer">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLEscaping.escape(title))</title>
        <link rel="stylesheet" href="\(root)strata.css">
        \(script ? "<script src=\"\(root)strata.js\" defer></script>\n" : "")</head>
        <body>
        \(body)
        <footer>Exported by strata \(HTMLEscaping.escape(StrataVersion.current)). Self-contained: no network is used to view it.</footer>
        </body>
        </html>

        """
    }
}
