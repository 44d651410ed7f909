/// Record numbers as file names and references write them.
enum ADRNumber {
    /// The number zero-padded to four digits, as adr-tools' `%04d` (`7` → `0007`).
    /// Negative numbers keep their sign rather than producing a malformed name.
    ///
    /// An eight-digit number that reads as a date (`20200926`) gets one more leading
    /// zero, so a file named after it is not mistaken for a Log4brains dated slug.
    static func padded(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var padded = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        if dayFromFileName(padded) != nil { padded = "0" + padded }
        return (number < 0 ? "-" : "") + padded
    }

    /// The number at the start of a file name (`0007-x.md`, `ADR015-x.md`, `adr-3-x.md`),
    /// or `nil` when there is none or it is an eight-digit date (`20201016-x.md`), which
    /// Log4brains uses as a slug, not a sequence number.
    static func fromFileName(_ name: String) -> Int? {
        guard let digits = leadingDigits(of: name), dayFromFileName(name) == nil else { return nil }
        return Int(digits)
    }

    /// The day encoded by a Log4brains `YYYYMMDD-` file-name prefix, if any.
    static func dayFromFileName(_ name: String) -> ADRDay? {
        guard let digits = leadingDigits(of: name), digits.count == 8,
              let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)) else { return nil }
        return ADRDay(year: year, month: month, day: day)
    }

    /// The run of digits a name starts with, after an optional `adr`/`ADR` prefix and
    /// separator; at most nine digits so that conversion cannot overflow.
    private static func leadingDigits(of name: String) -> Substring? {
        var rest = Substring(name)
        if rest.lowercased().hasPrefix("adr") { rest = rest.dropFirst(3) }
        if let first = rest.first, first == "-" || first == "_" || first == " " { rest = rest.dropFirst() }
        let digits = rest.prefix(while: \.isASCIIDigit)
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        if let after = rest.dropFirst(digits.count).first, after.isLetter || after.isNumber {
            return nil
        }
        return digits
    }
}
