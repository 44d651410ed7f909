import Foundation

/// Reads typed link lines: `Supercedes [1. First Record](0001-first-record.md)`.
///
/// adr-tools writes them in the Status section, Log4brains and MADR 2 in `## Links`
/// lists, MADR 3 inside the status value. The reading mirrors adr-tools' own: the type
/// is everything before the link. Only links to relative Markdown files count; a line
/// linking a web page is prose.
enum LinkLineParser {
    /// Reads one line, or `nil` when it is not a typed link to another record.
    static func link(in line: String) -> ADRLink? {
        var text = MarkdownText.removingComments(line).trimmingWhitespace
        if let content = BulletList.itemContent(text) { text = content }
        while let last = text.last, last == "." || last == "," || last == ";" { text.removeLast() }
        guard text.last == ")", let hrefStart = text.range(of: "](", options: .backwards),
              let textStart = openingBracket(in: text[..<hrefStart.lowerBound]) else { return nil }
        let typeText = text[..<textStart].trimmingWhitespace
        let linkText = String(text[text.index(after: textStart)..<hrefStart.lowerBound])
        let href = cleanHref(String(text[hrefStart.upperBound..<text.index(before: text.endIndex)]))
        guard let href, isValidType(typeText) else { return nil }
        return ADRLink(
            type: ADRLinkType(text: typeText.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))),
            target: .file(href), targetTitle: title(fromLinkText: linkText), raw: line.trimmingWhitespace)
    }

    /// The target a prose reference names: `ADR-0005`, `#5`, `0005` → number 5; a
    /// slug (ASCII letters, digits, `-`, `_`, `.`) → that file; anything else → `nil`.
    static func target(fromReference reference: String) -> ADRLinkTarget? {
        var value = Substring(reference.trimmingWhitespace)
        if value.lowercased().hasPrefix("adr") { value = value.dropFirst(3) }
        value = value.drop { $0 == "-" || $0 == "_" || $0 == " " || $0 == "#" }
        if !value.isEmpty, value.count <= 9, value.allSatisfy(\.isASCIIDigit), let number = Int(value) {
            return .number(number)
        }
        let word = reference.trimmingWhitespace
        let slugCharacters = word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        guard let first = word.first, first.isLetter || first.isNumber, slugCharacters else { return nil }
        let lower = word.lowercased()
        return .file(lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? word : word + ".md")
    }

    /// The link text as a title: without an adr-tools `N. ` prefix and escapes.
    static func title(fromLinkText text: String) -> String? {
        let plain = MarkdownText.unescapingPunctuation(text).trimmingWhitespace
        let digits = plain.prefix(while: \.isASCIIDigit)
        let rest = plain.dropFirst(digits.count)
        let title = !digits.isEmpty && rest.hasPrefix(". ") ? rest.dropFirst(2).trimmingWhitespace : plain
        return title.isEmpty ? nil : title
    }

    /// A relative Markdown file reference without fragment, query, title or `./`;
    /// `nil` for web links, absolute paths and non-Markdown files.
    private static func cleanHref(_ raw: String) -> String? {
        var href = raw.trimmingWhitespace
        if href.hasPrefix("<"), let close = href.firstIndex(of: ">") {
            href = String(href[href.index(after: href.startIndex)..<close])
        } else if let space = href.firstIndex(of: " ") {
            href = String(href[..<space])
        }
        if let cut = href.firstIndex(where: { $0 == "#" || $0 == "?" }) { href = String(href[..<cut]) }
        href = href.removingPercentEncoding ?? href
        while href.hasPrefix("./") { href.removeFirst(2) }
        let lower = href.lowercased()
        guard !href.isEmpty, !href.hasPrefix("/"), !href.contains("://"), !lower.hasPrefix("mailto:"),
              lower.hasSuffix(".md") || lower.hasSuffix(".markdown") else { return nil }
        return href
    }

    /// The `[` that opens the link text ending at the end of `text`, skipping escaped
    /// brackets (`\[`) and balanced nested ones.
    private static func openingBracket(in text: Substring) -> String.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let character = text[index]
            guard character == "[" || character == "]", !isEscaped(index, in: text) else { continue }
            if character == "]" {
                depth += 1
            } else if depth == 0 {
                return index
            } else {
                depth -= 1
            }
        }
        return nil
    }

    /// Whether the character at `index` follows an odd number of backslashes.
    private static func isEscaped(_ index: String.Index, in text: Substring) -> Bool {
        var count = 0
        var position = index
        while position > text.startIndex {
            position = text.index(before: position)
            guard text[position] == "\\" else { break }
            count += 1
        }
        return count % 2 == 1
    }

    /// A link type is a short phrase, not a sentence or another link.
    private static func isValidType(_ type: String) -> Bool {
        !type.isEmpty && type.count <= 60 && !type.contains("](") && !type.contains("`")
            && type.split(separator: " ").count <= 6
    }
}
