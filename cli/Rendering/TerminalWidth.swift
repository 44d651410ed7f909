import Foundation

/// How wide human output may be: the terminal's width when stdout is one, exactly 80 columns
/// when it is a pipe or a file (so scripts and tests see one layout), unbounded with `--wide`.
struct TerminalWidth: Sendable {
    /// The layout this run uses, resolved once from the process's arguments and stdout.
    static let current = resolve(
        arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment,
        isTerminal: isatty(STDOUT_FILENO) == 1, terminalColumns: windowColumns())

    /// Whether `--wide` was given: nothing is truncated or wrapped.
    let wide: Bool
    /// The columns available; 80 off a terminal.
    let columns: Int

    /// The width lines wrap at: the columns, or effectively no limit with `--wide`.
    var lineWidth: Int { wide ? 10_000 : columns }

    /// A flexible column laid out as `widthAt80` for 80 columns, grown or shrunk by what the
    /// terminal has more or less (on a narrow one, never below 8 unless it was already).
    func fit(_ widthAt80: Int) -> Int { max(min(widthAt80, 8), widthAt80 + lineWidth - 80) }

    /// `--wide` anywhere before a `--` terminator; the stdout width from the terminal, else
    /// `COLUMNS` when it is a positive number, else 80.
    static func resolve(arguments: [String], environment: [String: String], isTerminal: Bool, terminalColumns: Int?) -> TerminalWidth {
        let wide = arguments.prefix { $0 != "--" }.contains(GlobalOptions.wide)
        guard isTerminal else { return TerminalWidth(wide: wide, columns: 80) }
        if let terminalColumns, terminalColumns > 0 { return TerminalWidth(wide: wide, columns: terminalColumns) }
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return TerminalWidth(wide: wide, columns: columns) }
        return TerminalWidth(wide: wide, columns: 80)
    }

    /// The terminal's columns as the kernel reports them (TIOCGWINSZ), or nil.
    private static func windowColumns() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
