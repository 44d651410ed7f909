import Foundation

/// Finds the password for a connection the way libpq does: the URL's own, else `PGPASSWORD`,
/// else the first matching line of the password file (`PGPASSFILE`, or `~/.pgpass`).
///
/// Like libpq, a password file that group or others can read is ignored, since it would leak
/// every password in it.
enum PostgresPassword {
    static func resolve(for url: PostgresStoreURL, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let password = url.password { return password }
        if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
        let home = environment["HOME"] ?? NSHomeDirectory()
        let file = environment["PGPASSFILE"] ?? (home as NSString).appendingPathComponent(".pgpass")
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let mode = attributes[.posixPermissions] as? Int, mode & 0o077 == 0,
              let text = try? String(contentsOfFile: file, encoding: .utf8)
        else { return nil }
        return lookUp(in: text, for: url)
    }

    /// The password of the first line whose host, port, database and user match (`*` matches anything).
    static func lookUp(in text: String, for url: PostgresStoreURL) -> String? {
        // libpq matches a socket connection against "localhost".
        let host = url.usesSocket ? "localhost" : url.host
        let wanted = [host, String(url.port), url.database, url.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            if zip(fields, wanted).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits a line at unescaped colons; `\:` and `\\` stand for themselves.
    private static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 4 {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
