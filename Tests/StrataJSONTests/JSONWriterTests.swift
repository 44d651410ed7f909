import Foundation
import StrataJSON
import Testing

/// The one writer: quoting, compact, pretty and canonical output, verbatim embedding, and
/// fixed-order objects.
@Suite struct JSONWriterTests {
    /// Stored event metadata has always been quoted this way; its bytes are hashed into the chain.
    @Test func quotesStringsLineSafe() throws {
        let awkward = "a\"b\\c\nd\u{1}e\u{2028}f/é\u{8}\u{7F}\u{2029}\t\r"
        let quoted = JSONString.quoted(awkward)
        #expect(JSONValidation.isValid(quoted))
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == awkward)
        #expect(quoted == "\"a\\\"b\\\\c\\nd\\u0001e\\u2028f/é\\u0008\\u007f\\u2029\\t\\r\"")
    }

    /// Canonical profiles were always quoted with only the required escapes and short forms.
    @Test func quotesStringsCanonically() throws {
        let quoted = JSONString.quoted("a\"\u{8}\u{C}\u{1F}\u{7F}\u{2028}/", style: .canonical)
        #expect(quoted == "\"a\\\"\\b\\f\\u001f\u{7F}\u{2028}/\"")
        #expect(try JSONParser.parse(quoted) == .string("a\"\u{8}\u{C}\u{1F}\u{7F}\u{2028}/"))
    }

    /// The quoter copies runs that need no escape whole; on text mixing every escaped character
    /// with multi-byte neighbours (U+2027 and U+20AC share U+2028's first bytes) it writes what
    /// quoting one scalar at a time writes, in both styles.
    @Test func quotingRunsWholeAgreesWithQuotingEachScalar() {
        let alphabet: [Unicode.Scalar] = [
            "a", " ", "/", "\"", "\\", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1F}", "\u{7F}",
            "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{20AC}", "é", "😀", "\u{E000}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = String.UnicodeScalarView()
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 60) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            for style in [JSONString.Style.lineSafe, .canonical] {
                #expect(JSONString.quoted(String(text), style: style) == Self.quotedScalarByScalar(String(text), style: style))
            }
        }
    }

    /// The quoting rules spelled one scalar at a time, as the quoter was first written.
    private static func quotedScalarByScalar(_ text: String, style: JSONString.Style) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}" where style == .canonical: out += "\\b"
            case "\u{0C}" where style == .canonical: out += "\\f"
            case _ where scalar.value < 0x20
                || (style == .lineSafe && (scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029)):
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func canonicalSortsByBytesAndSpellsNumbersMinimally() throws {
        let value = try JSONParser.parse(#"{"b": [2.0, 120.50, 1e2, -0.0], "a": "x", "B": null, "é": true}"#)
        #expect(JSONWriter.canonical(value) == #"{"B":null,"a":"x","b":[2,120.5,100,0],"é":true}"#)
        #expect(JSONWriter.canonical(try JSONParser.parse(JSONWriter.canonical(value))) == JSONWriter.canonical(value))
    }

    @Test func compactKeepsOrderAndLexemes() throws {
        let text = #"{"b":[1.50,true,null],"a":{"c":"\u00e9"}}"#
        #expect(JSONWriter.compact(try JSONParser.parse(text)) == #"{"b":[1.50,true,null],"a":{"c":"é"}}"#)
    }

    @Test func prettyMatchesJSONEncoderLayout() throws {
        struct Sample: Encodable { var a = [1, 2]; var b = ["c": "d"]; var e = "f" }
        let encoded = try JSONCodec.text(Sample(), .pretty)
        #expect(JSONWriter.pretty(try JSONParser.parse(encoded)) == encoded)
    }

    @Test func embedsValidJSONVerbatimOnOneLine() throws {
        let payload = "{\n  \"a\" : \"x\\ny\",\r\n  \"b\":[1.0,\"\\ud800\"]\n}"
        let embedded = JSONWriter.embeddable(payload)
        #expect(embedded == "{   \"a\" : \"x\\ny\",    \"b\":[1.0,\"\\ud800\"] }")
        #expect(JSONWriter.embeddable(#"{"a":1}"#) == #"{"a":1}"#)
        var line = JSONObjectBuilder()
        line.add("data", verbatim: payload)
        #expect(line.json == "{\"data\":\(embedded)}")
        #expect(JSONValidation.isValid(line.json))
    }

    /// `EventMetadata.json` is written through the builder; these are its stored bytes.
    @Test func objectBuilderWritesMembersInOrder() throws {
        var object = JSONObjectBuilder()
        object.add("actor", "ana \"the\" admin")
        object.add("commandID", "c/1")
        object.addIfPresent("correlationID", nil)
        object.addIfPresent("causationID", "e\u{2028}")
        object.add("toolVersion", "0.1.0")
        #expect(object.json == #"{"actor":"ana \"the\" admin","commandID":"c/1","causationID":"e\u2028","toolVersion":"0.1.0"}"#)
        var nested = JSONObjectBuilder()
        nested.add("n", Int64(7))
        nested.add("ok", false)
        var outer = JSONObjectBuilder()
        outer.add("list", ["x", "y"])
        outer.add("one", nested)
        outer.add("many", [nested, JSONObjectBuilder()])
        outer.add("value", JSONValue.array([.null, .number(1.5)]))
        #expect(outer.json == #"{"list":["x","y"],"one":{"n":7,"ok":false},"many":[{"n":7,"ok":false},{}],"value":[null,1.5]}"#)
        #expect(JSONObjectBuilder().json == "{}")
    }
}
