import MCP

/// What a tool may do to the store, which decides its annotations and whether it may run.
enum ToolAccess: Sendable {
    /// Reads only: safe to call at any time, any number of times.
    case read
    /// Appends drafts and facts an agent may record on its own: contexts, workloads,
    /// measurements, proposals, links, advice.
    case write
    /// Moves a decision through its lifecycle; people ratify, so it runs only when the server
    /// was started with `--allow-lifecycle`.
    case lifecycle

    var annotations: Tool.Annotations {
        switch self {
        case .read: Tool.Annotations(readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false)
        // Appending never destroys (the log is append-only); with an idempotency key a retry records nothing.
        case .write, .lifecycle: Tool.Annotations(readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false)
        }
    }
}
