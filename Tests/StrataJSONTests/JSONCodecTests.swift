import Foundation
import StrataJSON
import Testing

/// The one `Codable` configuration: sorted keys, unescaped slashes, optional pretty printing.
@Suite struct JSONCodecTests {
    struct Sample: Codable, Equatable {
        var zeta = "a/b"
        var alpha = 1
        var middle: [String: Int] = ["y": 2, "x": 1]
    }

    @Test func compactSortsKeysAndKeepsSlashes() throws {
        #expect(try JSONCodec.text(Sample()) == #"{"alpha":1,"middle":{"x":1,"y":2},"zeta":"a/b"}"#)
    }

    @Test func prettyIndents() throws {
        let pretty = try JSONCodec.text(Sample(), .pretty)
        #expect(pretty.hasPrefix("{\n  \"alpha\" : 1,\n"))
        #expect(pretty.contains(#""zeta" : "a/b""#))
    }

    /// Kept for stored import fingerprints and published HTML, which were written this way.
    @Test func escapedSlashesIsFoundationsDefault() throws {
        #expect(try JSONCodec.text(Sample(), .escapedSlashes) == #"{"alpha":1,"middle":{"x":1,"y":2},"zeta":"a\/b"}"#)
    }

    @Test func nonFiniteNumbersOnlyAsStringsWhenAsked() throws {
        #expect(throws: (any Error).self) { try JSONCodec.encoder().encode([Double.infinity]) }
        let data = try JSONCodec.encoder(nonFiniteAsStrings: true).encode([Double.infinity, -.infinity])
        #expect(String(decoding: data, as: UTF8.self) == #"["Infinity","-Infinity"]"#)
    }

    @Test func decodesWhatItEncodes() throws {
        #expect(try JSONCodec.decode(Sample.self, from: JSONCodec.encode(Sample())) == Sample())
        #expect(try JSONCodec.decode(Sample.self, from: JSONCodec.text(Sample(), .pretty)) == Sample())
    }
}
