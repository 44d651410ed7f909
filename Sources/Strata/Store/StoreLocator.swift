import Foundation

/// Finds the store a command works on, the way git finds its repository.
///
/// Precedence: an explicit `--store`, then `STRATA_STORE`, then the nearest `.strata/strata.db`
/// in the working directory or any parent. Discovery refuses, like git's `safe.directory`, a
/// store another user owns and a `.strata/` with no database, rather than use a store further up.
public enum StoreLocator {
    /// The directory that marks a store, like `.git`.
    public static let directoryName = ".strata"
    /// The database file inside it.
    public static let fileName = "strata.db"

    /// Where a store lives, and how it was found (for error messages).
    public struct Location: Hashable, Sendable {
        public var path: String
        public var source: Source
    }

    public enum Source: Hashable, Sendable { case option, environment, discovered }

    /// Resolves the store path; nil when no option, variable or `.strata/` was found.
    public static func locate(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(Refusal) -> Location? {
        if let explicit, !explicit.isEmpty {
            return Location(path: isURL(explicit) ? explicit : absolute(explicit, from: workingDirectory), source: .option)
        }
        if let variable = environment["STRATA_STORE"], !variable.isEmpty {
            return Location(path: isURL(variable) ? variable : absolute(variable, from: workingDirectory), source: .environment)
        }
        var directory = URL(fileURLWithPath: workingDirectory).standardizedFileURL
        while true {
            let marker = directory.appendingPathComponent(directoryName)
            let candidate = marker.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate.path) {
                try checkOwner(candidate.path, environment: environment, workingDirectory: workingDirectory)
                return Location(path: candidate.path, source: .discovered)
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: marker.path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw .noStore(directory: directory.path)
            }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return nil }
            directory = parent
        }
    }

    /// The path `strata init` creates: `PATH` itself, or `PATH/.strata/strata.db` for a directory.
    public static func initPath(for argument: String?, workingDirectory: String) -> String {
        let base = absolute(argument ?? workingDirectory, from: workingDirectory)
        var isDirectory: ObjCBool = false
        if argument == nil || (FileManager.default.fileExists(atPath: base, isDirectory: &isDirectory) && isDirectory.boolValue) {
            return URL(fileURLWithPath: base).appendingPathComponent(directoryName).appendingPathComponent(fileName).path
        }
        return base
    }

    /// Whether `location` names a store on a server (`postgres://…`, `https://…`) rather than a file.
    public static func isURL(_ location: String) -> Bool {
        isPostgresURL(location) || isServerURL(location)
    }

    /// Whether `location` names a team store's PostgreSQL database.
    public static func isPostgresURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    /// Whether `location` names a `strata serve` server, reached over its HTTP API.
    public static func isServerURL(_ location: String) -> Bool {
        let lowered = location.lowercased()
        return lowered.hasPrefix("https://") || lowered.hasPrefix("http://")
    }

    static func absolute(_ path: String, from directory: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL.path }
        return URL(fileURLWithPath: directory).appendingPathComponent(expanded).standardizedFileURL.path
    }
}
