import StrataJSON
import Testing

/// A number's `Double` skips the C library's conversion when the digits and the power of ten
/// are exact; every spelling must still give the very bits `Double(String)` gives.
@Suite struct JSONNumberDoubleTests {
    private func bits(_ lexeme: String) -> UInt64? { JSONNumber(lexeme: lexeme).finiteDouble?.bitPattern }

    @Test(arguments: [
        "0", "-0", "1", "-1", "0.1", "0.3", "183.25", "1e22", "1e23", "1E+2", "1e-22", "1e-23", "-1.5e-22",
        "9007199254740992", "9007199254740993", "12345678901234567890", "0.000000000000000000000001",
        "4.9e-324", "1.7976931348623157e308", "2.2250738585072014e-308", "123456789012345678e-10", "5e-1", "1e0",
        "0.10000000000000000555", "100000000000000000000000",
    ])
    func edgeSpellingsGiveTheBitsOfTheGeneralConversion(lexeme: String) {
        #expect(bits(lexeme) == Double(lexeme)?.bitPattern, "\(lexeme)")
    }

    @Test func spellingsBeyondTheRangeHaveNoFiniteDouble() {
        #expect(JSONNumber(lexeme: "1e309").finiteDouble == nil)
        #expect(JSONNumber(lexeme: "-1e400").finiteDouble == nil)
        #expect(JSONNumber(lexeme: "-1e400").value == -.infinity)
        #expect(JSONNumber(lexeme: "1e-400").finiteDouble == 0)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let zero = try #require(JSONNumber(lexeme: "-0.0").finiteDouble)
        #expect(zero == 0 && zero.sign == .minus)
    }

    /// Every double's shortest spelling (what Swift and the payloads write: 17 digits for most
    /// quotients) reads back as that very double.
    @Test func shortestSpellingsOfRandomDoublesReadBackExactly() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var mismatches: [String] = []
        for index in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            // Alternately any finite bit pattern and a quotient like the benchmark's values.
            let double = index % 2 == 0 ? Double(bitPattern: state) : Double(state % 1_000_000) / Double(1 + index % 97)
            guard double.isFinite else { continue }
            let lexeme = String(describing: double)
            if JSONNumber(lexeme: lexeme).finiteDouble?.bitPattern != double.bitPattern { mismatches.append(lexeme) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    /// Random spellings around the fast path's edges: 1–20 digits, a point anywhere, exponents
    /// from -40 to 40, either sign.
    @Test func randomSpellingsGiveTheBitsOfTheGeneralConversion() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let count = 1 + next(20)
            var digits = String((0..<count).map { _ in Character(String(next(10))) })
            if digits.count > 1, digits.first == "0" { digits.removeFirst() }
            var lexeme = next(2) == 0 ? "" : "-"
            let point = next(count + 1)
            if point > 0, point < digits.count {
                lexeme += digits.prefix(point) + "." + digits.dropFirst(point)
            } else {
                lexeme += digits
            }
            if next(3) == 0 { lexeme += (next(2) == 0 ? "e" : "E-") + String(next(41)) }
            if bits(lexeme) != Double(lexeme)?.bitPattern { mismatches.append(lexeme) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
