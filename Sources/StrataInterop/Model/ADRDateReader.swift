/// Reads the date shapes found in real ADR collections.
///
/// adr-tools wrote `dd/mm/yyyy` before 2.x and ISO since; MADR users leave template
/// brackets around dates (`[2021-03-12]`); others write month names. Every shape that
/// names one day unambiguously is read; shapes that could mean two days are read the way
/// adr-tools and Log4brains read them (day first) and flagged.
public enum ADRDateReader {
    /// What reading a date found.
    public enum Outcome: Sendable, Equatable {
        /// `yyyy-mm-dd`, optionally followed by a time.
        case iso(ADRDay)
        /// An unambiguous non-ISO shape, such as `24/09/2020` or `12 January 1992`.
        case nonISO(ADRDay)
        /// `a/b/yyyy` with both `a` and `b` ≤ 12 and different: read day first.
        case ambiguous(ADRDay, monthFirst: ADRDay)
        /// No known shape.
        case unreadable
    }

    /// Reads one date value.
    public static func read(_ text: String) -> Outcome {
        let cleaned = clean(text)
        if let day = isoPrefix(cleaned) { return .iso(day) }
        if let outcome = numericTriple(cleaned) { return outcome }
        if cleaned.count == 8, cleaned.allSatisfy(\.isASCIIDigit), let day = ADRNumber.dayFromFileName(cleaned) {
            return .nonISO(day)
        }
        if let day = monthNameDate(cleaned) { return .nonISO(day) }
        return .unreadable
    }

    /// Strips template brackets, emphasis, quotes and a trailing full stop.
    private static func clean(_ text: String) -> String {
        let wrappers: Set<Character> = ["[", "]", "*", "_", "`", "\"", "'", "(", ")", "<", ">"]
        let result = text.trimmingWhitespace.drop { wrappers.contains($0) }
        return result.trimming { wrappers.contains($0) || $0 == "." }.trimmingWhitespace
    }

    private static func isoPrefix(_ text: String) -> ADRDay? {
        let head = String(text.prefix(10))
        guard let day = ADRDay(iso: head) else { return nil }
        let rest = text.dropFirst(10)
        guard rest.isEmpty || rest.first == "T" || rest.first == " " else { return nil }
        return day
    }

    /// `yyyy/mm/dd`, `yyyy.m.d`, `dd/mm/yyyy`, `mm/dd/yyyy` and dash or dot variants.
    private static func numericTriple(_ text: String) -> Outcome? {
        let parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 {
            return ADRDay(year: a, month: b, day: c).map(Outcome.nonISO)
        }
        guard parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2 else { return nil }
        let dayFirst = ADRDay(year: c, month: b, day: a)
        let monthFirst = ADRDay(year: c, month: a, day: b)
        switch (dayFirst, monthFirst) {
        case let (day?, other?) where day != other: return .ambiguous(day, monthFirst: other)
        case let (day?, _): return .nonISO(day)
        case let (nil, other?): return .nonISO(other)
        case (nil, nil): return nil
        }
    }

    /// `12 January 1992`, `January 12, 1992`, `12th Jan 1992`.
    private static func monthNameDate(_ text: String) -> ADRDay? {
        let words = text.split { $0 == " " || $0 == "," || $0 == "\t" }
        guard words.count == 3 else { return nil }
        var year: Int?, month: Int?, day: Int?
        for word in words {
            let lower = word.lowercased()
            if let index = monthPrefixes.firstIndex(where: { lower.hasPrefix($0) }), lower.count <= 9 {
                month = index + 1
            } else if word.count == 4, let value = Int(word) {
                year = value
            } else if let value = Int(dayDigits(lower)), value <= 31 {
                day = value
            }
        }
        guard let year, let month, let day else { return nil }
        return ADRDay(year: year, month: month, day: day)
    }

    private static func dayDigits(_ word: String) -> String {
        let digits = word.prefix(while: \.isASCIIDigit)
        let suffix = word.dropFirst(digits.count)
        guard digits.count <= 2, ["", "st", "nd", "rd", "th"].contains(String(suffix)) else { return "" }
        return String(digits)
    }

    private static let monthPrefixes = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
}
