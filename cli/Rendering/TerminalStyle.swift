import Foundation

/// Colour for human output: only on a terminal, and never when NO_COLOR is set (no-color.org).
struct TerminalStyle {
    let enabled: Bool

    static let current = TerminalStyle(
        enabled: isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }

    /// A vocabulary value coloured by how good it is.
    func judged<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue == String { judged(value.rawValue) }

    /// A verdict or status coloured by how good it is.
    func judged(_ text: String) -> String {
        switch text {
        case "justified", "baseline", "accepted": green(text)
        case "speculative", "stale", "proposed", "deprecated", "superseded": yellow(text)
        case "unjustified", "rejected": red(text)
        default: text
        }
    }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
