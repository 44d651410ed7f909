import Foundation
import StrataApp

// strata-mcp: Strata's MCP face. It finds the store the way `strata` does, then serves tools,
// resources and prompts over stdio. Everything it prints outside the protocol goes to stderr.
let environment = ProcessInfo.processInfo.environment
switch ServerOptions.parse(Array(CommandLine.arguments.dropFirst()), environment: environment) {
case .print(let text):
    print(text)
case .usageError(let message):
    FaceExit.usage(message, usage: ServerOptions.usage)
case .serve(let options):
    do {
        let store = try StrataStore.open(at: try StrataStore.locate(explicit: options.store, environment: environment))
        try await StrataServer(store: store, options: options).run()
    } catch {
        FaceExit.failed(error)
    }
}
