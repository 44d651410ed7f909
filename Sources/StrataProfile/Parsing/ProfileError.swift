import StrataJSON

/// Why a workload profile was rejected.
///
/// One error per rejection, describing the first problem in document order.
/// ``description`` is a single line meant for the terminal: it names the
/// field (or the line and column for broken JSON), the value that was given,
/// what the schema expects, and what to do. Match on ``code`` and ``path`` in
/// code, never on the text, which may be reworded.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The kind of problem; an open set so new checks do not break callers.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        /// The code's stable spelling, e.g. `unknown-field`.
        public let rawValue: String
        /// Wraps a spelling; prefer the predefined constants.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// The spelling, for logs.
        public var description: String { rawValue }

        /// The input is larger than ``WorkloadProfile/maximumInputBytes``.
        public static let tooLarge = Code(rawValue: "too-large")
        /// The input is not well-formed JSON (or not UTF-8, or nested too deeply).
        public static let malformedJSON = Code(rawValue: "malformed-json")
        /// The document is valid JSON but not an object.
        public static let notAnObject = Code(rawValue: "not-an-object")
        /// A required field is absent.
        public static let missingField = Code(rawValue: "missing-field")
        /// A field the schema does not define (`additionalProperties: false`).
        public static let unknownField = Code(rawValue: "unknown-field")
        /// The JSON type is wrong (a string where a number belongs, `2.5` for an integer).
        public static let wrongType = Code(rawValue: "wrong-type")
        /// A number is below its minimum or not above its exclusive minimum.
        public static let outOfRange = Code(rawValue: "out-of-range")
        /// A string is shorter than `minLength` or longer than `maxLength`.
        public static let badLength = Code(rawValue: "bad-length")
        /// A value is not one of the schema's enumerated values.
        public static let notAllowed = Code(rawValue: "not-allowed")
        /// An array has fewer items than `minItems`.
        public static let tooFewItems = Code(rawValue: "too-few-items")
        /// An array repeats an item although `uniqueItems` is set.
        public static let duplicateItem = Code(rawValue: "duplicate-item")
    }

    /// Line and column (both from 1) of a syntax problem.
    public struct Location: Sendable, Equatable {
        /// Line number, from 1.
        public let line: Int
        /// Column in characters, from 1.
        public let column: Int
        /// Offset in bytes from the start of the input, from 0.
        public let byteOffset: Int
    }

    /// What kind of problem this is.
    public let code: Code
    /// The field path, e.g. `accessPatterns[2]`; `nil` for document-level problems.
    public let path: String?
    /// Where in the text a syntax problem is; `nil` for schema problems.
    public let location: Location?
    /// The value as given, rendered briefly (`2.5`, `"keylookup"`); `nil` when absent.
    public let found: String?
    /// What the schema expects instead.
    public let expected: String
    /// The next step for the user.
    public let remedy: String

    /// The one-line message shown to the user.
    public var description: String {
        var subject = "Workload profile"
        if let path { subject += " field '\(Self.printable(path))'" }
        if let location { subject += " at line \(location.line), column \(location.column)" }
        let given = found.map { "got \($0), " } ?? ""
        return "\(subject): \(given)expected \(expected). \(remedy)"
    }

    /// A field name safe for a one-line message: control characters escaped,
    /// very long names shortened.
    static func printable(_ name: String) -> String {
        let escaped = String(JSONString.quoted(name, style: .canonical).dropFirst().dropLast())
        return escaped.count <= 80 ? escaped : String(escaped.prefix(80)) + "…"
    }

    init(
        _ code: Code, path: String? = nil, location: Location? = nil,
        found: String?, expected: String, remedy: String
    ) {
        self.code = code
        self.path = path
        self.location = location
        self.found = found
        self.expected = expected
        self.remedy = remedy
    }
}
