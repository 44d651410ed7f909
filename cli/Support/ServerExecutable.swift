import Foundation
import StrataApp
#if canImport(Glibc)
import Glibc
#endif

/// `strata-server`, found beside the running `strata` and run in its place.
enum ServerExecutable {
    /// The path of `strata-server` beside the running `strata`.
    static func beside(_ invokedAs: String) -> String { CompanionExecutable.path(of: "strata-server", invokedAs: invokedAs) }

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
}
