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
        let target = initPath(for: path, workingDirectory: workingDirectory)
        let existed = FileManager.default.fileExists(atPath: target)
        let store = try create(at: target)
        let head = try AppError.wrap { try store.log.head() }
        return InitReport(path: target, existed: existed, events: head.position)
    }

    /// Where a store for `path` lives: `path` itself, or `PATH/.strata/strata.db` for a
    /// directory (nil is the working directory).
    public static func initPath(for path: String?, workingDirectory: String = FileManager.default.currentDirectoryPath) -> String {
        StoreLocator.initPath(for: path, workingDirectory: workingDirectory)
    }
}
