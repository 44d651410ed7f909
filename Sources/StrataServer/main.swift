import Foundation
import Logging
import StrataApp

// strata-server: Strata's HTTP face. It finds the store the way `strata` does, serves JSON on
// loopback by default, prints the address it bound on stdout, logs requests to stderr, and drains
// in-flight requests on SIGTERM or SIGINT before it exits.
LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
switch ServerOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .print(let text):
    print(text)
case .usageError(let message):
    FaceExit.usage(message)
case .serve(let options):
    do {
        let store = try StrataStore.open(at: try StrataStore.locate(explicit: options.store))
        try await HTTPServer(store: store, options: options).run()
    } catch {
        FaceExit.failed(error)
    }
}
