import Foundation
import StrataJSON
import StrataProfile

/// The arguments a face received for one use case, checked against the arguments it declares.
///
/// Faces that take JSON arguments (an MCP tool call) hand them over as they came; every
/// accessor checks the value's shape against its ``ArgumentType`` and reports a wrong or missing
/// one as an ``AppError`` naming the argument, so a bad call is refused with a code, never a crash.
public struct UseCaseArguments: Sendable {
    public let declared: [UseCaseArgument]
    let values: [String: JSONValue]

    /// Refuses names that no declared argument has, suggesting the nearest declared one.
    public init(_ values: [String: JSONValue], declared: [UseCaseArgument]) throws(AppError) {
        self.declared = declared
        self.values = values.filter { $0.value != .null }
        let names = declared.map(\.name)
        for name in self.values.keys.sorted() where !names.contains(name) {
            let near = FieldNameSuggestion.nearest(to: name, among: names)
            let hint = near.isEmpty ? "the arguments are: \(names.joined(separator: ", "))" : "did you mean '\(near[0])'?"
            throw AppError(.invalidInput, "unknown argument '\(name)'", subject: .field(AppError.Field(rawValue: name)), remedy: .advice(hint))
        }
        for argument in declared where argument.required && self.values[argument.name] == nil {
            throw Self.missing(argument)
        }
    }

    /// A string argument, nil when absent; a choice must be one of its spellings.
    public func string(_ name: String) throws(AppError) -> String? {
        guard let value = values[name] else { return nil }
        let argument = try self.argument(name)
        guard case .string(let text) = value else { throw Self.wrongShape(argument, value) }
        if case .choice(let allowed) = argument.type.shape, !allowed.contains(text) {
            throw AppError(
                .unknownValue, "'\(text)' is not \(argument.type.noun) here; expected one of \(allowed.joined(separator: ", "))",
                subject: .field(AppError.Field(rawValue: name)), remedy: .provide(AppError.Field(rawValue: name)))
        }
        return text
    }

    /// A string argument that must be given.
    public func required(_ name: String) throws(AppError) -> String {
        guard let text = try string(name) else { throw Self.missing(try argument(name)) }
        return text
    }

    public func number(_ name: String) throws(AppError) -> Double? {
        guard let value = values[name] else { return nil }
        guard case .number(let number) = value else { throw Self.wrongShape(try argument(name), value) }
        return number.value
    }

    public func integer(_ name: String) throws(AppError) -> Int? {
        guard let value = values[name] else { return nil }
        guard case .number(let number) = value, let integer = number.integerValue else { throw Self.wrongShape(try argument(name), value) }
        return integer
    }

    public func bool(_ name: String) throws(AppError) -> Bool? {
        guard let value = values[name] else { return nil }
        guard case .bool(let flag) = value else { throw Self.wrongShape(try argument(name), value) }
        return flag
    }

    public func strings(_ name: String) throws(AppError) -> [String]? {
        guard let value = values[name] else { return nil }
        guard case .array(let items) = value else { throw Self.wrongShape(try argument(name), value) }
        var out: [String] = []
        for item in items {
            guard case .string(let text) = item else { throw Self.wrongShape(try argument(name), value) }
            out.append(text)
        }
        return out
    }

    /// An object argument as JSON bytes, for the use case's own parser (a profile, a decision).
    public func object(_ name: String) throws(AppError) -> Data? {
        guard let value = values[name] else { return nil }
        guard case .object = value else { throw Self.wrongShape(try argument(name), value) }
        return Data(JSONWriter.compact(value).utf8)
    }

    private func argument(_ name: String) throws(AppError) -> UseCaseArgument {
        guard let argument = declared.first(where: { $0.name == name }) else {
            preconditionFailure("a use case read argument '\(name)' it does not declare")
        }
        return argument
    }

    private static func missing(_ argument: UseCaseArgument) -> AppError {
        AppError(
            .invalidInput, "argument '\(argument.name)' (\(argument.type.noun)) is required",
            subject: .field(AppError.Field(rawValue: argument.name)), remedy: .provide(AppError.Field(rawValue: argument.name)))
    }

    private static func wrongShape(_ argument: UseCaseArgument, _ value: JSONValue) -> AppError {
        AppError(
            .invalidInput, "argument '\(argument.name)' must be \(argument.type.noun), not \(value.typeName)",
            subject: .field(AppError.Field(rawValue: argument.name)), remedy: .provide(AppError.Field(rawValue: argument.name)))
    }
}
