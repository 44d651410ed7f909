/// Whether a text is one valid JSON value, without building it.
///
/// The append path stores payloads verbatim and needs only a yes or no, which must never
/// differ from what ``JSONParser`` with ``JSONParseOptions/standard`` accepts (so `strata
/// import events` reads back whatever `strata append` stored). The answer comes from a
/// private allocation-free scanner; a test holds it to the parser's verdict.
public enum JSONValidation {
    /// The deepest nesting of arrays and objects accepted.
    public static var maximumDepth: Int { JSONParseOptions.standard.maximumDepth }

    /// Whether `text` is exactly one JSON value, surrounded by optional whitespace.
    public static func isValid(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buffer in
            var scanner = JSONScanner(bytes: buffer, maximumDepth: maximumDepth)
            return scanner.validDocument()
        }
    }
}
