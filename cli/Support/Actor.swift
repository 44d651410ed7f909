import Foundation

/// Who is recording: `--actor`, else git's `user.name`, else `$USER`.
enum Actor {
    static func resolve(_ explicit: String?) -> String {
        if let explicit, !explicit.trimmingCharacters(in: .whitespaces).isEmpty { return explicit }
        if let name = gitUserName(), !name.isEmpty { return name }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    /// git's `user.name`, read from its config files rather than by spawning git: starting a
    /// process from Foundation costs tens of milliseconds, more than the whole command.
    private static func gitUserName() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let name = environment["GIT_AUTHOR_NAME"], !name.isEmpty { return name }
        return GitConfig.candidateFiles(environment: environment).lazy.compactMap(GitConfig.userName(inFile:)).first
    }
}
