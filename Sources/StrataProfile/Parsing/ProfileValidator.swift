import StrataJSON

/// Checks a parsed document against ``ProfileSchema``.
///
/// Problems are reported in document order (the first bad field a reader
/// would reach), then missing required fields. Checking happens before any
/// decoding, so the decoder only ever sees well-typed, in-range values.
enum ProfileValidator {
    /// Throws the first violation found in `document`.
    static func validate(_ document: JSONValue) throws(ProfileError) {
        guard case .object(let members) = document else {
            throw ProfileError(
                .notAnObject, found: document.typeName, expected: "a JSON object such as {\"name\": …}",
                remedy: "Wrap the profile's fields in one JSON object.")
        }
        for member in members {
            guard let field = ProfileSchema.field(named: member.key) else {
                throw unknownField(member)
            }
            try check(member.value, against: field.constraint, path: member.key)
        }
        let present = Set(members.map(\.key))
        if let missing = ProfileSchema.required.first(where: { !present.contains($0) }) {
            throw ProfileError(
                .missingField, path: missing, found: "nothing",
                expected: missingExpectation(missing), remedy: "Add the field and try again.")
        }
    }

    private static func unknownField(_ member: JSONMember) -> ProfileError {
        let names = ProfileSchema.fields.map(\.name)
        let hint = FieldNameSuggestion.closest(to: member.key, among: names)
            .map { "Did you mean '\($0)'? " } ?? ""
        return ProfileError(
            .unknownField, path: member.key, found: "a field the schema does not define",
            expected: "only the schema's fields (\(names.joined(separator: ", ")))",
            remedy: "\(hint)Rename or remove it.")
    }

    private static func missingExpectation(_ name: String) -> String {
        name == "accessPatterns"
            ? "a list of at least one access pattern, e.g. [\"key-lookup\"]"
            : "a non-empty string"
    }

    static func check(
        _ value: JSONValue, against constraint: ProfileSchema.Constraint, path: String
    ) throws(ProfileError) {
        switch constraint {
        case .text(let minLength, let maxLength):
            try ScalarChecks.text(value, minLength: minLength, maxLength: maxLength, path: path)
        case .number(let exclusive):
            try ScalarChecks.number(value, exclusiveMinimum: exclusive, path: path)
        case .integer(let minimum):
            try ScalarChecks.integer(value, minimum: minimum, path: path)
        case .boolean:
            try ScalarChecks.boolean(value, path: path)
        case .choice(let allowed):
            try ScalarChecks.choice(value, allowed: allowed, path: path)
        case .choices(let allowed, let minItems):
            try ScalarChecks.choices(value, allowed: allowed, minItems: minItems, path: path)
        }
    }
}
