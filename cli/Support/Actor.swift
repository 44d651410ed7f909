import Foundation
import Strata

/// Who is recording: `--actor`, else git's `user.name`, else `$USER`.
enum Actor {
    static func resolve(_ explicit: String?) -> String {
        if let explicit, !explicit.trimmingCharacters(in: .whitespaces).isEmpty { return explicit }
        if let name = gitUserName(), !name.isEmpty { return name }
        return ProcessInfo.processInfo.environment["USER"] ?? "unknown"
    }

    private static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// Parses `--effective`: the valid time a fact took effect.
enum EffectiveTime {
    static func parse(_ text: String) throws -> Timestamp {
        guard let instant = Timestamp(parsing: text) else {
            throw CommandFailure.usage("--effective '\(text)' is not a time; use a date such as 2024-03-01 or 2024-03-01T09:30Z")
        }
        return instant
    }
}
