import StrataApp
import Testing

/// Moments are parsed once, in the application layer, for every face.
struct MomentParserTests {
    @Test func bareDateAsAnEndIncludesTheWholeDay() throws {
        let end = try MomentParser.instant("2025-03-01", field: .asOf)
        #expect(end.iso8601.hasPrefix("2025-03-01T23:59:59.999999"))
        let start = try MomentParser.start("2025-03-01", field: .from)
        #expect(start.iso8601.hasPrefix("2025-03-01T00:00:00"))
    }

    @Test func positionsAndBadTextHaveTheirOwnCode() throws {
        #expect(try MomentParser.timeCut("@42") == .position(42))
        #expect(throws: AppError.self) { try MomentParser.timeCut("@-1") }
        do {
            _ = try MomentParser.timeCut("last tuesday", field: .validAt)
            Issue.record("accepted a non-time")
        } catch {
            #expect(error.code == .invalidMoment)
            #expect(error.subject?.field == .validAt)
        }
    }
}
