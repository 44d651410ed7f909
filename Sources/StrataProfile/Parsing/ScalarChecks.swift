import StrataJSON

/// The per-type checks behind ``ProfileValidator``, one function per
/// constraint kind, each throwing a message that names the field.
enum ScalarChecks {
    static let fixRemedy = "Correct the value and try again."

    static func text(_ value: JSONValue, minLength: Int, maxLength: Int, path: String) throws(ProfileError) {
        guard case .string(let text) = value else {
            throw wrongType(value, expected: "a string", path: path)
        }
        let length = text.unicodeScalars.count
        guard length >= minLength, length <= maxLength else {
            let bounds = minLength > 0 ? "\(minLength) to \(maxLength)" : "at most \(maxLength)"
            throw ProfileError(
                .badLength, path: path, found: "a string of \(length) character(s)",
                expected: "\(bounds) characters", remedy: fixRemedy)
        }
    }

    static func number(_ value: JSONValue, exclusiveMinimum: Bool, path: String) throws(ProfileError) {
        guard case .number(let number) = value else {
            throw wrongType(value, expected: "a number", path: path)
        }
        let inRange = exclusiveMinimum ? number.value > 0 : number.value >= 0
        guard inRange else {
            throw ProfileError(
                .outOfRange, path: path, found: value.briefDescription,
                expected: exclusiveMinimum ? "a number greater than 0" : "a number of at least 0",
                remedy: fixRemedy)
        }
    }

    static func integer(_ value: JSONValue, minimum: Int, path: String) throws(ProfileError) {
        let expectation = "an integer of at least \(minimum)"
        guard case .number(let number) = value else {
            throw wrongType(value, expected: expectation, path: path)
        }
        guard number.isIntegral else {
            throw ProfileError(
                .wrongType, path: path, found: "\(number.lexeme) (a number with a fraction)",
                expected: expectation, remedy: fixRemedy)
        }
        guard let integer = number.integerValue, integer >= minimum else {
            throw ProfileError(
                .outOfRange, path: path, found: value.briefDescription,
                expected: number.value < Double(minimum) ? expectation : "\(expectation) that fits in 64 bits",
                remedy: fixRemedy)
        }
    }

    static func boolean(_ value: JSONValue, path: String) throws(ProfileError) {
        guard case .bool = value else {
            throw wrongType(value, expected: "true or false", path: path)
        }
    }

    static func choice(_ value: JSONValue, allowed: [String], path: String) throws(ProfileError) {
        guard case .string(let text) = value else {
            throw wrongType(value, expected: "one of \(allowed.joined(separator: ", "))", path: path)
        }
        guard allowed.contains(text) else {
            let hint = FieldNameSuggestion.closest(to: text, among: allowed).map { "Did you mean \"\($0)\"? " } ?? ""
            throw ProfileError(
                .notAllowed, path: path, found: value.briefDescription,
                expected: "one of \(allowed.joined(separator: ", "))", remedy: hint + fixRemedy)
        }
    }

    static func choices(_ value: JSONValue, allowed: [String], minItems: Int, path: String) throws(ProfileError) {
        guard case .array(let items) = value else {
            throw wrongType(value, expected: "an array of distinct values from: \(allowed.joined(separator: ", "))", path: path)
        }
        guard items.count >= minItems else {
            throw ProfileError(
                .tooFewItems, path: path, found: value.briefDescription,
                expected: "at least \(minItems) item(s)", remedy: "Add at least one value and try again.")
        }
        var seen: [JSONValue] = []
        for (position, item) in items.enumerated() {
            let itemPath = "\(path)[\(position)]"
            try choice(item, allowed: allowed, path: itemPath)
            if let first = seen.firstIndex(of: item) {
                throw ProfileError(
                    .duplicateItem, path: itemPath, found: item.briefDescription,
                    expected: "distinct items, but it repeats \(path)[\(first)]",
                    remedy: "Remove the repeated value and try again.")
            }
            seen.append(item)
        }
    }

    private static func wrongType(_ value: JSONValue, expected: String, path: String) -> ProfileError {
        ProfileError(
            .wrongType, path: path, found: "\(value.briefDescription) (\(value.typeName))",
            expected: expected, remedy: fixRemedy)
    }
}
