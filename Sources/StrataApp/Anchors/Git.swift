import Foundation

/// Runs git for anchors kept in a repository. git itself is the interface: a repository's
/// tags and notes are written and read exactly as the team's own git commands would.
enum Git {
    /// git's standard output, or the error git reported as one line.
    static func run(_ arguments: [String], in repository: String) throws(AppError) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", repository] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw AppError(.anchorFailed, "cannot run git (\(error.localizedDescription)); install git", subject: .file(repository))
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let said = String(decoding: err, as: UTF8.self).split(whereSeparator: \.isNewline).first.map(String.init) ?? "exit \(process.terminationStatus)"
            throw AppError(.anchorFailed, "git in \(repository) failed: \(said)", subject: .file(repository))
        }
        return String(decoding: out, as: UTF8.self)
    }
}
