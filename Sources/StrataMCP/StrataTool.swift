import Foundation
import MCP
import StrataApp

/// One MCP tool: its name, what it is for, the arguments it declares and the use case it runs.
///
/// The input schema is generated from ``arguments``, the same list the call's arguments are
/// checked against (``UseCaseArguments``), so the schema cannot announce what the tool refuses.
struct StrataTool: Sendable {
    let name: String
    let title: String
    let description: String
    let access: ToolAccess
    let arguments: [UseCaseArgument]
    /// Runs the use case and returns its result, which is rendered as JSON.
    let run: @Sendable (ToolCall) async throws(AppError) -> any Encodable & Sendable

    init(
        _ name: String, _ title: String, _ description: String, access: ToolAccess, arguments: [UseCaseArgument],
        run: @escaping @Sendable (ToolCall) async throws(AppError) -> any Encodable & Sendable
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.access = access
        self.arguments = access == .read ? arguments : arguments + Self.writeArguments(access)
        self.run = run
    }

    /// The tool as the SDK lists it.
    var definition: Tool {
        Tool(
            name: name, title: title, description: description,
            inputSchema: ValueBridge.value(UseCaseArgument.objectSchema(arguments)),
            annotations: { var notes = access.annotations; notes.title = title; return notes }())
    }

    /// What every write takes besides its own arguments: valid time and an idempotency key.
    private static func writeArguments(_ access: ToolAccess) -> [UseCaseArgument] {
        [UseCaseArgument("effective", .effective), UseCaseArgument("idempotencyKey", .idempotencyKey)]
    }
}

/// One call of a tool: its checked arguments, the store, and who is calling.
struct ToolCall: Sendable {
    let arguments: UseCaseArguments
    let store: StrataStore
    let actor: String

    /// The moment `asOf` and `validAt` name (both absent: now).
    func moment() throws(AppError) -> Moment { try arguments.moment(in: store) }

    /// Who records the change, when it took effect, its idempotency key and expected version.
    func recording() throws(AppError) -> Recording { try arguments.recording(actor: actor) }
}
