import Foundation
import Strata

/// A fresh store with the domain services, for domain tests.
struct DomainFixture {
    let directory: URL
    let path: String
    let log: SQLiteEventLog

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("strata-domain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("store.db").path
        log = try SQLiteEventLog.create(at: path)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }

    var contexts: ContextService { ContextService(log: log) }
    var workloads: WorkloadService { WorkloadService(log: log) }
    var measurements: MeasurementService { MeasurementService(log: log) }
    var decisions: DecisionService { DecisionService(log: log) }

    /// A command by `actor`.
    func by(_ actor: String = "ann", effective: Timestamp? = nil) -> CommandContext {
        CommandContext(actor: actor, effectiveAt: effective)
    }

    /// The log's head position: unchanged after a refused command.
    func head() throws -> Int64 { try log.head().position }

    /// The event types of every event, in order.
    func types() throws -> [String] { try log.events().map(\.eventType) }

    /// Adds a workload from JSON to `context`, in effect since `effective` (default: when recorded).
    @discardableResult
    func addWorkload(_ json: String, context: String = "C-1", effective: Timestamp? = nil) throws -> RecordedChange {
        try workloads.add(WorkloadService.parseProfile(Data(json.utf8)), context: context, by(effective: effective))
    }

    /// A context `catalog` (C-1) with a full-text workload (W-1, target p99 50 ms), in effect
    /// since `effective` when given: facts about them can be backdated no further.
    func seeded(effective: Timestamp? = nil) throws -> DomainFixture {
        try contexts.define(name: "catalog", by(effective: effective))
        try addWorkload(#"{"name":"product-search","accessPatterns":["full-text"],"latencyP99Ms":50,"readsPerSecond":1000}"#, effective: effective)
        return self
    }

    /// Expects `body` to throw `rejection` and to append nothing.
    func expectRefusal(_ rejection: CommandRejection, _ body: () throws -> Void) throws -> Bool {
        let before = try head()
        do { try body() } catch let error as CommandRejection {
            let now = try head()
            return error == rejection && now == before
        }
        return false
    }

    /// Expects `body` to throw a CommandRejection with `code` and `hint`, appending nothing.
    func refuses(code: String, hint: RejectionHint? = nil, _ body: () throws -> Void) throws -> Bool {
        let before = try head()
        do { try body() } catch let error as CommandRejection {
            let now = try head()
            return error.code == code && (hint == nil || error.hint == hint) && now == before
        }
        return false
    }

    /// Expects `body` to throw some CommandRejection whose text contains `fragment`, appending nothing.
    func refuses(containing fragment: String, _ body: () throws -> Void) throws -> Bool {
        let before = try head()
        do { try body() } catch let error as CommandRejection {
            let now = try head()
            return error.description.contains(fragment) && now == before
        }
        return false
    }
}
