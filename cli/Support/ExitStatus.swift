import Strata

/// The exit codes every command shares, so scripts and CI can branch on them.
enum ExitStatus {
    /// A refusal or a failed check: a conflict, a broken chain, findings.
    static let refused: Int32 = 1
    /// A usage error, bad input, or a store that cannot be used.
    static let usage: Int32 = 2

    /// The code for a known error type, or nil to let the argument parser decide.
    static func code(for error: any Error) -> Int32? {
        switch error {
        case let logError as EventLogError:
            switch logError {
            case .wrongExpectedVersion, .idempotencyConflict: refused
            default: usage
            }
        case is UpcastError: usage
        case let rejection as CommandRejection: rejection.isInputError ? usage : refused
        default: nil
        }
    }
}

/// A failure the CLI itself detected, with its message and exit code.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32

    static func usage(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: ExitStatus.usage) }
    static func refused(_ message: String) -> CommandFailure { CommandFailure(message: message, exitCode: ExitStatus.refused) }

    var description: String { message }
}
