import StrataApp

/// The bold first line of a list or show: what it is, and at which moment it was read.
enum EntityHeading {
    static func text(_ title: String, position: Int64, moment: Moment, style: TerminalStyle) -> String {
        style.bold(title + " " + MomentHeading.text(
            position: position, asOf: moment.asOf.map(MomentText.describe), validAt: moment.validAt?.iso8601))
    }

    /// Ids as one comma-separated cell, `—` when there are none.
    static func ids(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.joined(separator: ", ") }
}
