import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// The demo story recorded, and the views `demo` shows of it.
public struct DemoReport: Sendable {
    public var path: String
    public var events: Int64
    public var architecture: ArchitectureReport
    public var audit: AuditReport
    /// The architecture as of ``DemoScenario/firstYearDate``.
    public var past: ArchitectureReport
    public static var pastDate: String { DemoScenario.firstYearDate }
}

extension StrataStore {
    /// Records the two-year demo story into the (empty) store at `path`, created if missing, with
    /// each fact recorded on the day it took effect.
    public static func recordDemo(at path: String) throws(AppError) -> DemoReport {
        if isTeamStore(path) {
            throw AppError(
                .notAllowedHere, "the demo backdates when each fact was recorded, and a team store's server sets that time itself",
                subject: .field(.store), remedy: .advice(StoreLocator.isServerURL(path)
                    ? "record the demo into a file and run 'strata serve --store FILE' on it"
                    : "record the demo into a file, then 'strata push' it into the team store"))
        }
        let clock = DemoClock()
        let store = try create(at: path, clock: clock.now)
        let head = try AppError.wrap { try store.log.head() }
        guard head.position == 0 else {
            throw AppError(
                .storeNotEmpty, "the store at \(path) already holds \(head.position) events; the demo needs an empty store",
                subject: .file(path), remedy: .provide(.store))
        }
        try AppError.wrap { try DemoScenario(log: store.log, clock: clock).record() }
        let past = Moment(asOf: try MomentParser.timeCut(DemoScenario.firstYearDate))
        return DemoReport(
            path: path, events: try AppError.wrap { try store.log.head().position }, architecture: try store.architecture(),
            audit: try store.audit(), past: try store.architecture(at: past))
    }
}
