/// A strict RFC 8259 JSON parser with fixed resource limits.
///
/// It never traps on any input: nesting is capped at ``maximumDepth`` (so
/// recursion stays shallow), invalid UTF-8 is reported with its byte offset,
/// numbers must be finite, duplicate member names are rejected (a profile with
/// two `name` keys has no single meaning), and nothing may follow the value.
struct JSONParser {
    /// Deepest nesting accepted; profiles need two levels.
    static let maximumDepth = 64
    /// Longest number spelling accepted, in bytes.
    static let maximumNumberLength = 400

    let bytes: [UInt8]
    var index = 0

    /// Parses one complete JSON document.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        if let bad = UTF8Check.firstInvalidOffset(in: bytes) {
            throw JSONSyntaxError(offset: bad, reason: "the input is not valid UTF-8")
        }
        var parser = JSONParser(bytes: bytes)
        parser.skipByteOrderMark()
        parser.skipWhitespace()
        guard !parser.atEnd else {
            throw JSONSyntaxError(offset: parser.index, reason: "the input is empty, expected a JSON object")
        }
        let value = try parser.parseValue(depth: 0)
        parser.skipWhitespace()
        guard parser.atEnd else {
            throw parser.failure("unexpected \(parser.currentDescription) after the end of the JSON value")
        }
        return value
    }

    var atEnd: Bool { index >= bytes.count }

    var current: UInt8? { atEnd ? nil : bytes[index] }

    /// How the byte under the cursor reads in an error message.
    var currentDescription: String {
        guard let byte = current else { return "end of input" }
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    func failure(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? index, reason: reason)
    }

    mutating func skipByteOrderMark() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw failure("unexpected end of input, expected a value") }
        switch byte {
        case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
        case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): return try parseLiteral("true", as: .bool(true))
        case UInt8(ascii: "f"): return try parseLiteral("false", as: .bool(false))
        case UInt8(ascii: "n"): return try parseLiteral("null", as: .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw failure("unexpected \(currentDescription), expected a value")
        }
    }

    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var members: [JSONMember] = []
        var seen: Set<String> = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            let keyOffset = index
            guard current == UInt8(ascii: "\"") else {
                throw failure("unexpected \(currentDescription), expected a quoted member name")
            }
            let key = try parseString()
            guard seen.insert(key).inserted else {
                throw failure("member name \(CanonicalJSON.quoted(key)) appears twice", at: keyOffset)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after a member name")
            skipWhitespace()
            members.append(JSONMember(key: key, value: try parseValue(depth: depth)))
            skipWhitespace()
            if try closes(UInt8(ascii: "}"), "',' or '}' after an object member") { return .object(members) }
        }
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        try checkDepth(depth)
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            index += 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            if try closes(UInt8(ascii: "]"), "',' or ']' after an array item") { return .array(items) }
        }
    }

    /// Consumes a separator or the closing bracket; true when the container closed.
    private mutating func closes(_ closer: UInt8, _ expectation: String) throws(JSONSyntaxError) -> Bool {
        switch current {
        case UInt8(ascii: ","):
            index += 1
            return false
        case closer:
            index += 1
            return true
        default:
            throw failure("unexpected \(currentDescription), expected \(expectation)")
        }
    }

    private mutating func expect(_ byte: UInt8, _ expectation: String) throws(JSONSyntaxError) {
        guard current == byte else { throw failure("unexpected \(currentDescription), expected \(expectation)") }
        index += 1
    }

    private func checkDepth(_ depth: Int) throws(JSONSyntaxError) {
        guard depth <= Self.maximumDepth else {
            throw failure("values are nested more than \(Self.maximumDepth) levels deep")
        }
    }
}
