import Foundation
import StrataJSON
import StrataProfile

/// A workload profile as a web form: the fields to show, read from the profile's schema, and
/// the filled-in form turned back into profile JSON for the same parser and advisor the CLI's
/// `strata advise --workload FILE` uses.
///
/// The form adds no rule of its own: it writes what was typed into JSON (a number that does
/// not read as one stays a string) and lets the profile validator refuse it with its stable
/// code and field, so a page and a file are judged alike.
public struct ProfileForm: Sendable, Equatable {
    /// One input of the form.
    public struct Field: Sendable, Equatable {
        /// What kind of control the field needs.
        public enum Kind: Sendable, Equatable {
            case text, longText, number, integer
            /// Unset, yes or no: leaving a flag out differs from declaring it false.
            case flag
            /// One of the values, or unset.
            case choice([String])
            /// Any of the values.
            case choices([String])
        }

        /// The profile's JSON name, also the form control's name.
        public var name: String
        public var kind: Kind
        public var required: Bool
        /// What the field means, from the profile template.
        public var meaning: String?
    }

    /// Every field, in the schema's order.
    public var fields: [Field]

    /// The form of the workload profile schema.
    public static let profile = ProfileForm(schema: ProfileJSONSchema.value)

    init(schema: JSONValue) {
        let required = Set(schema["required"].map(Self.strings) ?? [])
        guard case .object(let properties)? = schema["properties"] else { fields = []; return }
        fields = properties.map { member in
            let shape = member.value
            let kind: Field.Kind = switch (Self.text(shape["type"]), shape["enum"], shape["items"]?["enum"]) {
            case (_, let values?, _): .choice(Self.strings(values))
            case ("array", _, let values?): .choices(Self.strings(values))
            case ("number", _, _): .number
            case ("integer", _, _): .integer
            case ("boolean", _, _): .flag
            default: Self.number(shape["maxLength"]) ?? 0 > 200 ? .longText : .text
            }
            return Field(name: member.key, kind: kind, required: required.contains(member.key), meaning: Self.text(shape["description"]))
        }
    }

    /// The profile JSON a filled-in form stands for: empty controls are left out; each value of
    /// a multiple choice is one entry of `values[name]`.
    public func json(_ values: [String: [String]]) -> JSONValue {
        var members: [JSONMember] = []
        for field in fields {
            let given = (values[field.name] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            guard let first = given.first else { continue }
            let value: JSONValue
            switch field.kind {
            case .choices: value = .array(given.map(JSONValue.string))
            case .number, .integer:
                // Read as JSON reads a number, so `+5`, `.5` or `NaN` stay text for the validator to refuse.
                if case .number(let number)? = try? JSONParser.parse(first) { value = .number(number) } else { value = .string(first) }
            case .flag: value = first == "yes" ? .bool(true) : first == "no" ? .bool(false) : .string(first)
            case .text, .longText, .choice: value = .string(first)
            }
            members.append(JSONMember(field.name, value))
        }
        return .object(members)
    }

    private static func strings(_ value: JSONValue) -> [String] {
        guard case .array(let items) = value else { return [] }
        return items.compactMap(text)
    }

    private static func text(_ value: JSONValue?) -> String? {
        if case .string(let text)? = value { return text }
        return nil
    }

    private static func number(_ value: JSONValue?) -> Int? {
        if case .number(let number)? = value { return number.integerValue }
        return nil
    }
}

extension StrataStore {
    /// Ranks technologies for a profile filled in a form, exactly as ``advise(profile:source:)``
    /// ranks one read from a file.
    public static func advise(form values: [String: [String]]) throws(AppError) -> AdviceResult {
        let json = JSONWriter.compact(ProfileForm.profile.json(values))
        return try advise(profile: Data(json.utf8), source: "the form")
    }
}
