import Foundation
import Testing
import Strata

/// Instants are integer microseconds since the epoch, UTC, rendered and parsed without locales.
@Suite struct TimestampTests {
    @Test(arguments: [
        (Int64(0), "1970-01-01T00:00:00.000000Z"),
        (1_735_689_600_000_001, "2025-01-01T00:00:00.000001Z"),
        (951_782_400_000_000, "2000-02-29T00:00:00.000000Z"),
        (-1, "1969-12-31T23:59:59.999999Z"),
        (4_102_444_799_999_999, "2099-12-31T23:59:59.999999Z"),
    ])
    func rendersISO8601InUTC(microseconds: Int64, text: String) {
        let instant = Timestamp(microseconds: microseconds)
        #expect(instant.iso8601 == text)
        #expect(instant.description == text)
        #expect(instant.day == String(text.prefix(10)))
    }

    @Test(arguments: [
        ("2025-03-01", Int64(1_740_787_200_000_000)),
        ("2025-03-01T09:30", 1_740_821_400_000_000),
        ("2025-03-01 09:30:15Z", 1_740_821_415_000_000),
        ("2025-03-01T09:30:15.25+02:00", 1_740_814_215_250_000),
        ("2025-03-01T09:30:15.1234567-0130", 1_740_826_815_123_456),
        ("  2025-03-01T00:00:00z  ", 1_740_787_200_000_000),
    ])
    func parsesTheShapesPeopleType(text: String, microseconds: Int64) {
        #expect(Timestamp(parsing: text)?.microseconds == microseconds)
    }

    @Test(arguments: [
        "", "2025", "2025-3-1", "2025-02-30", "2025-13-01", "2025-03-01T24:00", "2025-03-01T09:60",
        "2025-03-01T09:30:61", "2025-03-01T09:30:15.", "2025-03-01T09:30+19:00", "2025-03-01X09:30", "yesterday",
    ])
    func rejectsWhatIsNotAnInstant(text: String) {
        #expect(Timestamp(parsing: text) == nil)
    }

    @Test func roundTripsThroughItsOwnText() {
        for micros: Int64 in [0, 1, 999_999, 1_750_000_000_123_456, -86_400_000_001] {
            let instant = Timestamp(microseconds: micros)
            #expect(Timestamp(parsing: instant.iso8601) == instant)
        }
    }

    @Test func dateConversionTruncatesToTheMicrosecond() {
        let instant = Timestamp(Date(timeIntervalSince1970: 1.5))
        #expect(instant.microseconds == 1_500_000)
        #expect(instant.date == Date(timeIntervalSince1970: 1.5))
        #expect(Timestamp(microseconds: 1) < Timestamp(microseconds: 2))
    }

    @Test func codesAsItsMicroseconds() throws {
        let data = try JSONEncoder().encode([Timestamp(microseconds: 42)])
        #expect(String(decoding: data, as: UTF8.self) == "[42]")
        #expect(try JSONDecoder().decode([Timestamp].self, from: data) == [Timestamp(microseconds: 42)])
    }
}
