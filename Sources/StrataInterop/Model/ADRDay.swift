public import Foundation

/// A calendar day, without time or time zone.
///
/// ADR files record a day ("Date: 2020-09-24"), not an instant. Keeping it as a day
/// avoids time-zone shifts when the caller turns it into an effective time.
public struct ADRDay: Sendable, Hashable, Comparable {
    /// The year, 1000–9999.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day, or `nil` when the parts do not name a real date (Gregorian, years
    /// 1000–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1000...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads exactly `yyyy-mm-dd`; use ``ADRDateReader`` for other shapes.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day as calendar components, for building a `Date` in the caller's time zone.
    public var dateComponents: DateComponents {
        DateComponents(year: year, month: month, day: day)
    }

    /// Earlier days sort first.
    public static func < (lhs: ADRDay, rhs: ADRDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension ADRDay: CustomStringConvertible {
    /// The day as `yyyy-mm-dd`.
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }
}

extension ADRDay: Codable {
    /// Decodes a day from a `yyyy-mm-dd` string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = ADRDay(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a yyyy-mm-dd date")
        }
        self = day
    }

    /// Encodes the day as `yyyy-mm-dd`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9 (not other Unicode digits).
    var isASCIIDigit: Bool { isASCII && isWholeNumber }
}
