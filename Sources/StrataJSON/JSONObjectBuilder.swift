/// Writes one JSON object with members in the order they are added.
///
/// For objects whose key order is part of their bytes (event metadata, `strata events
/// --json` lines): every value goes through ``JSONString`` or ``JSONWriter``, so no caller
/// builds JSON by concatenating strings.
public struct JSONObjectBuilder: Sendable {
    private var text = "{"

    public init() {}

    /// The object written so far, closed.
    public var json: String { text + "}" }

    /// Adds a string member.
    public mutating func add(_ key: String, _ value: String) {
        addKey(key)
        text += "\""
        JSONString.append(value, style: .lineSafe, to: &text)
        text += "\""
    }

    /// Adds a string member when `value` is present; nothing otherwise.
    public mutating func addIfPresent(_ key: String, _ value: String?) {
        if let value { add(key, value) }
    }

    /// Adds an integer member.
    public mutating func add(_ key: String, _ value: some BinaryInteger) { add(key, rawJSON: String(value)) }

    /// Adds a boolean member.
    public mutating func add(_ key: String, _ value: Bool) { add(key, rawJSON: value ? "true" : "false") }

    /// Adds an array of strings.
    public mutating func add(_ key: String, _ values: [String]) {
        add(key, .array(values.map(JSONValue.string)))
    }

    /// Adds any value, compact.
    public mutating func add(_ key: String, _ value: JSONValue) { add(key, rawJSON: JSONWriter.compact(value)) }

    /// Adds a nested object built separately.
    public mutating func add(_ key: String, _ object: JSONObjectBuilder) { add(key, rawJSON: object.json) }

    /// Adds an array of objects built separately.
    public mutating func add(_ key: String, _ objects: [JSONObjectBuilder]) {
        add(key, rawJSON: "[" + objects.map(\.json).joined(separator: ",") + "]")
    }

    /// Adds an already-valid JSON text byte for byte (a stored payload), line breaks made spaces.
    public mutating func add(_ key: String, verbatim json: String) { add(key, rawJSON: JSONWriter.embeddable(json)) }

    private mutating func add(_ key: String, rawJSON: String) {
        addKey(key)
        text += rawJSON
    }

    /// Writes the separator, the quoted key and the colon.
    private mutating func addKey(_ key: String) {
        if text.utf8.count > 1 { text += "," }
        text += "\""
        JSONString.append(key, style: .lineSafe, to: &text)
        text += "\":"
    }
}
