/// Wraps prose to a terminal width for the human renderers.
enum TextWrapper {
    /// `text` broken into lines of at most `width` characters; the first line
    /// starts with `firstPrefix`, later ones with spaces of the same length.
    /// Words longer than a line are kept whole rather than split.
    static func wrap(_ text: String, width: Int, firstPrefix: String = "", indent: Int? = nil) -> [String] {
        let hanging = String(repeating: " ", count: indent ?? firstPrefix.count)
        var lines: [String] = []
        var current = firstPrefix
        var currentHasWord = false
        for word in text.split(whereSeparator: \.isWhitespace) {
            let candidate = currentHasWord ? current + " " + word : current + word
            if currentHasWord && candidate.count > width {
                lines.append(current)
                current = hanging + word
            } else {
                current = candidate
            }
            currentHasWord = true
        }
        lines.append(current)
        return lines
    }

    /// Pads or truncates `text` to exactly `width` characters.
    static func column(_ text: String, _ width: Int) -> String {
        text.count >= width ? String(text.prefix(max(width - 1, 0))) + " " : text + String(repeating: " ", count: width - text.count)
    }
}
