import Foundation
import StrataApp
import StrataTestSupport
import Testing

/// One scenario driven twice: through StrataApp alone and through the `strata` binary, each on
/// its own store. Every step's JSON must be the same, ids and clock readings aside: the CLI
/// adds nothing to a use case but parsing and rendering.
@Suite("Every use case gives the same JSON through StrataApp and through the binary")
struct UseCaseParityTests {
    /// One use case: the command line and the same call on the application layer.
    struct Step: Sendable {
        var cli: [String]
        var app: @Sendable (StrataStore) throws -> any Encodable
    }

    static let actor = Recording(actor: "tester")

    static func on(_ date: String) -> Recording { Recording(actor: "tester", effective: date) }

    static let profile = #"{"name":"catalog","accessPatterns":["relational","key-lookup"],"readsPerSecond":800,"writesPerSecond":40,"latencyP99Ms":200,"dataSizeGB":20,"consistency":"strong"}"#

    static func adopt(_ technology: Technology, _ name: String, role: StoreRole, because: [Justification] = []) -> ArchitectureEffect {
        .adoptStore(technology: technology, name: name, context: "C-1", role: role, workloads: ["W-1"], justifications: because)
    }

    /// The writes, in order; the binary appends `--actor tester --json` to each.
    static func writes(profilePath: String) -> [Step] {
        [
            Step(cli: ["context", "add", "checkout", "--description", "Orders and payments"]) {
                try $0.defineContext(name: "checkout", description: "Orders and payments", actor)
            },
            Step(cli: ["workload", "add", "--file", profilePath, "--context", "C-1", "--effective", "2024-01-10"]) {
                try $0.addWorkload(profile: Data(profile.utf8), source: profilePath, context: "C-1", on("2024-01-10"))
            },
            Step(cli: ["propose", "--title", "Start on PostgreSQL", "--context", "C-1", "--adopt", "postgresql:main-db", "--in", "C-1",
                       "--role", "primary", "--serves", "W-1", "--rationale", "start simple", "--effective", "2024-01-11"]) {
                try $0.propose(DecisionContent(title: "Start on PostgreSQL", rationale: "start simple",
                                               effects: [adopt(.postgresql, "main-db", role: .primary)], context: "C-1"), on("2024-01-11"))
            },
            Step(cli: ["accept", "ADR-1", "--reason", "agreed in review", "--effective", "2024-01-12"]) {
                try $0.accept("ADR-1", reason: "agreed in review", on("2024-01-12"))
            },
            Step(cli: ["measure", "W-1", "latency-p99-ms", "340", "--source", "production-monitoring", "--target", "200",
                       "--effective", "2024-03-01"]) {
                try $0.measure(StrataStore.MeasurementInput(subject: "W-1", metric: "latency-p99-ms", value: 340,
                                                            source: "production-monitoring", target: 200), on("2024-03-01"))
            },
            Step(cli: ["propose", "--title", "Cache reads in Redis", "--context", "C-1", "--adopt", "redis:catalog-cache", "--in", "C-1",
                       "--role", "cache", "--serves", "W-1", "--because-measured", "M-1", "--effective", "2024-03-02"]) {
                try $0.propose(DecisionContent(
                    title: "Cache reads in Redis",
                    effects: [adopt(.redis, "catalog-cache", role: .cache, because: [.measuredBottleneck(measurements: ["M-1"])])],
                    context: "C-1"), on("2024-03-02"))
            },
            Step(cli: ["accept", "ADR-2", "--reason", "p99 over target", "--effective", "2024-03-03"]) {
                try $0.accept("ADR-2", reason: "p99 over target", on("2024-03-03"))
            },
            Step(cli: ["propose", "--title", "Shard now", "--context", "C-1", "--effective", "2024-04-01"]) {
                try $0.propose(DecisionContent(title: "Shard now", context: "C-1"), on("2024-04-01"))
            },
            Step(cli: ["reject", "ADR-3", "--reason", "too early", "--effective", "2024-04-02"]) {
                try $0.reject("ADR-3", reason: "too early", on("2024-04-02"))
            },
            Step(cli: ["link", "ADR-2", "--type", "relates-to", "--to", "ADR-1"]) {
                try $0.link("ADR-2", type: "relates-to", to: "ADR-1", actor)
            },
            Step(cli: ["measure", "W-1", "latency-p99-ms", "95", "--source", "production-monitoring", "--effective", "2024-03-10"]) {
                try $0.measure(StrataStore.MeasurementInput(subject: "W-1", metric: "latency-p99-ms", value: 95,
                                                            source: "production-monitoring"), on("2024-03-10"))
            },
        ]
    }

