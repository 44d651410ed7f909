/// The parser's cursor over UTF-8 bytes: documents, containers and error positions.
///
/// Internal to ``JSONParser``; scalars (strings, numbers, literals) are in `JSONReader+Scalars`.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParseOptions
    var index = 0
    /// The byte ranges of the top-level object's member values, when a caller asked for them.
    private var memberSpans: [Range<Int>]?

    init(bytes: UnsafeBufferPointer<UInt8>, options: JSONParseOptions) {
        self.bytes = bytes
        self.options = options
    }

    var atEnd: Bool { index >= bytes.count }

    var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    /// How the byte under the cursor reads in an error message.
    var currentDescription: String {
        guard let byte = current else { return "end of input" }
        if byte >= 0x21 && byte < 0x7F { return "character '\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    func failure(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(reason: reason, offset: offset ?? index, in: bytes)
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
        try start()
        let value = try parseValue(depth: 0)
        try finish()
        return value
    }

    mutating func objectDocument() throws(JSONSyntaxError) -> [JSONSourceMember] {
        try start()
        guard current == UInt8(ascii: "{") else {
            throw failure("unexpected \(currentDescription), expected a JSON object")
        }
        memberSpans = []
        guard case .object(let members) = try parseValue(depth: 0), let spans = memberSpans else { return [] }
        try finish()
        return zip(members, spans).map { member, span in
            JSONSourceMember(
                key: member.key, value: member.value,
                text: String(decoding: UnsafeBufferPointer(rebasing: bytes[span]), as: UTF8.self))
        }
    }

    private mutating func start() throws(JSONSyntaxError) {
        if options.skipsByteOrderMark, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        guard !atEnd else { throw failure("the input is empty, expected a JSON value") }
    }

    private mutating func finish() throws(JSONSyntaxError) {
        skipWhitespace()
        guard atEnd else { throw failure("unexpected \(currentDescription) after the end of the JSON value") }
    }

    mutating func skipWhitespace() {
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return }
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

    /// An object; at the top, also the byte range of each member's value when asked.
    mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        var members: [JSONMember] = []
        var seen: Set<String> = []
        if try opensEmpty(UInt8(ascii: "}"), depth: depth) { return .object(members) }
        // One allocation for a typical event payload's members instead of one per doubling.
        members.reserveCapacity(12)
        while true {
            skipWhitespace()
            let keyOffset = index
            guard current == UInt8(ascii: "\"") else {
                throw failure("unexpected \(currentDescription), expected a quoted member name")
            }
            let key = try parseString()
            if options.duplicateKeys == .reject, isDuplicate(key, in: members, seen: &seen) {
                throw failure("member name \(JSONString.quoted(key, style: .canonical)) appears twice", at: keyOffset)
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after a member name")
            skipWhitespace()
            let valueStart = index
            let value = try parseValue(depth: depth)
            if depth == 1, memberSpans != nil { memberSpans?.append(valueStart..<index) }
            members.append(JSONMember(key, value))
            skipWhitespace()
            if try closes(UInt8(ascii: "}"), "',' or '}' after an object member") { return .object(members) }
        }
    }

    /// Whether `key` names a member already read: a scan for small objects, a set past that.
    private func isDuplicate(_ key: String, in members: [JSONMember], seen: inout Set<String>) -> Bool {
        if members.count < 16 { return members.contains { $0.key == key } }
        if seen.isEmpty { seen = Set(members.map(\.key)) }
        return !seen.insert(key).inserted
    }

    mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        var items: [JSONValue] = []
        if try opensEmpty(UInt8(ascii: "]"), depth: depth) { return .array(items) }
        while true {
            skipWhitespace()
            items.append(try parseValue(depth: depth))
            skipWhitespace()
            if try closes(UInt8(ascii: "]"), "',' or ']' after an array item") { return .array(items) }
        }
    }

    /// Steps past an opening bracket at nesting `depth`; true (and past `closer`) when the
    /// container is empty.
    private mutating func opensEmpty(_ closer: UInt8, depth: Int) throws(JSONSyntaxError) -> Bool {
        try checkDepth(depth)
        index += 1
        skipWhitespace()
        guard current == closer else { return false }
        index += 1
        return true
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
        guard depth <= options.maximumDepth else {
            throw failure("values are nested more than \(options.maximumDepth) levels deep")
        }
    }
}
