/// Column layout for terminal output, sized by ``TerminalWidth``.
enum Text {
    /// `text` padded with spaces to `width` characters (never truncated).
    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// `text` cut to `width` characters, ending in `…` when cut (never with `--wide`); control
    /// characters are shown as `�` so a hostile title cannot move the cursor or rewrite the terminal.
    static func truncate(_ text: String, to width: Int, layout: TerminalWidth = .current) -> String {
        let safe = safe(text)
        return layout.wide || safe.count <= width ? safe : String(safe.prefix(max(0, width - 1))) + "…"
    }

    /// `text` with every control character shown as `�`: what a file name, a title or a
    /// message may hold (a line break, an escape sequence) never reaches the terminal raw.
    static func safe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0
        }))
    }

    /// `text` in a flexible column: `widthAt80` characters on 80 columns, more or fewer as the
    /// terminal is wider or narrower, the whole text with `--wide`.
    static func fit(_ text: String, to widthAt80: Int, layout: TerminalWidth = .current) -> String {
        truncate(text, to: layout.fit(widthAt80), layout: layout)
    }

    /// A vocabulary value (a status, a technology, a verdict) padded like text.
    static func pad<Value: RawRepresentable>(_ value: Value, _ width: Int) -> String where Value.RawValue == String {
        pad(value.rawValue, width)
    }
}