    /// The reads, each compared after every write has been made on both stores.
    static let reads: [Step] = [
        Step(cli: ["arch"]) { try $0.architecture() },
        Step(cli: ["arch", "--as-of", "ADR-1", "--all"]) { try $0.architecture(at: $0.moment(asOf: "ADR-1", validAt: nil), includeRetired: true) },
        Step(cli: ["arch", "--valid-at", "2024-02-01"]) { try $0.architecture(at: $0.moment(asOf: nil, validAt: "2024-02-01")) },
        Step(cli: ["log"]) { try $0.decisionLog() },
        Step(cli: ["log", "--status", "accepted", "--technology", "redis"]) {
            try $0.decisionLog(at: .now, StrataStore.DecisionLogQuery(status: "accepted", technology: "redis"))
        },
        Step(cli: ["log", "--from", "2024-03-01", "--to", "2024-03-31"]) {
            try $0.decisionLog(at: .now, StrataStore.DecisionLogQuery(from: "2024-03-01", to: "2024-03-31"))
        },
        Step(cli: ["show", "ADR-2"]) { try $0.decisionRecord("ADR-2") },
        Step(cli: ["history", "ADR-3"]) { try $0.decisionHistory("ADR-3") },
        Step(cli: ["audit"]) { try $0.audit() },
        Step(cli: ["audit", "--as-of", "@8"]) { try $0.audit(at: $0.moment(asOf: "@8", validAt: nil)) },
        Step(cli: ["measurements", "W-1"]) { try $0.measurements(of: "W-1") },
        Step(cli: ["diff", "--from", "2024-02-01", "--valid-time"]) { try $0.diff(from: "2024-02-01", to: nil, validTime: true) },
        Step(cli: ["advise"]) { try $0.review() },
        Step(cli: ["advise", "--workload", "W-1"]) { try $0.advise(workload: "W-1") },
        Step(cli: ["lint"]) { try $0.lint() },
    ]

    @Test func everyStepGivesTheSameJSON() throws {
        let directory = try TemporaryDirectory(prefix: "strata-parity")
        let profilePath = try directory.write("catalog.json", Self.profile)
        let cliStore = directory.path("cli.db"), appStore = directory.path("app.db")
        #expect(try StrataBinary.run(["init", cliStore], in: directory.url).status == 0)
        let app = try StrataStore.open(at: StrataStore.initialize(appStore).path)

        for step in Self.writes(profilePath: profilePath) {
            let cli = try StrataBinary.run(step.cli + ["--store", cliStore, "--actor", "tester", "--json"], in: directory.url)
            #expect(cli.status == 0, "\(step.cli): \(cli)")
            #expect(try JSONShape.of(cli.stdout) == JSONShape.of(try step.app(app)), "\(step.cli.joined(separator: " "))")
        }
        var shapes: [String] = []
        for step in Self.reads {
            let cli = try StrataBinary.run(step.cli + ["--store", cliStore, "--json"], in: directory.url)
            // `lint` and `audit` exit 1 on findings; their JSON is still the answer.
            #expect(cli.status <= 1 && !cli.stdout.isEmpty, "\(step.cli): \(cli)")
            let shape = try JSONShape.of(cli.stdout)
            #expect(shape == (try JSONShape.of(try step.app(app))), "\(step.cli.joined(separator: " "))")
            shapes.append(shape)
        }
        // The answers are about the scenario, not empty shells that would trivially agree.
        #expect(shapes[0].contains("catalog-cache") && shapes[0].contains("main-db"))
        #expect(shapes[6].contains("Cache reads in Redis") && shapes[8].contains("justified"))
        #expect(shapes[1].contains("main-db") && !shapes[1].contains("catalog-cache"))
    }

    @Test func refusalsCarryTheSameCodeBothWays() throws {
        let directory = try TemporaryDirectory(prefix: "strata-parity")
        let path = try StrataStore.initialize(directory.path("store.db")).path
        let store = try StrataStore.open(at: path)
        _ = try store.propose(DecisionContent(title: "Try Cassandra"), Self.actor)
        let cases: [([String], @Sendable (StrataStore) throws -> Void, AppError.Code)] = [
            (["reject", "ADR-1"], { _ = try $0.reject("ADR-1", reason: "", Self.actor) }, .reasonRequired),
            (["accept", "ADR-9"], { _ = try $0.accept("ADR-9", Self.actor) }, .notFound),
            (["arch", "--as-of", "soon"], { _ = try $0.architecture(at: $0.moment(asOf: "soon", validAt: nil)) }, .invalidMoment),
            (["arch", "--as-of", "ADR-1"], { _ = try $0.architecture(at: $0.moment(asOf: "ADR-1", validAt: nil)) }, .neverAccepted),
            (["measure", "W-1", "speed", "1", "--source", "benchmark"],
             { _ = try $0.measure(StrataStore.MeasurementInput(subject: "W-1", metric: "speed", value: 1, source: "benchmark"), Self.actor) },
             .unknownValue),
        ]
        for (arguments, call, code) in cases {
            let cli = try StrataBinary.run(arguments + ["--store", path], in: directory.url)
            #expect(cli.stderr.hasSuffix("[\(code)]\n"), "\(arguments): \(cli)")
            #expect(cli.status == (code.category == .refused || code.category == .conflict ? 1 : 2), "\(arguments): \(cli)")
            do {
                try call(store)
                Issue.record("\(arguments) was accepted by the application layer")
            } catch let error as AppError {
                #expect(error.code == code, "\(arguments): \(error)")
            }
        }
    }
}
