import Foundation
import Strata

extension StrataStore {
    /// Whether `location` names a shared store (a team store on PostgreSQL, or a `strata serve`
    /// server over HTTP) rather than a file: either is used through a local replica.
    public static func isTeamStore(_ location: String) -> Bool { StoreLocator.isURL(location) }

    /// `url` without the password it may carry, for messages and reports.
    public static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else { return url }
        let userInfo = url[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(url[at...])
    }

    /// Opens the team store or server at `url` through its local replica, caught up.
    ///
    /// The connection lives in `strata-team`, installed beside the running program, so no
    /// network stack loads here; for a server it carries `STRATA_TOKEN`, which it inherits. The URL travels in its environment, never its arguments,
    /// so a password in it does not show in `ps`. `creating` creates the store's schema in an
    /// empty database first (`strata init`).
    static func openTeam(url: String, creating: Bool = false) throws(AppError) -> StrataStore {
        try AppError.wrap {
            let upstream = try ProcessUpstream(
                executable: CompanionExecutable.path(of: "strata-team"), arguments: creating ? ["follow", "--create"] : ["follow"],
                environment: ["STRATA_TEAM_URL": url])
            let log = try SQLiteEventLog.openReplica(at: replicaPath(for: upstream), following: upstream, hooks: hooks)
            return StrataStore(log: log)
        }
    }

    /// `STRATA_REPLICA`, else a file named after the store (never its password) under the user's
    /// cache directory: read models are disposable, and the team store can always refill them.
    static func replicaPath(for upstream: ProcessUpstream, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let chosen = environment["STRATA_REPLICA"], !chosen.isEmpty { return (chosen as NSString).expandingTildeInPath }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        let safe = String(upstream.name.map { $0.isLetter || $0.isNumber || "-_.@".contains($0) ? $0 : "-" })
        return ((cache as NSString).appendingPathComponent("strata/replicas") as NSString)
            .appendingPathComponent("\(safe)-\(upstream.storeID.prefix(8)).db")
    }
}

/// A program installed beside the running one (`strata-server`, `strata-team`).
public enum CompanionExecutable {
    /// The path of `name` in the directory this program was started from (symlinks resolved, so
    /// a linked program still finds its companions); `STRATA_LIBEXEC` overrides the directory.
    public static func path(of name: String, invokedAs: String = CommandLine.arguments.first ?? "") -> String {
        if let directory = ProcessInfo.processInfo.environment["STRATA_LIBEXEC"], !directory.isEmpty {
            return (directory as NSString).appendingPathComponent(name)
        }
        let me = URL(fileURLWithPath: executablePath(invokedAs)).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent(name).path
    }

    /// `/proc/self/exe` where there is one (the real file, however the program was invoked), else argv[0].
    private static func executablePath(_ invokedAs: String) -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return invokedAs.contains("/") ? invokedAs : Bundle.main.executablePath ?? invokedAs
    }
}

extension StrataStore {
    /// Whether this store is the local replica of a team store.
    public var isReplica: Bool { log.isReplica }

    /// Copies what the team store recorded since this replica last looked; nothing for a file
    /// store. Long-running faces (the server, the MCP server) call it before each request.
    ///
    /// - Returns: how many events arrived.
    @discardableResult
    public func catchUp() throws(AppError) -> Int {
        guard log.isReplica else { return 0 }
        return try AppError.wrap { try log.catchUp() }
    }
}

/// What `push` moved into a team store.
public struct PushReport: Codable, Sendable, Equatable {
    /// The team store, without its password.
    public var url: String
    /// Events copied (the closing `log.pushed` anchor not counted).
    public var copied: Int
    /// The local store's head when it was copied: `verify --anchor` on the file still proves it.
    public var sourceHead: String
    /// The team store's head after the anchor.
    public var head: String
}

extension StrataStore {
    /// Moves this file store's whole log into the empty team store at `url`, creating its schema
    /// when the database is empty. Events keep their ids and both times and are re-chained
    /// under the team store's identity; a `log.pushed` event records this file's head.
    public func push(to url: String, actor: String) throws(AppError) -> PushReport {
        guard StoreLocator.isPostgresURL(url) else {
            throw AppError(.invalidInput, "'\(url)' is not a team store's database; push takes a postgres:// URL", subject: .field(.store))
        }
        guard !log.isReplica else {
            throw AppError(.notAllowedHere, "this store is already a team store's replica; push moves a file store", subject: .file(path))
        }
        return try AppError.wrap {
            let upstream = try ProcessUpstream(
                executable: CompanionExecutable.path(of: "strata-team"), arguments: ["follow", "--create"],
                environment: ["STRATA_TEAM_URL": url])
            let pushed = try upstream.push(from: path, metadata: EventMetadata(actor: actor))
            return PushReport(url: Self.redacted(url), copied: pushed.copied, sourceHead: pushed.sourceHead, head: pushed.head)
        }
    }
}
