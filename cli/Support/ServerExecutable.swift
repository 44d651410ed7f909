import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `strata-server`, found beside the running `strata` and run in its place.
enum ServerExecutable {
    /// The path of `strata-server` in the directory `strata` was started from (symlinks resolved,
    /// so a linked `strata` still finds the server installed with it).
    static func beside(_ invokedAs: String) -> String {
        let me = URL(fileURLWithPath: Self.executablePath(invokedAs)).resolvingSymlinksInPath()
        return me.deletingLastPathComponent().appendingPathComponent("strata-server").path
    }

    /// Replaces this process with the server, so signals (SIGTERM's graceful drain) reach it directly.
    static func exec(_ path: String, arguments: [String]) throws -> Never {
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        execv(path, argv)
        let reason = String(cString: strerror(errno))
        throw ExecFailure(message: "could not start \(path): \(reason)")
    }

    struct ExecFailure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    /// `/proc/self/exe` where there is one (the real file, however strata was invoked), else argv[0].
    private static func executablePath(_ invokedAs: String) -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return invokedAs.contains("/") ? invokedAs : Bundle.main.executablePath ?? invokedAs
    }
}
