import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Where `init` left a store, and whether it was there already.
public struct InitReport: Codable, Sendable, Equatable {
    public var path: String
    public var existed: Bool
    public var events: Int64
}

extension StrataStore {
    /// Creates a store at `path` (a directory gets `PATH/.strata/strata.db`; nil is the working
    /// directory's), owner-only; an existing store is left unchanged, a foreign file refused.
    public static func initialize(_ path: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) throws(AppError) -> InitReport {
        // A team store is named by its URL, given here or in STRATA_STORE; a file store is made
        // where `path` says, whatever STRATA_STORE names, as before.
        let variable = ProcessInfo.processInfo.environment["STRATA_STORE"].flatMap { isTeamStore($0) ? $0 : nil }
        if let path = path ?? variable, isTeamStore(path) {
            let store = try openTeam(url: path, creating: true)
            let head = try AppError.wrap { try store.log.head() }
            return InitReport(path: redacted(path), existed: head.position > 0, events: head.position)
        }
        let target = initPath(for: path, workingDirectory: workingDirectory)
        let existed = FileManager.default.fileExists(atPath: target)
        try createDirectory(for: target)
        let store = try create(at: target)
        let head = try AppError.wrap { try store.log.head() }
        return InitReport(path: target, existed: existed, events: head.position)
    }

    /// Creates the store's directory owner-only, so an unwritable or blocked parent is reported
    /// as one line naming the directory rather than as Foundation's error.
    private static func createDirectory(for target: String) throws(AppError) {
        let directory = (target as NSString).deletingLastPathComponent
        guard !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) else { return }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            let reason = blocker(of: directory) ?? error.localizedDescription
            throw AppError(
                .readOnly, "cannot create the directory \(directory) for the store (\(reason))", subject: .file(directory),
                remedy: .advice("check that its parents are directories you can write"))
        }
    }

    /// What stops `directory` being created, in words: the nearest existing ancestor is a file
    /// or cannot be written.
    private static func blocker(of directory: String) -> String? {
        var ancestor = (directory as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        while !FileManager.default.fileExists(atPath: ancestor, isDirectory: &isDirectory), ancestor != "/" {
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
        if !isDirectory.boolValue { return "\(ancestor) is not a directory" }
        return FileManager.default.isWritableFile(atPath: ancestor) ? nil : "\(ancestor) is not writable"
    }

    /// Where a store for `path` lives: `path` itself, or `PATH/.strata/strata.db` for a
    /// directory (nil is the working directory).
    public static func initPath(for path: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        StoreLocator.initPath(for: path, workingDirectory: workingDirectory)
    }
}
