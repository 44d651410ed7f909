/// Column layout for terminal output.
enum Text {
    /// `text` padded with spaces to `width` characters (never truncated).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` cut to `width` characters, ending in `…` when cut; control characters are shown
    /// as `�` so a hostile title cannot move the cursor or rewrite the terminal.
    static func truncate(_ text: String, to width: Int) -> String {
        let safe = String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
        }))
        return safe.count <= width ? safe : String(safe.prefix(max(0, width - 1))) + "…"
    }
}
