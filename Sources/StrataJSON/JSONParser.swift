/// The one strict RFC 8259 parser: text in, one ``JSONValue`` out, never a trap.
///
/// Invalid UTF-8 is reported at its byte, nesting is capped, nothing may follow the value,
/// and every error carries line and column. ``JSONParseOptions`` says what a caller accepts
/// beyond the grammar; ``JSONParseOptions/standard`` defines what valid JSON is.
public enum JSONParser {
    /// Parses one complete JSON document.
    public static func parse(_ text: String, options: JSONParseOptions = .standard) throws(JSONSyntaxError) -> JSONValue {
        var text = text
        // `withUTF8` only rethrows untyped errors, so the outcome leaves the closure as a Result.
        return try text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes, options: options)
            return Result { () throws(JSONSyntaxError) in try reader.document() }
        }.get()
    }

    /// Parses one complete JSON document from bytes, which must be UTF-8.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .standard) throws(JSONSyntaxError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) in
                if let bad = UTF8Check.firstInvalidOffset(in: buffer) {
                    throw JSONSyntaxError(reason: "the input is not valid UTF-8", offset: bad, in: buffer)
                }
                var reader = JSONReader(bytes: buffer, options: options)
                return try reader.document()
            }
        }.get()
    }

    /// The members of a document that must be one object, each with the exact text of its value.
    ///
    /// For readers that keep some values byte for byte (an exported event's payload) while
    /// reading others: the whole text is checked with `options`, and a member's ``JSONSourceMember/text``
    /// can be parsed again with stricter options.
    public static func members(
        of text: String, options: JSONParseOptions = .standard
    ) throws(JSONSyntaxError) -> [JSONSourceMember] {
        var text = text
        return try text.withUTF8 { bytes in
            var reader = JSONReader(bytes: bytes, options: options)
            return Result { () throws(JSONSyntaxError) in try reader.objectDocument() }
        }.get()
    }
}

/// One member of a top-level object with the text its value was written as.
public struct JSONSourceMember: Sendable, Hashable {
    /// The member's name, unescaped.
    public var key: String
    /// The member's value, parsed with the options of the whole document.
    public var value: JSONValue
    /// The value's bytes exactly as they appear in the document, without surrounding space.
    public var text: String
}
