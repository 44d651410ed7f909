import Foundation
import Strata
import StrataPostgres

/// `strata-team`: the companion that holds a team store's PostgreSQL connection for `strata`,
/// `strata-server` and `strata-mcp`, which start it themselves. People do not run it directly.
let usage = """
    usage: STRATA_TEAM_URL=postgres://USER@HOST:PORT/DB strata-team follow [--create]
           STRATA_TEAM_URL=https://HOST[:PORT][/PATH] STRATA_TOKEN=SECRET strata-team follow

    Serves a local replica's requests (one JSON line each way on standard input and output)
    against the team store STRATA_TEAM_URL names, until its input closes: a PostgreSQL
    database, or a strata serve server reached over its HTTP API with the token in
    STRATA_TOKEN. --create creates a PostgreSQL store's schema in an empty database first (a
    server's store exists already). strata starts it when --store or STRATA_STORE names such a URL.
    """

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.isEmpty || arguments.contains("--help") || arguments.contains("-h") {
    print(usage)
    exit(arguments.isEmpty ? 2 : 0)
}
guard arguments[0] == "follow", arguments.dropFirst().allSatisfy({ $0 == "--create" }) else {
    FileHandle.standardError.write(Data("strata-team: unknown arguments \(arguments.joined(separator: " "))\n\(usage)\n".utf8))
    exit(2)
}
guard let text = ProcessInfo.processInfo.environment["STRATA_TEAM_URL"], !text.isEmpty else {
    FileHandle.standardError.write(Data("strata-team: STRATA_TEAM_URL is not set\n".utf8))
    exit(2)
}
if StoreLocator.isServerURL(text) {
    guard ServerClient.isUsable(text) else {
        WireLine.send(UpstreamWire.Response(error: ServerClient.upstream(
            "server-url-invalid", "'\(text)' is not a server URL; use https://HOST[:PORT][/PATH]")))
        exit(1)
    }
    guard let token = ProcessInfo.processInfo.environment["STRATA_TOKEN"], !token.isEmpty else {
        WireLine.send(UpstreamWire.Response(error: ServerClient.upstream(
            "server-token-missing", "STRATA_TOKEN is not set; a server store needs a token from 'strata token add NAME --role reader|writer' run on the server's store")))
        exit(1)
    }
    exit(await ServerFollower(client: ServerClient(base: text, token: token.trimmingCharacters(in: .whitespacesAndNewlines))).run())
}
do {
    let url = try PostgresStoreURL(parsing: text)
    exit(await TeamFollower(url: url).run(creating: arguments.contains("--create")))
} catch {
    WireLine.send(UpstreamWire.Response(error: TeamFollower.failure(error)))
    exit(1)
}
