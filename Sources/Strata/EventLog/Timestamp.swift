import Foundation

/// An instant as integer microseconds since the Unix epoch, UTC: the unit of both clocks.
///
/// Integers keep comparisons exact and cheap in SQL; ``iso8601`` renders them for people.
public struct Timestamp: Hashable, Comparable, Sendable, Codable {
    /// Microseconds since 1970-01-01T00:00:00Z.
    public var microseconds: Int64

    public init(microseconds: Int64) { self.microseconds = microseconds }

    /// The instant `date` stands for, truncated to the microsecond.
    public init(_ date: Date) {
        microseconds = Int64((date.timeIntervalSince1970 * 1_000_000).rounded(.down))
    }

    /// The current system time.
    public static func now() -> Timestamp { Timestamp(Date()) }

    public var date: Date { Date(timeIntervalSince1970: Double(microseconds) / 1_000_000) }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.microseconds < rhs.microseconds }

    public init(from decoder: any Decoder) throws {
        microseconds = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(microseconds)
    }
}

extension Timestamp: CustomStringConvertible {
    /// ISO-8601 in UTC with microseconds, e.g. `2026-11-25T09:30:00.000000Z`.
    public var iso8601: String {
        let seconds = microseconds.floorDivided(by: 1_000_000)
        let micros = microseconds - seconds * 1_000_000
        let parts = CivilDate(daysSinceEpoch: seconds.floorDivided(by: 86_400))
        let secondOfDay = seconds - seconds.floorDivided(by: 86_400) * 86_400
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))T"
            + "\(pad(Int(secondOfDay / 3600), 2)):\(pad(Int(secondOfDay % 3600 / 60), 2)):"
            + "\(pad(Int(secondOfDay % 60), 2)).\(pad(Int(micros), 6))Z"
    }

    public var description: String { iso8601 }

    /// The calendar day in UTC, e.g. `2026-11-25`.
    public var day: String {
        let parts = CivilDate(daysSinceEpoch: microseconds.floorDivided(by: 86_400_000_000))
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }

    /// The day alone when the instant is the day's first moment, else the full ISO-8601 time:
    /// the shortest text that names the instant exactly and that a date option reads back.
    public var exact: String {
        microseconds.floorDivided(by: 86_400_000_000) * 86_400_000_000 == microseconds ? day : iso8601
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
