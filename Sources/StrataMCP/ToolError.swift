import Foundation
import MCP
import StrataApp

/// An ``AppError`` as a tool result: `isError`, one line of text for the model, and the error
/// as structured content (`code`, `category`, `message`, `subject`, `remedy`) for code to match.
enum ToolError {
    static func result(_ error: AppError) -> CallTool.Result {
        let line = "error: \(message(error)) [\(error.code.rawValue)]"
        let structured: Value = .object(["error": payload(error)])
        return CallTool.Result(content: [.text(text: line, annotations: nil, _meta: nil)], structuredContent: Optional(structured), isError: true)
    }

    static func payload(_ error: AppError) -> Value {
        var object: [String: Value] = [
            "code": .string(error.code.rawValue),
            "category": .string(error.category.rawValue),
            "message": .string(error.message),
        ]
        if let subject = error.subject, let value = try? ValueBridge.value(subject) { object["subject"] = value }
        if let remedy = error.remedy { object["remedy"] = .string(wording(remedy)) }
        return .object(object)
    }

    /// The message with the remedy worded for an agent: arguments and tools, not flags.
    static func message(_ error: AppError) -> String {
        guard let remedy = error.remedy else { return error.message }
        return "\(error.message); \(wording(remedy))"
    }

    static func wording(_ remedy: AppError.Remedy) -> String {
        switch remedy {
        case .provide(let field): "give the argument '\(field.rawValue)'"
        case .listKnown(let kind): "call \(listingTool(kind)) to see the known \(kind.noun)s and use one of their ids"
        case .perform(.listRules): "call explain_rule without an id to list the rules"
        default: remedy.neutralText
        }
    }

    private static func listingTool(_ kind: EntityKind) -> String {
        switch kind {
        case .decision: "list_decisions"
        case .measurement: "measurements"
        default: "architecture"
        }
    }
}
