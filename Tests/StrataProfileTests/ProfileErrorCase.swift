import StrataProfile

/// A profile document that must be rejected, with the error it must produce.
struct ProfileErrorCase: Sendable, CustomStringConvertible {
    let label: String
    let json: String
    let code: ProfileError.Code
    let path: String?
    /// Text the one-line message must contain (the value given, what was expected).
    let mentions: [String]

    var description: String { label }

    static let all: [ProfileErrorCase] = [
        .init(label: "missing name", json: #"{"accessPatterns": ["document"]}"#, code: .missingField, path: "name", mentions: ["got nothing"]),
        .init(label: "missing accessPatterns", json: #"{"name": "a"}"#, code: .missingField, path: "accessPatterns", mentions: ["at least one access pattern"]),
        .init(label: "unknown top-level field", json: #"{"name": "a", "accessPatterns": ["cache"], "readsPerSec": 5}"#, code: .unknownField, path: "readsPerSec", mentions: ["Did you mean 'readsPerSecond'?"]),
        .init(label: "integer given a fraction", json: #"{"name": "a", "accessPatterns": ["cache"], "concurrentWriters": 2.5}"#, code: .wrongType, path: "concurrentWriters", mentions: ["2.5", "an integer"]),
        .init(label: "boolean where a number belongs", json: #"{"name": "a", "accessPatterns": ["cache"], "readsPerSecond": true}"#, code: .wrongType, path: "readsPerSecond", mentions: ["true", "a number"]),
        .init(label: "number where a string belongs", json: #"{"name": 5, "accessPatterns": ["cache"]}"#, code: .wrongType, path: "name", mentions: ["5 (a number)", "a string"]),
        .init(label: "string where a boolean belongs", json: #"{"name": "a", "accessPatterns": ["cache"], "ephemeral": "yes"}"#, code: .wrongType, path: "ephemeral", mentions: ["\"yes\"", "true or false"]),
        .init(label: "string where an array belongs", json: #"{"name": "a", "accessPatterns": "document"}"#, code: .wrongType, path: "accessPatterns", mentions: ["an array"]),
        .init(label: "null value", json: #"{"name": "a", "accessPatterns": ["cache"], "budget": null}"#, code: .wrongType, path: "budget", mentions: ["null", "one of low, standard, premium"]),
        .init(label: "negative number", json: #"{"name": "a", "accessPatterns": ["cache"], "dataSizeGB": -1}"#, code: .outOfRange, path: "dataSizeGB", mentions: ["-1", "at least 0"]),
        .init(label: "exclusive minimum", json: #"{"name": "a", "accessPatterns": ["cache"], "latencyP99Ms": 0}"#, code: .outOfRange, path: "latencyP99Ms", mentions: ["greater than 0"]),
        .init(label: "integer minimum 1", json: #"{"name": "a", "accessPatterns": ["vector-similarity"], "vectorDimensions": 0}"#, code: .outOfRange, path: "vectorDimensions", mentions: ["at least 1"]),
        .init(label: "integer too large", json: #"{"name": "a", "accessPatterns": ["cache"], "vectorCount": 1e30}"#, code: .outOfRange, path: "vectorCount", mentions: ["1e30", "64 bits"]),
        .init(label: "empty name", json: #"{"name": "", "accessPatterns": ["cache"]}"#, code: .badLength, path: "name", mentions: ["0 character", "1 to 200"]),
        .init(label: "long context", json: "{\"name\": \"a\", \"accessPatterns\": [\"cache\"], \"context\": \"\(String(repeating: "c", count: 201))\"}", code: .badLength, path: "context", mentions: ["201 character"]),
        .init(label: "enum value", json: #"{"name": "a", "accessPatterns": ["cache"], "structure": "fluid"}"#, code: .notAllowed, path: "structure", mentions: ["\"fluid\"", "rigid, evolving, schemaless"]),
        .init(label: "enum item in a list", json: #"{"name": "a", "accessPatterns": ["cache", "document", "keylookup"]}"#, code: .notAllowed, path: "accessPatterns[2]", mentions: ["Did you mean \"key-lookup\"?"]),
        .init(label: "unknown technology", json: #"{"name": "a", "accessPatterns": ["cache"], "existingStores": ["oracle"]}"#, code: .notAllowed, path: "existingStores[0]", mentions: ["\"oracle\"", "postgresql"]),
        .init(label: "too few items", json: #"{"name": "a", "accessPatterns": []}"#, code: .tooFewItems, path: "accessPatterns", mentions: ["an empty array", "at least 1 item"]),
        .init(label: "repeated item", json: #"{"name": "a", "accessPatterns": ["document", "document"]}"#, code: .duplicateItem, path: "accessPatterns[1]", mentions: ["repeats accessPatterns[0]"]),
        .init(label: "repeated need", json: #"{"name": "a", "accessPatterns": ["cache"], "needs": ["ttl", "sql", "ttl"]}"#, code: .duplicateItem, path: "needs[2]", mentions: ["\"ttl\""]),
        .init(label: "not an object", json: #"["name"]"#, code: .notAnObject, path: nil, mentions: ["an array", "a JSON object"]),
        .init(label: "truncated JSON", json: "{\"name\": \"a\",\n  \"accessPatterns\": [\"cache\"", code: .malformedJSON, path: nil, mentions: ["line 2", "',' or ']'"]),
        .init(label: "duplicate key", json: #"{"name": "a", "name": "b", "accessPatterns": ["cache"]}"#, code: .malformedJSON, path: nil, mentions: ["appears twice", "column 15"]),
        .init(label: "trailing content", json: #"{"name": "a", "accessPatterns": ["cache"]} x"#, code: .malformedJSON, path: nil, mentions: ["after the end"]),
        .init(label: "leading zero", json: #"{"name": "a", "accessPatterns": ["cache"], "readsPerSecond": 012}"#, code: .malformedJSON, path: nil, mentions: ["leading zeros"]),
        .init(label: "non-finite number", json: #"{"name": "a", "accessPatterns": ["cache"], "readsPerSecond": 1e400}"#, code: .malformedJSON, path: nil, mentions: ["too large"]),
        .init(label: "bare NaN", json: #"{"name": "a", "accessPatterns": ["cache"], "readsPerSecond": NaN}"#, code: .malformedJSON, path: nil, mentions: ["expected a value"]),
        .init(label: "raw control character", json: "{\"name\": \"a\tb\", \"accessPatterns\": [\"cache\"]}", code: .malformedJSON, path: nil, mentions: ["must be escaped"]),
        .init(label: "lone surrogate", json: #"{"name": "\ud800", "accessPatterns": ["cache"]}"#, code: .malformedJSON, path: nil, mentions: ["surrogate"]),
        .init(label: "unknown field with a newline in its name", json: #"{"name": "a", "accessPatterns": ["cache"], "bad\nkey": 1}"#, code: .unknownField, path: "bad\nkey", mentions: ["field 'bad\\nkey'"]),
        .init(label: "empty input", json: "   ", code: .malformedJSON, path: nil, mentions: ["empty"]),
    ]
}
