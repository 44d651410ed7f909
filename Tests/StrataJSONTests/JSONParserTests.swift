import StrataJSON
import Testing

/// The one parser: values, positions of errors, limits and the policies options choose.
@Suite struct JSONParserTests {
    private func failure(_ text: String, options: JSONParseOptions = .standard) -> JSONSyntaxError? {
        do {
            _ = try JSONParser.parse(text, options: options)
            return nil
        } catch {
            return error
        }
    }

    @Test func buildsValuesWithMembersInDocumentOrder() throws {
        let value = try JSONParser.parse(#"{"b":[true,null,1.5,"x"],"a":{}}"#)
        #expect(value == .object([
            JSONMember("b", .array([.bool(true), .null, .number(1.5), .string("x")])), JSONMember("a", .object([])),
        ]))
        #expect(value["a"] == .object([]))
        #expect(value["missing"] == nil)
    }

    @Test func numbersKeepTheirLexeme() throws {
        let value = try JSONParser.parse("[2.0, -0, 1E+2, 120, 0.1e-7]")
        guard case .array(let items) = value else { Issue.record("not an array"); return }
        #expect(items.map { if case .number(let n) = $0 { n.lexeme } else { "" } } == ["2.0", "-0", "1E+2", "120", "0.1e-7"])
        #expect(items.first.flatMap { if case .number(let n) = $0 { n.integerValue } else { nil } } == 2)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        #expect(try JSONParser.parse(#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude80""#) == .string("a\"\\/\u{8}\u{C}\n\r\té🚀"))
    }

    @Test func errorsCarryLineAndColumn() throws {
        let error = try #require(failure("{\n  \"a\": 1,\n  \"b\": tru\n}"))
        #expect(error.line == 3)
        #expect(error.column == 8)
        #expect(error.reason.contains("true"))
        #expect(error.description.hasPrefix("line 3, column 8: "))
        // Columns count characters, not bytes.
        let wide = try #require(failure("[\"é\", x]"))
        #expect(wide.line == 1 && wide.column == 7 && wide.offset == 7)
    }

    @Test func rejectsInvalidUTF8AtItsByte() throws {
        do {
            _ = try JSONParser.parse([UInt8(ascii: "\""), 0x61, 0xFF, UInt8(ascii: "\"")])
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.offset == 2)
            #expect(error.reason.contains("UTF-8"))
        }
    }

    @Test func capsNestingDepth() throws {
        let deep = { (levels: Int) in String(repeating: "[", count: levels) + String(repeating: "]", count: levels) }
        #expect(failure(deep(256)) == nil)
        #expect(failure(deep(257))?.reason.contains("nested more than 256") == true)
        #expect(failure(deep(64), options: .document) == nil)
        #expect(failure(deep(65), options: .document) != nil)
        #expect(failure(String(repeating: "[", count: 100_000)) != nil)
    }

    /// Lone surrogate escapes are valid JSON (the append path stores them verbatim), decoded as
    /// U+FFFD; readers that need exact strings refuse them with an "unpaired surrogate" error.
    @Test(arguments: [#""\ud800""#, #""\udc00""#, #""\ud83d\u0041""#, #""\ud800\ud800""#, #""\udbff\ud7ff""#])
    func loneSurrogatesFollowTheOption(text: String) throws {
        guard case .string(let decoded) = try JSONParser.parse(text) else { Issue.record("not a string"); return }
        #expect(decoded.unicodeScalars.contains("\u{FFFD}"))
        #expect(failure(text, options: .exact)?.reason.contains("unpaired surrogate") == true)
        #expect(failure(text, options: .exact)?.offset == 1)
    }

    @Test func aHighSurrogateBeforeAnotherEscapeKeepsThatEscape() throws {
        #expect(try JSONParser.parse(#""\ud83d\u0041""#) == .string("\u{FFFD}A"))
    }

    @Test func duplicateKeysAreKeptOrRefused() throws {
        let text = #"{"a":1,"b":2,"a":3}"#
        let kept = try JSONParser.parse(text)
        #expect(kept["a"] == .number(3))
        guard case .object(let members) = kept else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["a", "b", "a"])
        let refused = try #require(failure(text, options: .exact))
        #expect(refused.reason == #"member name "a" appears twice"#)
        #expect(refused.column == 14)
        // Past the small-object scan, the set-based check finds them too.
        let many = "{" + (0..<20).map { "\"k\($0)\":0" }.joined(separator: ",") + ",\"k3\":1}"
        #expect(failure(many, options: .exact) != nil)
        #expect(failure(many) == nil)
    }

    @Test func documentOptionsBoundNumbersAndSkipTheByteOrderMark() throws {
        #expect(failure("1e999") == nil)
        #expect(failure("1e999", options: .document)?.reason.contains("too large") == true)
        #expect(failure(String(repeating: "1", count: 401), options: .document)?.reason.contains("longer than 400") == true)
        #expect(try JSONParser.parse("\u{FEFF}{}", options: .document) == .object([]))
        #expect(failure("\u{FEFF}{}") != nil)
    }

    @Test func rejectsTrailingTextAndEmptyInput() throws {
        #expect(failure("{} x")?.reason.contains("after the end of the JSON value") == true)
        #expect(failure("  ")?.reason.contains("empty") == true)
    }

    @Test func membersKeepEachValueAsWritten() throws {
        let members = try JSONParser.members(of: #" {"data": {"t" : "\ud800"} , "n":1.50, "s":"x\/y"} "#)
        #expect(members.map(\.key) == ["data", "n", "s"])
        #expect(members.map(\.text) == [#"{"t" : "\ud800"}"#, "1.50", #""x\/y""#])
        #expect(members[2].value == .string("x/y"))
        #expect(throws: JSONSyntaxError.self) { try JSONParser.members(of: "[1]") }
        #expect(throws: JSONSyntaxError.self) { try JSONParser.members(of: #"{"a":[}"#) }
    }
}
