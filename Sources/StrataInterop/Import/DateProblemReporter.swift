/// Reads a date field and describes any non-ISO shape as import problems.
enum DateProblemReporter {
    struct Reading: Sendable {
        var day: ADRDay?
        /// The text as written, kept unless it was plain ISO.
        var keptText: String?
        var problems: [ImportProblem]
    }

    static func read(_ value: HeaderFields.Value, file: String) -> Reading {
        let text = MarkdownText.removingComments(value.text).trimmingWhitespace
        // A YAML value can span lines; a problem is one line, so it quotes the text on one.
        let shown = ImportProblem.excerpt(text)
        func problem(_ code: ImportProblemCode, _ message: String) -> [ImportProblem] {
            [ImportProblem(file: file, line: value.line, code: code, message: message)]
        }
        switch ADRDateReader.read(text) {
        case .iso(let day):
            return Reading(day: day, keptText: nil, problems: [])
        case .nonISO(let day):
            return Reading(day: day, keptText: text, problems: problem(
                .nonISODate, "date '\(shown)' read as \(day). Write dates as yyyy-mm-dd"))
        case .ambiguous(let day, let other):
            return Reading(day: day, keptText: text, problems: problem(
                .ambiguousDate, "date '\(shown)' could be \(day) or \(other); read day first as adr-tools did. Write it as yyyy-mm-dd"))
        case .unreadable:
            return Reading(day: nil, keptText: text, problems: problem(
                .unparseableDate, "date '\(shown)' is not a date; kept as text. Write it as yyyy-mm-dd"))
        }
    }
}
