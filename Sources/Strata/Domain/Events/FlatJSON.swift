/// A reader for the small, plain JSON objects that the most frequent payloads are stored as.
///
/// Foundation's `JSONDecoder` costs about 6 µs per measurement, nearly half of a rebuild. This reader
/// handles only the plain case (strings without escapes, numbers, booleans, null and nested
/// objects) and gives up on anything else, so the caller falls back to `Codable`, which stays
/// the definition of what a payload means.
enum FlatJSON {
    /// One field's value.
    indirect enum Value: Equatable {
        case string(String)
        /// The number's text as written: the caller parses it as the type it expects.
        case number(String)
        case bool(Bool)
        case null
        case object([Field])
    }

    /// One key and its value, in the order written.
    struct Field: Equatable {
        var key: String
        var value: Value
    }

    /// The fields of `text` when it is one plain object with no repeated key; nil otherwise.
    static func fields(of text: String) -> [Field]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            reader.skipSpace()
            guard let fields = reader.object(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.index == bytes.count ? fields : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        var current: UInt8? { index < bytes.count ? bytes[index] : nil }

        mutating func skipSpace() {
            while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { index += 1 }
        }

        mutating func consume(_ byte: UInt8) -> Bool {
            skipSpace()
            guard current == byte else { return false }
            index += 1
            return true
        }

        mutating func object(depth: Int) -> [Field]? {
            guard depth < 4, consume(UInt8(ascii: "{")) else { return nil }
            var fields: [Field] = []
            if consume(UInt8(ascii: "}")) { return fields }
            repeat {
                skipSpace()
                guard let key = string(), consume(UInt8(ascii: ":")), let value = value(depth: depth),
                      !fields.contains(where: { $0.key == key })
                else { return nil }
                fields.append(Field(key: key, value: value))
            } while consume(UInt8(ascii: ","))
            return consume(UInt8(ascii: "}")) ? fields : nil
        }

        mutating func value(depth: Int) -> Value? {
            skipSpace()
            guard let byte = current else { return nil }
            switch byte {
            case UInt8(ascii: "\""): return string().map(Value.string)
            case UInt8(ascii: "{"): return object(depth: depth + 1).map(Value.object)
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number().map(Value.number)
            default: return nil
            }
        }

        /// A string with no escapes and no control characters; nil for anything else.
        mutating func string() -> String? {
            guard current == UInt8(ascii: "\"") else { return nil }
            let start = index + 1
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                end += 1
            }
            guard end < bytes.count else { return nil }
            index = end + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }

        /// A number in JSON's grammar, returned as its text.
        mutating func number() -> String? {
            let start = index
            if current == UInt8(ascii: "-") { index += 1 }
            guard digits(leadingZeroAllowed: false) else { return nil }
            if current == UInt8(ascii: ".") {
                index += 1
                guard digits(leadingZeroAllowed: true) else { return nil }
            }
            if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
                index += 1
                if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
                guard digits(leadingZeroAllowed: true) else { return nil }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        }

        private mutating func digits(leadingZeroAllowed: Bool) -> Bool {
            let start = index
            while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { index += 1 }
            guard index > start else { return false }
            return leadingZeroAllowed || bytes[start] != UInt8(ascii: "0") || index - start == 1
        }

        private mutating func literal(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != word.utf8Start[offset] { return false }
            index += count
            return true
        }
    }
}

extension FlatJSON.Value {
    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// A finite number; nil for anything else.
    var double: Double? {
        guard case .number(let text) = self, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// An integer written without fraction or exponent; nil for anything else.
    var integer: Int? {
        if case .number(let text) = self { Int(text) } else { nil }
    }

    /// `.some(nil)` for null, `.some(value)` for a number, nil for anything else: an optional
    /// number field as `Codable` reads it.
    var optionalDouble: Double?? {
        if case .null = self { return .some(nil) }
        return double.map { .some($0) }
    }

    /// As ``optionalDouble``, for text.
    var optionalString: String?? {
        if case .null = self { return .some(nil) }
        return string.map { .some($0) }
    }
}
