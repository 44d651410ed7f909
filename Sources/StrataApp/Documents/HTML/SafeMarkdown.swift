import Foundation
import Ink

/// ADR text (context, rationale, options, consequences) rendered from Markdown to HTML that can
/// inject nothing: the one place record text becomes markup.
///
/// Ink passes raw HTML through and writes link and image URLs into attributes unescaped, so
/// each of those fragments is rebuilt here: raw HTML is shown as the text it is, a URL is kept
/// only for `http`, `https`, `mailto` or a relative or fragment reference (`javascript:`,
/// `data:`, `vbscript:` and every other scheme are dropped, keeping the link's text) and is
/// escaped for its attribute, and a code block loses its language class. Headings start at
/// `<h3>`, under the page's own `<h2>` sections. Last, the markup is checked against the few
/// tags Ink writes; anything else (an Ink change, a case missed here) turns the whole text back
/// into escaped plain text, so a gap fails closed.
public enum SafeMarkdown {
    /// `markdown` as block HTML (paragraphs, lists, code, tables).
    public static func html(_ markdown: String) -> String {
        let source = markdown.replacingOccurrences(of: "\r\n", with: "\n")
        guard !source.allSatisfy(\.isWhitespace) else { return "" }
        let declared = declaredURLs(source)
        let parser = MarkdownParser(modifiers: [
            Modifier(target: .html) { HTMLEscaping.escape(String($0.markdown)) },
            Modifier(target: .links) { link($0, declared: declared) },
            Modifier(target: .images) { image($0, declared: declared) },
            Modifier(target: .codeBlocks) { codeBlock($0.html) },
            Modifier(target: .headings) { heading($0.html) },
        ])
        // Ink reads a leading `---` block as metadata and drops it; a newline first keeps it.
        let rendered = parser.html(from: source.hasPrefix("-") ? "\n" + source : source)
        guard SafeMarkupCheck.passes(rendered) else { return "<p>\(HTMLEscaping.escape(source))</p>" }
        return rendered
    }

    /// `markdown` as phrasing content, for one list item or one line: a single paragraph loses
    /// its `<p>`; anything longer stays block HTML.
    public static func inline(_ markdown: String) -> String {
        let block = html(markdown)
        guard block.hasPrefix("<p>"), block.hasSuffix("</p>") else { return block }
        let inner = block.dropFirst(3).dropLast(4)
        return inner.contains("<p>") ? block : String(inner)
    }

    /// Whether a link or image may point at `url`: http, https, mailto, or no scheme at all
    /// (relative paths, `#fragment`, `?query`). Browsers ignore tabs, newlines and leading
    /// spaces or controls in a URL, so they are ignored here too before reading the scheme.
    public static func isSafeURL(_ url: String) -> Bool {
        let squeezed = String(url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F })
        guard let colon = squeezed.firstIndex(of: ":") else { return true }
        let scheme = squeezed[..<colon]
        // A `/`, `?` or `#` before the first colon makes it a path, not a scheme.
        if scheme.contains(where: { "/?#".contains($0) }) { return true }
        return ["http", "https", "mailto"].contains(scheme.lowercased())
    }

    /// `[name]: url` lines, as Ink reads them: names compared in lower case.
    private static func declaredURLs(_ source: String) -> [String: String] {
        var urls: [String: String] = [:]
        for line in source.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]"),
                  trimmed[trimmed.index(after: close)...].first == ":" else { continue }
            let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close].lowercased()
            urls[name] = String(trimmed[trimmed.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" })
        }
        return urls
    }

    /// Where a link or image written as `markdown` points, and the Markdown of its text.
    private static func target(_ markdown: Substring, declared: [String: String]) -> (url: String, text: Substring)? {
        let body = markdown.first == "!" ? markdown.dropFirst() : markdown
        guard body.first == "[", let last = body.last else { return nil }
        if last == ")" {
            // Ink read the URL up to the `)` that balances its `(`: walk back to that `(`.
            var depth = 0, index = body.index(before: body.endIndex)
            while index > body.startIndex {
                index = body.index(before: index)
                if body[index] == ")" { depth += 1 } else if body[index] == "(" {
                    if depth == 0 { break }
                    depth -= 1
                }
            }
            guard index > body.startIndex, body[body.index(before: index)] == "]" else { return nil }
            let url = body[body.index(after: index)..<body.index(before: body.endIndex)]
            return (String(url), body[body.index(after: body.startIndex)..<body.index(before: index)])
        }
        guard last == "]", let open = body.dropLast().lastIndex(of: "["), open > body.startIndex,
              body[body.index(before: open)] == "]" else { return nil }
        let name = body[body.index(after: open)..<body.index(before: body.endIndex)]
        let text = body[body.index(after: body.startIndex)..<body.index(before: open)]
        return (declared[name.lowercased()] ?? String(name), text)
    }

    private static func link(_ input: Modifier.Input, declared: [String: String]) -> String {
        guard let (url, text) = target(input.markdown, declared: declared) else { return HTMLEscaping.escape(String(input.markdown)) }
        let opening = "<a href=\"\(url)\">"
        // Ink wrote `<a href="URL">TEXT</a>`; with the URL known, TEXT is what lies between.
        guard input.html.hasPrefix(opening), input.html.hasSuffix("</a>") else { return HTMLEscaping.escape(String(text)) }
        let title = String(input.html.dropFirst(opening.count).dropLast(4))
        guard isSafeURL(url) else { return title }
        return "<a href=\"\(HTMLEscaping.escape(url.trimmingCharacters(in: .whitespaces)))\">\(title)</a>"
    }

    private static func image(_ input: Modifier.Input, declared: [String: String]) -> String {
        guard let (url, text) = target(input.markdown, declared: declared) else { return HTMLEscaping.escape(String(input.markdown)) }
        let alt = HTMLEscaping.escape(String(text))
        guard isSafeURL(url) else { return alt }
        return "<img src=\"\(HTMLEscaping.escape(url.trimmingCharacters(in: .whitespaces)))\" alt=\"\(alt)\">"
    }

    /// Ink escapes the code itself, so the last `>` before `</code></pre>` ends the opening tag,
    /// whose `class` holds the fence's language as written.
    private static func codeBlock(_ html: String) -> String {
        let body = html.hasSuffix("</code></pre>") ? html.dropLast(13) : Substring(html)
        let code = body.lastIndex(of: ">").map { body[body.index(after: $0)...] } ?? ""
        return "<pre><code>\(code)</code></pre>"
    }

    /// `<hN>…</hN>` as `<h(N+2)>`, at most `<h6>`.
    private static func heading(_ html: String) -> String {
        guard html.count > 9, let level = html.dropFirst(2).first?.wholeNumberValue else { return html }
        let shifted = min(6, level + 2)
        return "<h\(shifted)>" + html.dropFirst(4).dropLast(5) + "</h\(shifted)>"
    }
}
