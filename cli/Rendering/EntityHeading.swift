import StrataApp

/// The parts every list and show page shares: a heading at its moment, a table with a header
/// or a word when it is empty, and titled sections of rows.
enum EntityHeading {
    static func text(_ title: String, position: Int64, moment: Moment, style: TerminalStyle) -> String {
        style.bold(title + " " + MomentHeading.text(
            position: position, asOf: moment.asOf.map(MomentText.describe), validAt: moment.validAt?.iso8601))
    }

    /// A list page: the heading, then `header` and `rows`, or `empty` when there are none.
    static func table(
        _ title: String, position: Int64, moment: Moment, style: TerminalStyle, header: String, rows: [String], empty: String
    ) -> String {
        let out = text(title, position: position, moment: moment, style: style) + "\n"
        if rows.isEmpty { return out + "  (\(empty))\n" }
        return out + style.dim(header) + "\n" + rows.map { $0 + "\n" }.joined()
    }

    /// A titled section of indented rows, or `none` when there are no rows.
    static func section(_ title: String, _ rows: [String], none: String, style: TerminalStyle) -> String {
        "\n" + style.bold(title) + "\n" + (rows.isEmpty ? ["  " + none] : rows.map { "  " + $0 }).map { $0 + "\n" }.joined()
    }

    /// Ids as one comma-separated cell, `—` when there are none.
    static func ids(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.joined(separator: ", ") }
}
