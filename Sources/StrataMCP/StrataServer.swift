import Foundation
import MCP
import StrataApp

/// The MCP server: the SDK's `Server` with Strata's tools, resources and prompts behind it.
///
/// Every handler opens nothing and decides nothing: it checks the call's arguments through the
/// application layer, runs one use case on the store opened at start-up, and renders the result
/// (or the ``AppError``) as JSON.
struct StrataServer: Sendable {
    let store: StrataStore
    let options: ServerOptions
    let session: Session

    static let tools = ReadTools.all + WriteTools.all + LifecycleTools.all

    init(store: StrataStore, options: ServerOptions) {
        self.store = store
        self.options = options
        session = Session(onBehalfOf: options.onBehalfOf)
    }

    /// Serves on standard input and output until the client closes them.
    func run() async throws {
        let server = Server(
            name: "strata", version: StrataVersion.current,
            instructions: """
                Strata is the team's append-only log of data-architecture decisions, with an advisor that names its rules. \
                Read with the read-only tools (every one takes asOf/validAt to look back). Record contexts, workloads, \
                measurements, proposals and advice with the write tools, each with your own idempotencyKey (a UUID) so a \
                retry records nothing twice. Accepting, rejecting, superseding and deprecating are for people.
                """,
            capabilities: .init(prompts: .init(listChanged: false), resources: .init(subscribe: false, listChanged: false), tools: .init(listChanged: false)))
        await register(on: server)
        try await server.start(transport: StdioLines()) { [session] client, _ in
            await session.greeted(by: client.name)
        }
        await server.waitUntilCompleted()
    }

    private func register(on server: Server) async {
        await server.withMethodHandler(ListTools.self) { _ in ListTools.Result(tools: Self.tools.map(\.definition)) }
        await server.withMethodHandler(CallTool.self) { [self] params in await call(params) }
        await server.withMethodHandler(ListResources.self) { [store] _ in
            ListResources.Result(resources: try Self.protocolError { () throws(AppError) in try Resources.list(store) }, nextCursor: nil)
        }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in ListResourceTemplates.Result(templates: Resources.templates) }
        await server.withMethodHandler(ReadResource.self) { [store] params in
            ReadResource.Result(contents: [try Self.protocolError { () throws(AppError) in
                try store.catchUp()
                return try Resources.read(params.uri, store)
            }])
        }
        await server.withMethodHandler(ListPrompts.self) { _ in ListPrompts.Result(prompts: Prompts.all, nextCursor: nil) }
        await server.withMethodHandler(GetPrompt.self) { params in
            try Self.protocolError { () throws(AppError) in try Prompts.get(params.name, params.arguments ?? [:]) }
        }
    }

    /// One tool call: an unknown tool is a protocol error; anything the use case refuses is a
    /// tool error carrying the ``AppError``, so the model can read it and try again.
    func call(_ params: CallTool.Parameters) async -> CallTool.Result {
        guard let tool = Self.tools.first(where: { $0.name == params.name }) else {
            return ToolError.result(AppError(
                .notFound, "no tool '\(params.name)'", subject: .entity(params.name), remedy: .advice("list the tools to see their names")))
        }
        if tool.access == .lifecycle, !options.allowLifecycle { return ToolError.result(LifecycleTools.refusal(tool)) }
        do {
            // A team store's replica first takes in what others recorded since the last call.
            try store.catchUp()
            let arguments = try UseCaseArguments((params.arguments ?? [:]).mapValues(ValueBridge.json), declared: tool.arguments)
            let result = try await tool.run(ToolCall(arguments: arguments, store: store, actor: await session.actor))
            let (text, value) = try Self.rendered { try ValueBridge.rendered(result) }
            // Structured content must be an object; a bare value is wrapped, its text as rendered.
            let structured: Value = if case .object = value { value } else { .object(["result": value]) }
            return CallTool.Result(
                content: [.text(text: text, annotations: nil, _meta: nil)], structuredContent: Optional(structured), isError: false)
        } catch {
            return ToolError.result(error)
        }
    }

    private static func rendered<T>(_ body: () throws -> T) throws(AppError) -> T {
        do { return try body() } catch { throw AppError(.storage, "the result could not be rendered as JSON: \(error)") }
    }

    /// Runs a resource or prompt use case, turning its ``AppError`` into the protocol's error.
    private static func protocolError<T>(_ body: () throws(AppError) -> T) throws -> T {
        do { return try body() } catch {
            throw MCPError.invalidParams("\(ToolError.message(error)) [\(error.code.rawValue)]")
        }
    }
}
