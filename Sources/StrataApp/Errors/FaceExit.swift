import Foundation

/// How a face's executable (`strata-mcp`, `strata-server`) ends when it cannot start: one line
/// on stderr and the exit status `strata` uses for the same failure.
public enum FaceExit {
    /// A command line that cannot be served: `error: MESSAGE`, then `usage` if given; status 2.
    public static func usage(_ message: String, usage: String? = nil) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n\(usage.map { "\($0)\n" } ?? "")".utf8))
        exit(2)
    }

    /// A failure to open the store or to serve: an ``AppError`` with its code in brackets and
    /// status 2; anything else as it describes itself, status 1.
    public static func failed(_ error: any Error) -> Never {
        guard let error = error as? AppError else {
            FileHandle.standardError.write(Data("error: \(error)\n".utf8))
            exit(1)
        }
        FileHandle.standardError.write(Data("error: \(error.description) [\(error.code.rawValue)]\n".utf8))
        exit(2)
    }
}
