/// A JSON number with its original spelling.
///
/// Keeping the lexeme lets callers decide "integer or not" by mathematical value (so `2.0`
/// is an integer, as JSON Schema says), parse it as the type they expect, and report or
/// re-emit the value exactly as written.
public struct JSONNumber: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral {
    /// The number as written in the document.
    public let lexeme: String

    /// A number spelled `lexeme`; the caller vouches that it follows JSON's number grammar.
    public init(lexeme: String) { self.lexeme = lexeme }

    /// An integer, spelled in decimal.
    public init(_ integer: Int) { lexeme = String(integer) }

    /// A finite double in Swift's shortest round-trip spelling.
    public init(_ double: Double) {
        precondition(double.isFinite, "JSON has no spelling for \(double)")
        lexeme = String(describing: double)
    }

    /// `7` where a number is expected, for building values in code.
    public init(integerLiteral value: Int) { self.init(value) }

    /// `1.5` where a number is expected, for building values in code.
    public init(floatLiteral value: Double) { self.init(value) }

    /// The closest `Double`; infinite when the spelling is out of range.
    public var value: Double { Self.exactDouble(lexeme) ?? Double(lexeme) ?? (lexeme.hasPrefix("-") ? -.infinity : .infinity) }

    /// The value as an `Int` when it has no fractional part and fits.
    public var integerValue: Int? {
        if !lexeme.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            return Int(lexeme)
        }
        let value = value
        guard value.rounded(.towardZero) == value, abs(value) <= 9_007_199_254_740_992 else {
            return nil
        }
        return Int(value)
    }

    /// Whether the value is mathematically an integer, however large.
    public var isIntegral: Bool {
        value.rounded(.towardZero) == value
    }
}
