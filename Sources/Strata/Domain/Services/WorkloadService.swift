import Foundation
import StrataProfile

/// Records workloads: `workload.added`, `workload.revised`, `workload.retired`.
public struct WorkloadService: Sendable {
    let repository: DomainRepository

    public init(log: SQLiteEventLog) { repository = DomainRepository(log: log) }

    /// Parses `json` strictly against the workload schema.
    ///
    /// - Throws: ``CommandRejection/invalidInput(_:)`` with the profile error's one line (field, value, expected).
    public static func parseProfile(_ json: Data, source: String = "profile") throws -> WorkloadProfile {
        do { return try WorkloadProfile.parse(json) } catch {
            throw CommandRejection.invalidInput("\(source): \(error.description)")
        }
    }

    /// Adds a workload to context `context` (C-2, UUID), or to the context its profile names.
    @discardableResult
    public func add(_ profile: WorkloadProfile, context: String?, _ command: CommandContext) throws -> RecordedChange {
        let contextRef = try resolveContext(context, profile: profile)
        return try repository.create(.workload, subject: "workload '\(profile.name)'", command) { ref in
            let context = try repository.load(ContextState.self, contextRef).state
            let siblings = try repository.loadAll(WorkloadState.self).values.map(\.state)
            return try WorkloadState.add(ref, profile: profile, context: context, siblings: siblings, at: repository.instant(of: command))
        }
    }

    /// Records a new revision of workload `reference`'s profile; the old revision stays in the log.
    @discardableResult
    public func revise(_ reference: String, profile: WorkloadProfile, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be revised") { state in
            let context = try repository.load(ContextState.self, EntityRef(kind: .context, id: state.contextID, number: 0)).state
            let siblings = try repository.loadAll(WorkloadState.self).values.map(\.state)
            return try state.revise(profile, reason: reason, context: context, siblings: siblings)
        }
    }

    /// Retires workload `reference`.
    @discardableResult
    public func retire(_ reference: String, reason: String = "", _ command: CommandContext) throws -> RecordedChange {
        try change(reference, command, action: "be retired") { state in try state.retire(reason: reason) }
    }

    private func change(
        _ reference: String, _ command: CommandContext, action: String, decide: (WorkloadState) throws -> [WorkloadEvent]
    ) throws -> RecordedChange {
        let ref = try repository.resolver.resolve(reference, as: .workload)
        return try repository.change(ref, command, action: action) { (loaded: Loaded<WorkloadState>) in try decide(loaded.state) }
    }

    private func resolveContext(_ reference: String?, profile: WorkloadProfile) throws -> EntityRef {
        if let reference { return try repository.resolver.resolve(reference, as: .context) }
        guard let name = profile.context else {
            throw CommandRejection.invalidInput(
                "workload '\(profile.name)' names no context", field: .context,
                hint: .advice("name the context, or set \"context\" in the profile"))
        }
        let match = try repository.loadAll(ContextState.self).values.map(\.state)
            .filter { !$0.isRetired && $0.name.lowercased() == name.lowercased() }.first
        guard let match else {
            throw CommandRejection.invalidInput(
                "no context named '\(name)' (the profile's \"context\")", field: .context, hint: .defineContext(name))
        }
        return match.ref
    }
}
