import Foundation
import Strata
import StrataPostgres

/// `strata-team`: the companion that holds a team store's PostgreSQL connection for `strata`,
/// `strata-server` and `strata-mcp`, which start it themselves. People do not run it directly.
let usage = """
    usage: STRATA_TEAM_URL=postgres://USER@HOST:PORT/DB strata-team follow [--create]

    Serves a local replica's requests (one JSON line each way on standard input and output)
    against the team store STRATA_TEAM_URL names, until its input closes. --create creates the
    store's schema in an empty database first. strata starts it when --store or STRATA_STORE
    names a postgres:// URL.
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
do {
    let url = try PostgresStoreURL(parsing: text)
    exit(await TeamFollower(url: url).run(creating: arguments.contains("--create")))
} catch {
    try? FileHandle.standardOutput.write(contentsOf: UpstreamWire.line(UpstreamWire.Response(error: TeamFollower.failure(error))))
    exit(1)
}
