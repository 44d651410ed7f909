/// Parses the instants people type: `2025-03-01`, `2025-03-01T09:30`, `2025-03-01 09:30:15Z`,
/// `2025-03-01T09:30:15.25+02:00`. A date without a time means its first microsecond, UTC.
extension Timestamp {
    /// The instant `text` names, or nil when it is not one of the accepted shapes.
    public init?(parsing text: String) {
        var scanner = DigitScanner(text.trimmingSpaces())
        guard let year = scanner.number(digits: 4), scanner.skip("-"),
              let month = scanner.number(digits: 2), scanner.skip("-"),
              let day = scanner.number(digits: 2) else { return nil }
        let date = CivilDate(year: year, month: month, day: day)
        guard date.isValid else { return nil }
        var micros = date.daysSinceEpoch * 86_400_000_000
        if scanner.isAtEnd { self.init(microseconds: micros); return }
        guard scanner.skip("T") || scanner.skip(" "),
              let hour = scanner.number(digits: 2), hour < 24, scanner.skip(":"),
              let minute = scanner.number(digits: 2), minute < 60 else { return nil }
        var second = 0
        var fraction: Int64 = 0
        if scanner.skip(":") {
            guard let s = scanner.number(digits: 2), s < 60 else { return nil }
            second = s
            if scanner.skip(".") || scanner.skip(",") {
                guard let f = scanner.fractionMicroseconds() else { return nil }
                fraction = f
            }
        }
        micros += Int64(hour * 3600 + minute * 60 + second) * 1_000_000 + fraction
        guard let offset = scanner.zoneOffsetSeconds(), scanner.isAtEnd else { return nil }
        self.init(microseconds: micros - Int64(offset) * 1_000_000)
    }
}

private extension String {
    func trimmingSpaces() -> Substring {
        let start = firstIndex { $0 != " " } ?? endIndex
        let end = lastIndex { $0 != " " }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}

/// A tiny cursor over ASCII text: enough for timestamps, without Foundation's formatters.
private struct DigitScanner {
    private let bytes: [UInt8]
    private var index = 0

    init(_ text: Substring) { bytes = Array(text.utf8) }

    var isAtEnd: Bool { index == bytes.count }

    mutating func skip(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue, index < bytes.count, bytes[index] == ascii else { return false }
        index += 1
        return true
    }

    mutating func number(digits: Int) -> Int? {
        guard index + digits <= bytes.count else { return nil }
        var value = 0
        for offset in 0..<digits {
            let byte = bytes[index + offset]
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        index += digits
        return value
    }

    mutating func fractionMicroseconds() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            if count < 6 { value = value * 10 + Int64(bytes[index] - 48) }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        for _ in count..<max(count, 6) { value *= 10 }
        return value
    }

    /// `Z`, `+hh:mm`, `-hhmm` or nothing (UTC).
    mutating func zoneOffsetSeconds() -> Int? {
        if isAtEnd || skip("Z") || skip("z") { return 0 }
        let sign: Int
        if skip("+") { sign = 1 } else if skip("-") { sign = -1 } else { return nil }
        guard let hours = number(digits: 2), hours <= 18 else { return nil }
        _ = skip(":")
        let minutes = number(digits: 2) ?? 0
        guard minutes < 60 else { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }
}
