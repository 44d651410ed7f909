import Foundation
import StrataApp

/// How `strata-server` was started: which store, and where to listen.
///
/// Parsed by hand, like `strata-mcp`'s: a handful of flags needs no parser library.
struct ServerOptions: Sendable {
    /// `--store PATH`; nil finds the store the way `strata` does.
    var store: String?
    var host = "127.0.0.1"
    /// 0 asks the system for a free port; the bound address is printed either way.
    var port = 8080
    /// `--public`: allow an address other than loopback (put TLS in front first).
    var allowPublic = false
    /// `--auth-failures N`: failed authentications an address may make in a minute before it is shut out.
    var authFailureLimit = 10
    /// `--tls-cert FILE --tls-key FILE`: serve HTTPS with this PEM chain and key (both or neither).
    var tlsCertificate: String?
    var tlsKey: String?

    /// The scheme the server answers on.
    var scheme: String { tlsCertificate == nil ? "http" : "https" }

    static let usage = """
        usage: strata-server [--store PATH] [--listen HOST:PORT] [--public] [--auth-failures N] [--tls-cert FILE --tls-key FILE]
               strata serve  [--store PATH] [--listen HOST:PORT] [--public] [--auth-failures N] [--tls-cert FILE --tls-key FILE]

        Strata's HTTP API, JSON over HTTP/1.1 with bearer tokens ('strata token add NAME --role ROLE').
          --store PATH        the store's database file (default: $STRATA_STORE, then the nearest .strata/strata.db upward)
          --listen HOST:PORT  where to listen (default 127.0.0.1:8080; port 0 picks a free one)
          --public            allow a non-loopback HOST: with --tls-cert/--tls-key, or with TLS terminated in front
          --auth-failures N   failed authentications one address may make in a minute before it gets 429 (default 10)
          --tls-cert FILE     serve HTTPS with this PEM certificate chain (leaf first)
          --tls-key FILE      the certificate's PEM private key (unencrypted)
          --openapi           print the API's OpenAPI 3.1 document (docs/openapi.json) and exit
          --version, --help
        On start it prints 'listening on http://HOST:PORT' (https with TLS) on stdout; SIGTERM or SIGINT drains and stops it.
        """

    enum Request: Sendable {
        case serve(ServerOptions)
        case print(String)
        case usageError(String)
    }

    static func parse(_ arguments: [String]) -> Request {
        var options = ServerOptions()
        var rest = arguments[...]
        while let raw = rest.popFirst() {
            let parts = raw.split(separator: "=", maxSplits: 1).map(String.init)
            let name = parts[0]
            func value() -> String? {
                if parts.count == 2 { return parts[1] }
                guard let next = rest.popFirst(), !next.hasPrefix("--") else { return nil }
                return next
            }
            switch name {
            case "--public": options.allowPublic = true
            case "--help", "-h": return .print(usage)
            case "--version": return .print("strata-server \(StrataVersion.current)")
            case "--openapi": return .print(OpenAPIDocument.text)
            case "--store":
                guard let path = value() else { return .usageError("--store needs a path") }
                options.store = path
            case "--tls-cert":
                guard let path = value() else { return .usageError("--tls-cert needs a PEM file") }
                options.tlsCertificate = path
            case "--tls-key":
                guard let path = value() else { return .usageError("--tls-key needs a PEM file") }
                options.tlsKey = path
            case "--auth-failures":
                guard let text = value(), let limit = Int(text), limit > 0 else { return .usageError("--auth-failures takes a whole number ≥ 1") }
                options.authFailureLimit = limit
            case "--listen":
                guard let address = value() else { return .usageError("--listen needs HOST:PORT") }
                guard let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]), (0...65535).contains(port),
                      colon > address.startIndex
                else { return .usageError("--listen takes HOST:PORT, e.g. 127.0.0.1:8080, not '\(address)'") }
                options.host = String(address[..<colon]).trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
                options.port = port
            default: return .usageError("unknown argument '\(raw)'")
            }
        }
        switch (options.tlsCertificate, options.tlsKey) {
        case (nil, nil), (.some, .some): break
        case (.some, nil): return .usageError("--tls-cert needs --tls-key beside it [tls-key-missing]")
        case (nil, .some): return .usageError("--tls-key needs --tls-cert beside it [tls-cert-missing]")
        }
        if !options.allowPublic && !isLoopback(options.host) {
            let how = options.tlsCertificate == nil ? "the server speaks plain HTTP, so put TLS in front" : "make sure it should be reachable"
            return .usageError("\(options.host) is not a loopback address; \(how) and pass --public to listen there")
        }
        return .serve(options)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
