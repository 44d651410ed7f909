import Foundation

/// Where a team store lives: `postgres://user[:password]@host[:port]/database[?sslmode=…]`.
///
/// The shape and defaults are libpq's, so a URL that works with `psql` works here: the port
/// defaults to 5432, the database to the user's name, `sslmode` to `prefer`, and a `host` query
/// parameter naming a directory connects through the Unix socket in it.
public struct PostgresStoreURL: Hashable, Sendable {
    /// How hard to insist on TLS, with libpq's names and meanings.
    public enum SSLMode: String, Hashable, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var user: String
    /// The password written in the URL itself; nil when it carries none.
    public var password: String?
    /// A host name or address, or a socket directory (starting with `/`).
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode

    public init(
        user: String, password: String? = nil, host: String = "localhost", port: Int = 5432, database: String? = nil,
        sslMode: SSLMode = .prefer
    ) {
        self.user = user
        self.password = password
        self.host = host
        self.port = port
        self.database = database ?? user
        self.sslMode = sslMode
    }

    /// Parses a `postgres://` or `postgresql://` URL.
    ///
    /// - Throws: ``PostgresStoreError`` with code `postgres-invalid-url` naming what is wrong.
    public init(parsing text: String) throws {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "postgres" || scheme == "postgresql"
        else { throw PostgresStoreError.invalidURL(text: Self.redact(text), reason: "it must start with postgres:// or postgresql://") }
        var host = components.percentEncodedHost.flatMap { $0.removingPercentEncoding } ?? ""
        var sslMode = SSLMode.prefer
        var user = components.user
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(SSLMode.init(rawValue:)) else {
                    let known = SSLMode.allCases.map(\.rawValue).joined(separator: ", ")
                    throw PostgresStoreError.invalidURL(text: Self.redact(text), reason: "sslmode must be one of \(known)")
                }
                sslMode = mode
            case "host": host = item.value ?? host
            case "user": user = item.value ?? user
            default:
                throw PostgresStoreError.invalidURL(text: Self.redact(text), reason: "the parameter '\(item.name)' is not supported")
            }
        }
        guard let user, !user.isEmpty else {
            throw PostgresStoreError.invalidURL(text: Self.redact(text), reason: "it names no user (postgres://USER@host/db)")
        }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else {
            throw PostgresStoreError.invalidURL(text: Self.redact(text), reason: "the path must be a database name alone")
        }
        self.init(
            user: user, password: components.password, host: host.isEmpty ? "localhost" : host,
            port: components.port ?? 5432, database: path.isEmpty ? nil : path, sslMode: sslMode)
    }

    /// The URL without its password: the only form that appears in messages.
    public var redacted: String {
        let place = host.hasPrefix("/") ? "?host=\(host)" : ""
        let authority = host.hasPrefix("/") ? "" : (host.contains(":") ? "[\(host)]" : host) + ":\(port)"
        return "postgres://\(user)@\(authority)/\(database)\(place)"
    }

    /// Whether the server is reached through a Unix socket rather than TCP.
    public var usesSocket: Bool { host.hasPrefix("/") }

    private static func redact(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = nil
        return components.string ?? "the URL given"
    }
}
