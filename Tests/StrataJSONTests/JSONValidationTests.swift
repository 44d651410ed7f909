import Foundation
import Testing
import Strata

/// The append path's yes/no JSON check (RFC 8259), which never builds the value.
@Suite struct JSONSyntaxTests {
    @Test(arguments: [
        "{}", "[]", "0", "-0", "1.5e-3", "1E+2", "\"\"", "\"\\u00e9\\n\\/\"", "true", "false", "null",
        " \t\n{ \"a\" : [ 1 , { \"b\" : null } ] }\r\n", "\"日本語 🚀\"", "[[[[]]]]",
    ])
    func accepts(text: String) {
        #expect(JSONSyntax.isValid(text))
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", "{\"a\":1,}", "{a:1}", "{'a':1}", "01", "1.", ".5", "+1", "1e", "--1",
        "tru", "nul", "\"unterminated", "\"bad \\x escape\"", "\"\\u12G4\"", "\"raw\ttab\"", "{} {}", "[1] x",
        "NaN", "Infinity",
    ])
    func rejects(text: String) {
        #expect(!JSONSyntax.isValid(text))
    }

    @Test func capsNesting() {
        let depth = JSONSyntax.maximumDepth
        #expect(JSONSyntax.isValid(String(repeating: "[", count: depth) + String(repeating: "]", count: depth)))
        #expect(!JSONSyntax.isValid(String(repeating: "[", count: depth + 1) + String(repeating: "]", count: depth + 1)))
        #expect(!JSONSyntax.isValid(String(repeating: "[", count: 100_000)))
    }

    @Test func quotesStringsForJSON() throws {
        let awkward = "a\"b\\c\nd\u{1}e\u{2028}f/é"
        let quoted = JSONText.quote(awkward)
        #expect(JSONSyntax.isValid(quoted))
        #expect(try JSONDecoder().decode(String.self, from: Data(quoted.utf8)) == awkward)
        #expect(quoted == "\"a\\\"b\\\\c\\nd\\u0001e\\u2028f/é\"")
    }
}
