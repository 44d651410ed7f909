import StrataApp

/// The exit codes every command shares, so scripts and CI can branch on them.
enum ExitStatus {
    /// A refusal or a failed check: a conflict, a broken chain, findings.
    static let refused: Int32 = 1
    /// A usage error, bad input, or a store that cannot be used.
    static let usage: Int32 = 2

    /// The code for an application error's category.
    static func code(for category: AppError.Category) -> Int32 {
        switch category {
        case .input, .notFound, .store: usage
        case .refused, .conflict: refused
        }
    }
}

/// A usage error the CLI itself detects while reading its arguments (exit 2).
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
