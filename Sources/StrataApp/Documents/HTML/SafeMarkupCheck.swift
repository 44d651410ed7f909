/// The last guard of ``SafeMarkdown``: markup passes only if every tag in it is one Ink writes
/// for Markdown, with no attribute but those ``SafeMarkdown`` itself rebuilds and escapes.
///
/// Ink escapes `<` in text and ``SafeMarkdown`` escapes raw HTML, so a `<` here always opens a
/// tag Strata chose; this check makes that an enforced fact rather than an assumption.
enum SafeMarkupCheck {
    /// Tags allowed bare: `<name>` and `</name>`.
    static let bareTags: Set<Substring> = [
        "p", "em", "strong", "s", "code", "pre", "ul", "ol", "li", "blockquote", "h3", "h4", "h5", "h6", "hr", "br",
        "table", "thead", "tbody", "tr", "th", "td", "a",
    ]

    static func passes(_ html: String) -> Bool {
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: open)..<close]
            guard allowed(tag) else { return false }
            rest = rest[rest.index(after: close)...]
        }
        return true
    }

    private static func allowed(_ tag: Substring) -> Bool {
        let name = tag.first == "/" ? tag.dropFirst() : tag
        if bareTags.contains(name) { return true }
        guard tag.first != "/" else { return false }
        if tag.hasPrefix("a href=\"") { return quotedOnce(tag.dropFirst(8)) }
        if tag.hasPrefix("img src=\"") {
            // `img src="URL" alt="TEXT"`: both values escaped, so each holds no quote.
            let parts = tag.dropFirst(9).split(separator: "\"", omittingEmptySubsequences: false)
            return parts.count == 4 && parts[1] == " alt=" && parts[3].isEmpty
        }
        if tag.hasPrefix("ol start=\"") { return tag.dropFirst(10).dropLast().allSatisfy(\.isNumber) && tag.last == "\"" }
        for cell in ["th", "td"] where tag.hasPrefix(cell + " align=\"") {
            return ["left\"", "center\"", "right\""].contains(tag.dropFirst(cell.count + 8))
        }
        return false
    }

    /// A value that ends at its only quote, the last character.
    private static func quotedOnce(_ value: Substring) -> Bool {
        value.last == "\"" && !value.dropLast().contains("\"")
    }
}
