import ArgumentParser
import Foundation
import StrataApp

extension StrataCommand {
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: "Serve the store over HTTP (JSON), with bearer-token authentication.",
            discussion: """
                Runs strata-server, installed beside strata, with the same arguments: the HTTP \
                face lives in its own executable so its network stack never slows strata's start-up. \
                It listens on 127.0.0.1:8080 unless --listen says otherwise, and prints the \
                address it bound. Create a token first with 'strata token add NAME --role ROLE'. \
                Before listening beyond loopback, put TLS in front (a reverse proxy) or give \
                --tls-cert FILE --tls-key FILE (PEM). Metrics are at /metrics for any token.

                Examples:
                  strata serve --listen 127.0.0.1:8080
                  strata serve --tls-cert server.crt --tls-key server.key
                """)

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("Arguments for strata-server (--store, --listen, ...).", valueName: "arguments"))
        var arguments: [String] = []

        func run() throws {
            let server = ServerExecutable.beside(CommandLine.arguments[0])
            guard FileManager.default.isExecutableFile(atPath: server) else {
                throw ValidationError("strata-server is not installed beside strata (looked for \(server)); install it next to strata to serve.")
            }
            try ServerExecutable.exec(server, arguments: arguments)
        }
    }
}
