import PostgresNIO
import Strata

extension PostgresStoreError {
    /// Translates a PostgresNIO failure into the store's vocabulary, matching on SQLSTATEs and
    /// PostgresNIO's codes only, never on message text.
    ///
    /// `connecting` tells a server that never answered from one that went away mid-command.
    static func from(_ error: any Error, url: PostgresStoreURL, connecting: Bool = false) -> any Error {
        if error is EventLogError || error is PostgresStoreError || error is CancellationError || error is DuplicateEventID { return error }
        let place = url.redacted
        guard let psql = error as? PSQLError else {
            return connecting ? unreachable(url: place, detail: oneLine(error)) : connectionLost(url: place)
        }
        switch psql.code {
        case .server:
            let state = psql.serverInfo?[.sqlState] ?? "?????"
            let message = psql.serverInfo?[.message] ?? "no message"
            return fromServer(state: state, message: message, url: place, connecting: connecting)
        case .sslUnsupported, .failedToAddSSLHandler, .receivedUnencryptedDataAfterSSLRequest:
            return tlsFailed(url: place, detail: "\(psql.code)")
        case .authMechanismRequiresPassword, .unsupportedAuthMechanism, .saslError:
            return authenticationFailed(url: place)
        case .connectionError, .serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .poolClosed:
            let detail = psql.underlying.map(oneLine) ?? "\(psql.code)"
            return connecting ? unreachable(url: place, detail: detail) : connectionLost(url: place)
        default:
            return server(url: place, sqlState: "-", message: "\(psql.code)")
        }
    }

    private static func fromServer(state: String, message: String, url: String, connecting: Bool) -> any Error {
        switch state {
        case "28P01", "28000": authenticationFailed(url: url)
        case "3D000": databaseMissing(url: url)
        case "42501": permissionDenied(url: url, detail: message)
        // The log's own triggers (SR…) and constraints refuse a write that would break it.
        case "SR001", "SR002", "23505", "23514", "23502": EventLogError.integrity(message)
        // The server is starting, shutting down or was told to end this backend.
        case "57P01", "57P02", "57P03": connecting ? unreachable(url: url, detail: message) : connectionLost(url: url)
        default: server(url: url, sqlState: state, message: message)
        }
    }

    private static func oneLine(_ error: any Error) -> String {
        String(describing: error).split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
