import Foundation
import StrataJSON
import Testing

/// The tree decoder reads what `JSONDecoder` (default strategies) reads, and refuses what it
/// refuses with the same error case at the same coding path: every stored event is decoded by it.
@Suite struct JSONTreeDecoderTests {
    enum Kind: String, Codable, Equatable { case relational, document }

    struct Inner: Codable, Equatable {
        var name: String
        var tags: [String]
        var limit: Int8?
    }

    struct Everything: Codable, Equatable {
        var text: String
        var count: Int
        var ratio: Double
        var small: Float
        var flag: Bool
        var big: Int64
        var unsigned: UInt32
        var missing: String?
        var nothing: Int?
        var kind: Kind
        var inner: Inner
        var list: [Inner]
        var matrix: [[Double]]
        var table: [String: Int]
        var when: Date
        var bytes: Data
        var link: URL
        var optionals: [Int?]
    }

    static let sample = Everything(
        text: "a \"quoted\" é 😀 \u{2028} line\nbreak", count: -42, ratio: 0.1 + 0.2, small: 1.5, flag: true,
        big: Int64.max, unsigned: 4_000_000_000, missing: nil, nothing: nil, kind: .document,
        inner: Inner(name: "x", tags: [], limit: -128),
        list: [Inner(name: "y", tags: ["p", "q"], limit: nil), Inner(name: "", tags: [""], limit: 127)],
        matrix: [[], [1, 2.5e-10, -0.0]], table: ["b": 2, "a": 1, "": 0], when: Date(timeIntervalSinceReferenceDate: 123_456.789),
        bytes: Data([0, 1, 2, 255]), link: URL(string: "https://example.com/a?b=c")!, optionals: [1, nil, 3])

    @Test func decodesWhatJSONDecoderDecodes() throws {
        for layout in [JSONCodec.Layout.compact, .pretty, .escapedSlashes] {
            let data = try JSONCodec.encode(Self.sample, layout)
            let ours = try JSONTreeDecoder.decode(Everything.self, from: data)
            #expect(ours == Self.sample)
            #expect(ours == (try JSONDecoder().decode(Everything.self, from: data)))
            #expect(try JSONTreeDecoder.decode(Everything.self, from: String(decoding: data, as: UTF8.self)) == Self.sample)
        }
    }

    @Test func agreesOnNumbersAndScalars() {
        expectSameOutcome(Int.self, "1.0")
        expectSameOutcome(Int.self, "1e2")
        expectSameOutcome(Int.self, "1.5")
        expectSameOutcome(Int.self, "-0")
        expectSameOutcome(Int.self, "9223372036854775807")
        expectSameOutcome(Int.self, "9223372036854775808")
        expectSameOutcome(Int8.self, "300")
        expectSameOutcome(UInt.self, "-1")
        expectSameOutcome(Double.self, "1e400")
        expectSameOutcome(Double.self, "-12.5E-3")
        expectSameOutcome(Double.self, "\"1\"")
        expectSameOutcome(String.self, "1")
        expectSameOutcome(String.self, "\"\\ud83d\\ude00 \\u00e9 \\/\"")
        expectSameOutcome(Bool.self, "0")
        expectSameOutcome(Kind.self, "\"graph\"")
        expectSameOutcome(Kind.self, "\"relational\"")
        expectSameOutcome([Int?].self, "[null, 1]")
        expectSameOutcome([String: Int].self, #"{"a": 1, "a": 2}"#)
        expectSameOutcome(Inner.self, #"{"name": "first", "tags": [], "name": "last"}"#)
        expectSameOutcome(Date.self, "12.5")
        expectSameOutcome(Data.self, "\"not base64!\"")
        expectSameOutcome(URL.self, "\"relative/path\"")
    }

    @Test func refusesWithTheSameErrorAtTheSamePath() {
        expectSameOutcome(Inner.self, #"{"tags": []}"#)
        expectSameOutcome(Inner.self, #"{"name": null, "tags": []}"#)
        expectSameOutcome(Inner.self, #"{"name": "x", "tags": [1]}"#)
        expectSameOutcome(Inner.self, #"{"name": "x", "tags": ["a"], "limit": true}"#)
        expectSameOutcome(Inner.self, #"[]"#)
        expectSameOutcome([Inner].self, #"[{"name": "x", "tags": []}, {"name": "y", "tags": [null]}]"#)
        expectSameOutcome(Everything.self, #"{"text": "x"}"#)
        expectSameOutcome(Inner.self, #"{"name": "x", "tags": [],}"#)
        expectSameOutcome(Inner.self, #"{"name": "x", "tags": []} trailing"#)
        expectSameOutcome(String.self, "\"\\ud800\"")
        expectSameOutcome(Inner.self, "")
    }

    /// JSONDecoder gives an overflowing number an empty path; the tree decoder names the member.
    @Test func namesTheMemberOfANumberTooLargeForItsType() {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Inner.self, from: Data(#"{"name": "x", "tags": [], "limit": 200}"#.utf8)) }
        do {
            _ = try JSONTreeDecoder.decode(Inner.self, from: #"{"name": "x", "tags": [], "limit": 200}"#)
            Issue.record("200 decoded as an Int8")
        } catch {
            #expect(Self.shape(error) == "dataCorrupted at limit")
        }
    }

    @Test func refusesInvalidUTF8InData() {
        let bytes = Data([0x22, 0xFF, 0x22])
        #expect(throws: DecodingError.self) { try JSONTreeDecoder.decode(String.self, from: bytes) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(String.self, from: bytes) }
    }

    /// Both decoders succeed with equal values, or both fail with the same case at the same path.
    private func expectSameOutcome<T: Decodable & Equatable>(
        _ type: T.Type, _ json: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let theirs = Result { try JSONDecoder().decode(type, from: Data(json.utf8)) }
        let ours = Result { try JSONTreeDecoder.decode(type, from: json) }
        switch (theirs, ours) {
        case (.success(let expected), .success(let actual)):
            #expect(actual == expected, "\(json)", sourceLocation: sourceLocation)
        case (.failure(let expected), .failure(let actual)):
            #expect(Self.shape(actual) == Self.shape(expected), "\(json)", sourceLocation: sourceLocation)
        default:
            Issue.record("\(json): JSONDecoder gave \(theirs), the tree decoder \(ours)", sourceLocation: sourceLocation)
        }
    }

    /// The error's case, the key it names and its coding path: what callers show.
    private static func shape(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "not a DecodingError: \(error)" }
        func path(_ context: DecodingError.Context) -> String { context.codingPath.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context): return "keyNotFound \(key.stringValue) at \(path(context))"
        case .typeMismatch(_, let context): return "typeMismatch at \(path(context))"
        case .valueNotFound(_, let context): return "valueNotFound at \(path(context))"
        case .dataCorrupted(let context): return "dataCorrupted at \(path(context))"
        @unknown default: return "unknown"
        }
    }
}
