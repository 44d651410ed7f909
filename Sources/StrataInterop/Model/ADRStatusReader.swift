import Foundation

/// Reads a hand-written status value into an ``ADRStatus``.
///
/// Statuses are free text in every format, and real collections decorate them: shields.io
/// badge images, emoji, emphasis, leftover template brackets, and "superseded by …"
/// with or without a link. The reader strips the decoration, reports what it stripped,
/// and returns the status plus any successor the text named.
public enum ADRStatusReader {
    /// The result of reading a status value.
    public struct Reading: Sendable, Equatable {
        /// The status the text names.
        public var status: ADRStatus
        /// The text after "superseded by", when the status named its successor in prose
        /// (`superseded by ADR-0005`) rather than as a Markdown link.
        public var successor: String?
        /// Whether the status was given as a badge image.
        public var wasBadge: Bool
        /// Whether emoji decorated the status.
        public var hadEmoji: Bool
        /// Whether no known status word was found.
        public var isUnknown: Bool { if case .unknown = status { true } else { false } }
    }

    /// Reads one status value (the first status line of a Nygard `## Status` section, or
    /// a `status:` field).
    ///
    /// Unknown statuses come back normalised (one line, no decoration), so reading a
    /// status that an exporter wrote gives back the same status.
    ///
    /// - Parameter markdown: whether the text is Markdown, whose backslash escapes are
    ///   resolved; `false` for YAML and JSON values.
    public static func read(_ text: String, markdown: Bool = true) -> Reading {
        var value = markdown ? MarkdownText.removingComments(text) : text
        var reading = Reading(status: .proposed, successor: nil, wasBadge: false, hadEmoji: false)
        if let badge = badgeLabel(in: value) {
            value = badge
            reading.wasBadge = true
        }
        if markdown { value = MarkdownText.unescapingPunctuation(value) }
        value = normalised(value, hadEmoji: &reading.hadEmoji)
        let lower = value.lowercased()
        for prefix in ["superseded by", "superceded by"] where lower.hasPrefix(prefix) {
            reading.status = .superseded
            let rest = strippingDecoration(String(value.dropFirst(prefix.count)))
            reading.successor = rest.isEmpty ? nil : rest
            return reading
        }
        let firstWord = value.prefix { $0.isLetter }
        let status = ADRStatus(text: String(firstWord))
        reading.status = status == .unknown(String(firstWord)) ? .unknown(value) : status
        return reading
    }

    /// The status a shields.io badge or image alt text carries, if the value is an image.
    static func badgeLabel(in value: String) -> String? {
        guard let image = value.range(of: "![") else { return nil }
        let afterBang = value[image.upperBound...]
        guard let altEnd = afterBang.firstIndex(of: "]") else { return nil }
        let alt = String(afterBang[..<altEnd])
        let rest = afterBang[altEnd...]
        if rest.hasPrefix("]("), let urlEnd = rest.firstIndex(of: ")") {
            let url = String(rest[rest.index(rest.startIndex, offsetBy: 2)..<urlEnd])
            if let message = shieldsMessage(url) { return message }
        }
        return alt
    }

    /// The message part of a `img.shields.io/badge/label-message-color` URL.
    private static func shieldsMessage(_ url: String) -> String? {
        guard let marker = url.range(of: "/badge/") else { return nil }
        var path = String(url[marker.upperBound...])
        if let query = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<query]) }
        for suffix in [".svg", ".png"] where path.hasSuffix(suffix) { path.removeLast(suffix.count) }
        let placeholder = "\u{0}"
        let parts = path.replacingOccurrences(of: "--", with: placeholder)
            .split(separator: "-", omittingEmptySubsequences: false)
            .map { part in
                let text = part.replacingOccurrences(of: placeholder, with: "-")
                    .replacingOccurrences(of: "__", with: placeholder)
                    .replacingOccurrences(of: "_", with: " ")
                    .replacingOccurrences(of: placeholder, with: "_")
                return text.removingPercentEncoding ?? text
            }
        switch parts.count {
        case 3...: return parts[1]
        case 2: return parts[0]
        default: return nil
        }
    }

    /// The value without emoji and pictographs at either end ("✅ Accepted").
    static func strippingEmoji(_ value: String) -> String {
        func isDecoration(_ character: Character) -> Bool {
            character.unicodeScalars.contains { scalar in
                !scalar.isASCII && (scalar.properties.isEmojiPresentation || scalar.properties.isEmoji
                    || scalar.properties.generalCategory == .otherSymbol || scalar.properties.generalCategory == .format)
            } || character == "\u{FE0F}"
        }
        return value.trimming { isDecoration($0) || $0 == " " }
    }

    /// The value on one line, without control characters, and with emoji and decoration
    /// stripped from both ends until nothing more changes.
    private static func normalised(_ value: String, hadEmoji: inout Bool) -> String {
        let line = MarkdownText.singleLine(value)
        var current = String(line.unicodeScalars.filter { $0.properties.generalCategory != .control })
        while true {
            let withoutEmoji = strippingEmoji(current)
            if withoutEmoji != current { hadEmoji = true }
            let next = strippingDecoration(withoutEmoji)
            if next == current { return next }
            current = next
        }
    }

    /// The value without emphasis, brackets, a `Status:` label and trailing punctuation.
    static func strippingDecoration(_ value: String) -> String {
        let wrappers: Set<Character> = ["*", "_", "`", "[", "]", "\"", "'", ":", "~"]
        var result = Substring(value.trimmingWhitespace)
        if result.lowercased().hasPrefix("status:") { result = result.dropFirst(7) }
        result = Substring(result.trimmingWhitespace)
        result = result.drop { wrappers.contains($0) || $0 == " " }
        return result.trimming { wrappers.contains($0) || $0 == " " || $0 == "." }
    }
}
