extension JSONReader {
    mutating func parseLiteral(_ word: StaticString, as value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        guard bytes.count - index >= count,
              (0..<count).allSatisfy({ bytes[index + $0] == word.utf8Start[$0] })
        else {
            throw failure("unexpected \(currentDescription), expected a value (did you mean '\(word)'?)")
        }
        index += count
        return value
    }

    /// A string literal, unescaped; the cursor stands on its opening quote.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = index
        index += 1
        // The common case, no escapes: one decode of the bytes in place.
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                index = end + 1
                return text
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { break }
            end += 1
        }
        var buffer = Array(bytes[index..<end])
        index = end
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0x00..<0x20:
                throw failure("control character 0x\(String(byte, radix: 16)) must be escaped inside a string")
            default:
                buffer.append(byte)
                index += 1
            }
        }
        throw failure("the string that starts here is never closed", at: start)
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        index += 1
        guard let byte = current else { throw failure("the input ends inside an escape sequence") }
        index += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(byte)
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"): buffer.append(contentsOf: String(try parseUnicodeEscape()).utf8)
        default:
            // Shown as a hex byte unless printable ASCII: a raw line break or terminal escape
            // here would split or colour the one-line error.
            let shown = (0x21...0x7E).contains(byte)
                ? "'\\\(Character(Unicode.Scalar(byte)))'" : "'\\' followed by byte 0x\(String(byte, radix: 16, uppercase: true))"
            throw failure("\(shown) is not a JSON escape sequence", at: index - 2)
        }
    }

    /// Reads the hex digits after `\u`, joining a surrogate pair into one scalar; an unpaired
    /// surrogate follows ``JSONParseOptions/loneSurrogates``.
    private mutating func parseUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let start = index - 2
        let first = try parseHexQuad()
        if (0xDC00...0xDFFF).contains(first) {
            return try loneSurrogate("a low surrogate without its high half", at: start)
        }
        guard (0xD800...0xDBFF).contains(first) else { return Unicode.Scalar(first) ?? "\u{FFFD}" }
        guard bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return try loneSurrogate("a high surrogate without its low half", at: start)
        }
        let afterHigh = index
        index += 2
        let second = try parseHexQuad()
        guard (0xDC00...0xDFFF).contains(second) else {
            // Not a pair: the second escape stands on its own and is read again.
            index = afterHigh
            return try loneSurrogate("a high surrogate without its low half", at: start)
        }
        return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? "\u{FFFD}"
    }

    private func loneSurrogate(_ what: String, at offset: Int) throws(JSONSyntaxError) -> Unicode.Scalar {
        guard options.loneSurrogates == .replace else {
            throw failure("an unpaired surrogate \\u escape: \(what)", at: offset)
        }
        return "\u{FFFD}"
    }

    private mutating func parseHexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard bytes.count - index >= 4 else { throw failure("\\u must be followed by four hexadecimal digits") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = Self.hexValue(bytes[index + offset]) else {
                throw failure("\\u must be followed by four hexadecimal digits")
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        try parseIntegerPart()
        if current == UInt8(ascii: ".") {
            index += 1
            try parseDigits(after: "the decimal point")
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            try parseDigits(after: "the exponent marker")
        }
        if let limit = options.maximumNumberLength, index - start > limit {
            throw failure("a number is longer than \(limit) characters", at: start)
        }
        let number = JSONNumber(lexeme: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        if options.requiresFiniteNumbers, !number.value.isFinite {
            throw failure("the number \(number.lexeme.prefix(40)) is too large to represent", at: start)
        }
        return number
    }

    private mutating func parseIntegerPart() throws(JSONSyntaxError) {
        guard let first = current, Self.isDigit(first) else {
            throw failure("unexpected \(currentDescription), expected a digit")
        }
        if first == UInt8(ascii: "0") {
            index += 1
            if let next = current, Self.isDigit(next) {
                throw failure("numbers must not have leading zeros")
            }
            return
        }
        while let byte = current, Self.isDigit(byte) { index += 1 }
    }

    private mutating func parseDigits(after what: String) throws(JSONSyntaxError) {
        guard let first = current, Self.isDigit(first) else {
            throw failure("unexpected \(currentDescription), expected a digit after \(what)")
        }
        while let byte = current, Self.isDigit(byte) { index += 1 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
}
