import Foundation
import Strata
import StrataTestSupport

/// Random domain commands, issued as a team would over months: contexts, workloads and their
/// revisions, measurements (some backdated, some retracted) and decisions whose effects adopt,
/// re-scale, move and retire stores. A command the domain refuses records nothing and is
/// skipped, as the CLI would print the refusal and carry on.
struct RandomCommands {
    var random: SeededGenerator
    let clock: TickingClock
    var contexts: [String] = []
    var workloads: [(ref: String, context: String)] = []
    var stores: [String] = []
    var measurements: [String] = []
    var decisions: [String] = []
    var status: [String: DecisionStatus] = [:]
    private(set) var recorded = 0
    private(set) var refused = 0

    init(seed: UInt64, clock: TickingClock) {
        random = SeededGenerator(seed: seed)
        self.clock = clock
    }

    /// Issues one random command through `log`.
    mutating func step(on log: SQLiteEventLog) throws {
        do {
            try issue(on: log)
            recorded += 1
        } catch is CommandRejection {
            refused += 1
        }
    }

    /// Issues `count` random commands through `log`.
    mutating func run(_ count: Int, on log: SQLiteEventLog) throws {
        for _ in 0..<count { try step(on: log) }
    }

    private mutating func issue(on log: SQLiteEventLog) throws {
        if contexts.isEmpty { return try defineContext(log) }
        if workloads.isEmpty { return try addWorkload(log) }
        switch Int.random(in: 0..<100, using: &random) {
        case ..<4: try defineContext(log)
        case ..<6: try changeContext(log)
        case ..<16: try addWorkload(log)
        case ..<22: try changeWorkload(log)
        case ..<32: try recordMeasurement(log)
        case ..<35: try retractMeasurement(log)
        case ..<60: try propose(log)
        case ..<85: try accept(log)
        default: try changeDecision(log)
        }
    }

    /// Nil most of the time; otherwise an instant up to a week before now.
    mutating func effective() -> Timestamp? {
        guard random.chance(0.3) else { return nil }
        return clock.upcoming.adding(seconds: -Int64.random(in: 1...604_800, using: &random))
    }

    mutating func command(_ effective: Timestamp? = nil) -> CommandContext {
        CommandContext(actor: random.pick(["ann", "bob", "eve"]) ?? "ann", effectiveAt: effective)
    }

    private mutating func defineContext(_ log: SQLiteEventLog) throws {
        let name = random.pick(["catalog", "billing", "search", "identity"]) ?? "catalog"
        let change = try ContextService(log: log).define(name: name, description: "the \(name) context", command())
        contexts.append(change.subject.shortID)
    }

    private mutating func changeContext(_ log: SQLiteEventLog) throws {
        guard let context = random.pick(contexts) else { return }
        if random.chance(0.7) {
            try ContextService(log: log).describe(context, description: "revised \(random.next() % 100)", command())
        } else {
            try ContextService(log: log).retire(context, reason: "merged", command())
        }
    }

    private mutating func addWorkload(_ log: SQLiteEventLog) throws {
        guard let context = random.pick(contexts), let name = random.pick(RandomProfile.names) else { return }
        let profile = try WorkloadService.parseProfile(Data(RandomProfile.json(name: name, using: &random).utf8))
        let change = try WorkloadService(log: log).add(profile, context: context, command(effective()))
        workloads.append((change.subject.shortID, context))
    }

    private mutating func changeWorkload(_ log: SQLiteEventLog) throws {
        guard let workload = random.pick(workloads), let name = random.pick(RandomProfile.names) else { return }
        if random.chance(0.75) {
            let profile = try WorkloadService.parseProfile(Data(RandomProfile.json(name: name, using: &random).utf8))
            try WorkloadService(log: log).revise(workload.ref, profile: profile, reason: "new figures", command(effective()))
        } else {
            try WorkloadService(log: log).retire(workload.ref, reason: "no longer needed", command(effective()))
        }
    }

    private mutating func recordMeasurement(_ log: SQLiteEventLog) throws {
        let subjects = workloads.map(\.ref) + (random.chance(0.3) ? stores : [])
        guard let subject = random.pick(subjects) else { return }
        let metric = random.pick([Metric.latencyP99Ms, .readsPerSecond, .writesPerSecond, .storageGB, .connections, .cpuPercent])
            ?? .latencyP99Ms
        let ceiling = metric.maximum ?? 2_000
        // Half the figures have a full-precision fraction, which snapshots must carry bit for bit.
        let value = random.chance(0.5) ? Double.random(in: 0.001...ceiling, using: &random) : Double(Int.random(in: 1...Int(ceiling), using: &random))
        let target = random.chance(0.4) ? Double(Int.random(in: 1...Int(ceiling), using: &random)) : nil
        let figure = MeasurementState.Figure(
            metric: metric, value: value, source: random.pick(MeasurementSource.allCases) ?? .production, target: target)
        let change = try MeasurementService(log: log).record(figure, about: subject, command(effective()))
        measurements.append(change.subject.shortID)
    }

    private mutating func retractMeasurement(_ log: SQLiteEventLog) throws {
        guard let measurement = random.pick(measurements) else { return }
        try MeasurementService(log: log).retract(measurement, reason: "wrong cluster", command())
    }
}
