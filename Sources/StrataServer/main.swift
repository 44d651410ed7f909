import Foundation
import Logging
import NIOSSL
import StrataApp

// strata-server: Strata's HTTP face. It finds the store the way `strata` does, serves JSON on
// loopback by default (HTTPS with --tls-cert/--tls-key), prints the address it bound on stdout,
// logs requests to stderr, exposes metrics at /metrics, and drains in-flight requests on
// SIGTERM or SIGINT before it exits.
LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
switch ServerOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .print(let text):
    print(text)
case .usageError(let message):
    FaceExit.usage(message)
case .serve(let options):
    do {
        // The certificate is checked before the store is opened, so a bad one starts nothing.
        var tls: TLSConfiguration?
        if let certificate = options.tlsCertificate, let key = options.tlsKey { tls = try ServerTLS.configuration(certificate: certificate, key: key) }
        let store = try StrataStore.open(at: try StrataStore.locate(explicit: options.store))
        try await HTTPServer(store: store, options: options, tls: tls, metrics: ServerMetrics.bootstrap()).run()
    } catch {
        FaceExit.failed(error)
    }
}
