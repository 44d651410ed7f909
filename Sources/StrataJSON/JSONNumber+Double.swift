/// Reading a number's spelling as a `Double` without the C library's general conversion,
/// which was the largest part of decoding a measurement.
extension JSONNumber {
    /// The closest `Double`, or nil when the spelling is beyond its range.
    public var finiteDouble: Double? {
        if let exact = Self.exactDouble(lexeme) { return exact }
        guard let parsed = Double(lexeme), parsed.isFinite else { return nil }
        return parsed
    }

    /// Powers of ten that a `Double` holds exactly.
    private static let exactPowers: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { power, _ in power * 10 }
    }

    /// The correctly rounded value of `text` when it can be had cheaply. When its digits fit a
    /// `Double`'s 53-bit significand and its decimal exponent is within ±22, the digits and the
    /// power of ten are both exact, and one multiplication or division rounds once, correctly
    /// (Clinger's fast path); longer digits go through 80 bits where the CPU has them. Nil
    /// otherwise, for the general conversion.
    static func exactDouble(_ text: String) -> Double? {
        text.utf8.withContiguousStorageIfAvailable { bytes -> Double? in
            let count = bytes.count
            var index = 0
            let negative = index < count && bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var significand: UInt64 = 0
            var exponent = 0
            var digits = 0
            var inFraction = false
            while index < count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "."), !inFraction {
                    inFraction = true
                } else if byte &- UInt8(ascii: "0") < 10 {
                    guard significand < 1_000_000_000_000_000_000 else { return nil }   // 19 digits, below 2⁶⁴
                    significand = significand * 10 + UInt64(byte &- UInt8(ascii: "0"))
                    if inFraction { exponent -= 1 }
                    digits += 1
                } else {
                    break
                }
                index += 1
            }
            guard digits > 0 else { return nil }
            if index < count {
                guard bytes[index] | 0x20 == UInt8(ascii: "e") else { return nil }
                index += 1
                var negativeExponent = false
                if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                    negativeExponent = bytes[index] == UInt8(ascii: "-")
                    index += 1
                }
                var written = 0
                var exponentDigits = 0
                while index < count, bytes[index] &- UInt8(ascii: "0") < 10 {
                    guard written < 10_000 else { return nil }
                    written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0"))
                    exponentDigits += 1
                    index += 1
                }
                guard exponentDigits > 0 else { return nil }
                exponent += negativeExponent ? -written : written
            }
            guard index == count else { return nil }
            var value: Double
            if significand <= 1 << 53, (-22...22).contains(exponent) {
                value = Double(significand)
                if exponent > 0 { value *= exactPowers[exponent] } else if exponent < 0 { value /= exactPowers[-exponent] }
            } else if let extended = extendedDouble(significand, exponent) {
                value = extended
            } else {
                return nil
            }
            return negative ? -value : value
        } ?? nil
    }

    #if arch(x86_64) || arch(i386)
    /// Powers of ten that a `Float80` holds exactly (5²⁷ still fits its 64-bit significand).
    private static let extendedPowers: [Float80] = (0...27).map { exponent in
        (0..<exponent).reduce(Float80(1)) { power, _ in power * 10 }
    }

    /// Digits beyond 53 bits (up to 19 of them), with a decimal exponent within ±27: the 80-bit
    /// product or quotient rounds once, to 64 bits, and rounding that to a `Double` agrees with
    /// rounding the exact value unless it lies within one 80-bit unit of a halfway point
    /// between two doubles (the 11 bits below a double's precision near `0x400`): nil then, for
    /// the general conversion. Most decimal fractions written with 17 digits land here.
    private static func extendedDouble(_ significand: UInt64, _ exponent: Int) -> Double? {
        guard (-27...27).contains(exponent) else { return nil }
        let digits = Float80(significand)
        let power = extendedPowers[abs(exponent)]
        let rounded = exponent >= 0 ? digits * power : digits / power
        let below = rounded.significandBitPattern & 0x7FF
        guard below < 0x3FF || below > 0x401 else { return nil }
        return Double(rounded)
    }
    #else
    private static func extendedDouble(_ significand: UInt64, _ exponent: Int) -> Double? { nil }
    #endif
}
