import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Reads moments as requests write them: a date (the whole day, UTC), a date-time, `@POSITION`,
/// and, where the store can answer, `ADR-N` (right after that decision was accepted).
///
/// Every face parses moments here, so "as of 2025-03-01" means the same everywhere: a bare date
/// used as an end includes the whole day, used as a start begins at its first microsecond.
public enum MomentParser {
    /// A system-time cut without decision ids: `@POSITION`, a date or a date-time (inclusive).
    public static func timeCut(_ text: String, field: AppError.Field = .asOf) throws(AppError) -> TimeCut {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("@") {
            guard let position = Int64(trimmed.dropFirst()), position >= 0 else {
                throw AppError(.invalidMoment, "'\(text)': a position is written @N with N a whole number ≥ 0", subject: .field(field))
            }
            return .position(position)
        }
        guard let instant = Timestamp(parsing: trimmed) else {
            throw AppError(
                .invalidMoment,
                "'\(text)' is not a time; use a date such as 2025-03-01, a date-time such as 2025-03-01T09:30Z, or @POSITION",
                subject: .field(field))
        }
        return .instant(isBareDate(trimmed) ? endOfDay(instant) : instant)
    }

    /// The last instant `text` covers: a bare date includes the whole day.
    public static func instant(_ text: String, field: AppError.Field) throws(AppError) -> Timestamp {
        switch try timeCut(text, field: field) {
        case .instant(let instant): return instant
        case .position:
            throw AppError(.invalidMoment, "'\(text)': this takes a date or date-time, not a position", subject: .field(field))
        }
    }

    /// The first instant `text` covers: a bare date starts at midnight UTC.
    public static func start(_ text: String, field: AppError.Field) throws(AppError) -> Timestamp {
        let end = try instant(text, field: field)
        return isBareDate(text.trimmingCharacters(in: .whitespaces)) ? Timestamp(microseconds: end.microseconds - day + 1) : end
    }

    /// A valid time a fact took effect: the instant written (a bare date is its midnight).
    public static func effective(_ text: String, field: AppError.Field = .effective) throws(AppError) -> Timestamp {
        guard let instant = Timestamp(parsing: text.trimmingCharacters(in: .whitespaces)) else {
            throw AppError(
                .invalidMoment, "'\(text)' is not a time; use a date such as 2024-03-01 or 2024-03-01T09:30Z", subject: .field(field))
        }
        return instant
    }

    /// Whether `text` names a decision rather than a time.
    static func namesDecision(_ text: String) -> Bool {
        text.uppercased().hasPrefix("ADR-") || EventID.isValid(text.lowercased())
    }

    private static let day: Int64 = 86_400_000_000

    private static func isBareDate(_ text: String) -> Bool { text.count == 10 }

    private static func endOfDay(_ instant: Timestamp) -> Timestamp { Timestamp(microseconds: instant.microseconds + day - 1) }
}
