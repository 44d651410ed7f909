import Strata

/// Parses `--as-of`: an ISO date or date-time (inclusive), or `@POSITION`.
enum TimeCutArgument {
    static func parse(_ text: String, option: String = "--as-of") throws -> TimeCut {
        if text.hasPrefix("@") {
            guard let position = Int64(text.dropFirst()), position >= 0 else {
                throw CommandFailure.usage("\(option) '\(text)': a position is written @N with N a whole number ≥ 0")
            }
            return .position(position)
        }
        guard let instant = Timestamp(parsing: text) else {
            throw CommandFailure.usage(
                "\(option) '\(text)' is not a time; use a date such as 2025-03-01, a date-time such as 2025-03-01T09:30Z, or @POSITION")
        }
        return .instant(dayInclusive(instant, text: text))
    }

    /// A bare date means the whole day: "as of 2025-03-01" includes everything recorded that day.
    private static func dayInclusive(_ instant: Timestamp, text: String) -> Timestamp {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count == 10 else { return instant }
        return Timestamp(microseconds: instant.microseconds + 86_400_000_000 - 1)
    }
}

import Foundation
