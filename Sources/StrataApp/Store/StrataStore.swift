import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// A Strata store opened for use: its event log with the one canonical set of projections.
///
/// Every face (the CLI, a server, an agent), the benchmark and the reliability harness open
/// stores here, so an append folds the same read models whoever makes it. Use cases are methods
/// in the extensions under `UseCases/`, one file per group of commands.
public struct StrataStore: Sendable {
    /// The log itself, for the tools that measure or torture it; faces call use cases instead.
    @_spi(Tools) public let log: SQLiteEventLog

    /// The store's database file.
    public var path: String { log.path }

    /// The projections folded inside every append's transaction, in this order.
    @_spi(Tools) public static var inlineProjections: [any Projection] { [readModels, search] }

    /// The full-text index of every revision of every decision, folded with the read models.
    @_spi(Tools) public static let search = SearchProjection()

    /// The CQRS read models every read use case queries.
    @_spi(Tools) public static let readModels = ReadModelProjection()

    /// Wraps a log a tool opened itself (with its own clock or hooks).
    @_spi(Tools) public init(log: SQLiteEventLog) { self.log = log }

    /// Opens the store at `path` with the canonical projections attached.
    public static func open(at path: String) throws(AppError) -> StrataStore {
        if isTeamStore(path) { return try openTeam(url: path) }
        return try AppError.wrap { StrataStore(log: try SQLiteEventLog.open(at: path, hooks: hooks)) }
    }

    /// Opens the store even when its log lost or replaced events it once held, for the use
    /// cases that inspect or repair such a log (``verify(anchor:)``, ``rebuild(force:actor:)``).
    public static func openForRepair(at path: String) throws(AppError) -> StrataStore {
        if isTeamStore(path) { return try openTeam(url: path) }
        return try AppError.wrap { StrataStore(log: try SQLiteEventLog.open(at: path, hooks: hooks, checkingContinuity: false)) }
    }

    /// Creates (or opens, when it exists) the store at `path`; `clock` stamps recorded times.
    @_spi(Tools) public static func create(
        at path: String, clock: @escaping @Sendable () -> Timestamp = Timestamp.now
    ) throws(AppError) -> StrataStore {
        try AppError.wrap { StrataStore(log: try SQLiteEventLog.create(at: path, hooks: hooks, clock: clock)) }
    }

    /// Opens the store a request names: an explicit path, else `STRATA_STORE`, else the nearest
    /// `.strata/strata.db` upward from `workingDirectory`; refuses another user's store there.
    public static func locate(
        explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: String = FileManager.default.currentDirectoryPath
    ) throws(AppError) -> String {
        let found: StoreLocator.Location?
        do { found = try StoreLocator.locate(explicit: explicit, environment: environment, workingDirectory: workingDirectory) }
        catch { throw AppError.from(error) }
        guard let location = found else {
            throw AppError(
                .storeNotFound, "no Strata store here or in any parent directory", remedy: .perform(.createStore))
        }
        return location.path
    }

    static var hooks: [any AppendHook] { [InlineProjections(inlineProjections)] }

    /// The read side over this store's log.
    var readSide: ReadSide { ReadSide(log: log, projection: Self.readModels) }

    /// Runs `body` on the read models at `moment`, reporting failures as ``AppError``.
    func query<T>(_ moment: Moment, _ body: (ReadModelView) throws -> T) throws(AppError) -> T {
        try AppError.wrap { try readSide.query(moment, body) }
    }
}
