import Foundation

/// Reads `user.name` from git's config files, most specific first (repository, global, system).
enum GitConfig {
    static func candidateFiles(
        environment: [String: String], workingDirectory: String = FileManager.default.currentDirectoryPath
    ) -> [String] {
        var files: [String] = []
        if let repository = repositoryConfig(from: workingDirectory) { files.append(repository) }
        if let explicit = environment["GIT_CONFIG_GLOBAL"] { files.append(explicit) }
        let home = environment["HOME"] ?? NSHomeDirectory()
        files.append(home + "/.gitconfig")
        files.append((environment["XDG_CONFIG_HOME"] ?? home + "/.config") + "/git/config")
        files.append("/etc/gitconfig")
        return files
    }

    /// The last `name` under `[user]` in one config file (git's own last-one-wins rule).
    static func userName(inFile path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        var inUser = false
        var found: String?
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("[") {
                inUser = line.lowercased().hasPrefix("[user]")
                continue
            }
            guard inUser, let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            guard key == "name" else { continue }
            found = unquote(line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces))
        }
        return found?.isEmpty == false ? found : nil
    }

    private static func unquote(_ value: String) -> String {
        var value = value
        if let comment = value.firstIndex(where: { $0 == "#" || $0 == ";" }), !value.hasPrefix("\"") {
            value = String(value[..<comment]).trimmingCharacters(in: .whitespaces)
        }
        if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
        return value
    }

    private static func repositoryConfig(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = url.appendingPathComponent(".git/config").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }
}
