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
    /// The revision the binary reads from the same file, rewritten before `workload revise`.
    static let revised = #"{"name":"catalog-browse","accessPatterns":["relational","key-lookup"],"readsPerSecond":800,"writesPerSecond":40,"latencyP99Ms":200,"dataSizeGB":20,"consistency":"strong"}"#

    static func adopt(_ technology: Technology, _ name: String, role: StoreRole, because: [Justification] = []) -> ArchitectureEffect {
        .adoptStore(technology: .catalogue(technology), name: name, context: "C-1", role: role, workloads: ["W-1"], justifications: because)
    }

    /// The writes, in order; the binary appends `--actor tester --json` to each.
    static func writes(profilePath: String) -> [Step] {
        [
            Step(cli: ["context", "add", "checkout", "--description", "Orders and payments", "--effective", "2024-01-01"]) {
                try $0.defineContext(name: "checkout", description: "Orders and payments", on("2024-01-01"))
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
            Step(cli: ["measure", "W-1", "reads-per-second", "900", "--source", "benchmark", "--effective", "2024-03-11"]) {
                try $0.measure(StrataStore.MeasurementInput(subject: "W-1", metric: "reads-per-second", value: 900, source: "benchmark"),
                               on("2024-03-11"))
            },
            Step(cli: ["measurement", "retract", "M-3", "--reason", "ran against staging"]) {
                try $0.retractMeasurement("M-3", reason: "ran against staging", actor)
            },
            Step(cli: ["context", "describe", "C-1", "Orders, payments and refunds"]) {
                try $0.describeContext("C-1", description: "Orders, payments and refunds", actor)
            },
            Step(cli: ["workload", "revise", "W-1", "--file", profilePath, "--reason", "same shape, new name"]) {
                try $0.reviseWorkload("W-1", profile: Data(revised.utf8), source: profilePath, reason: "same shape, new name", actor)
            },
            Step(cli: ["amend", "ADR-2", "--bad", "one more system to run", "--reason", "seen in production"]) {
                var content = try $0.decisionContent("ADR-2")
                content.consequences.bad.append("one more system to run")
                return try $0.amend("ADR-2", to: content, reason: "seen in production", actor)
            },
            Step(cli: ["propose", "--title", "Keep the cache in PostgreSQL", "--context", "C-1", "--effective", "2024-05-01"]) {
                try $0.propose(DecisionContent(title: "Keep the cache in PostgreSQL", context: "C-1"), on("2024-05-01"))
            },
            Step(cli: ["accept", "ADR-4", "--effective", "2024-05-02"]) { try $0.accept("ADR-4", on("2024-05-02")) },
            Step(cli: ["supersede", "ADR-2", "--by", "ADR-4", "--reason", "one store is enough", "--effective", "2024-05-03"]) {
                try $0.supersede("ADR-2", by: ["ADR-4"], reason: "one store is enough", on("2024-05-03"))
            },
            Step(cli: ["deprecate", "ADR-1", "--reason", "the catalogue moved", "--effective", "2024-06-01"]) {
                try $0.deprecate("ADR-1", reason: "the catalogue moved", on("2024-06-01"))
            },
            Step(cli: ["context", "add", "archive"]) { try $0.defineContext(name: "archive", actor) },
            Step(cli: ["context", "retire", "C-2", "--reason", "never used"]) { try $0.retireContext("C-2", reason: "never used", actor) },
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
        Step(cli: ["context", "list"]) { try $0.listContexts() },
        Step(cli: ["context", "show", "C-1"]) { try $0.contextDetail("C-1") },
        Step(cli: ["workload", "list", "--status", "active"]) { try $0.listWorkloads(at: .now, StrataStore.WorkloadQuery(status: "active")) },
        Step(cli: ["workload", "show", "W-1"]) { try $0.workloadDetail("W-1") },
        Step(cli: ["store", "list", "--technology", "redis"]) { try $0.listStores(at: .now, StrataStore.StoreQuery(technology: "redis")) },
        Step(cli: ["store", "show", "S-1"]) { try $0.storeDetail("S-1") },
        Step(cli: ["measurement", "list"]) { try $0.listMeasurements() },
        Step(cli: ["measurement", "show", "M-3"]) { try $0.measurementDetail("M-3") },
        Step(cli: ["verify"]) { try $0.verify() },
    ]

    @Test func everyStepGivesTheSameJSON() throws {
        let directory = try TemporaryDirectory(prefix: "strata-parity")
        let profilePath = try directory.write("catalog.json", Self.profile)
        let cliStore = directory.path("cli.db"), appStore = directory.path("app.db")
        #expect(try StrataBinary.run(["init", cliStore], in: directory.url).status == 0)
        let app = try StrataStore.open(at: StrataStore.initialize(appStore).path)

        for step in Self.writes(profilePath: profilePath) {
            if step.cli.starts(with: ["workload", "revise"]) { try directory.write("catalog.json", Self.revised) }
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

/// The log and interop use cases, compared the same way: what the binary prints or writes and
/// what StrataApp returns or plans agree once ids, hashes and today's clock are set aside.
@Suite("Log and interop use cases agree through StrataApp and through the binary")
struct LogAndInteropParityTests {
    @Test func appendEventsExportImportAndRebuildAgree() throws {
        let directory = try TemporaryDirectory(prefix: "strata-parity-interop")
        let records = try TemporaryDirectory(prefix: "strata-parity-adr", ADRToolsSamples.supersedeSeveral)
        let cliStore = directory.path("cli.db"), appStore = directory.path("app.db")
        #expect(try StrataBinary.run(["init", cliStore], in: directory.url).status == 0)
        let app = try StrataStore.open(at: StrataStore.initialize(appStore).path)
        func cli(_ arguments: [String]) throws -> String {
            let result = try StrataBinary.run(arguments + ["--store", cliStore], in: directory.url)
            #expect(result.status == 0, "\(arguments): \(result)")
            return result.stdout
        }

        let imported = try cli(["import", records.url.path, "--json", "--actor", "tester"])
        #expect(try JSONShape.of(imported) == JSONShape.of(try app.importRecords(records.url.path, actor: "tester")))
        #expect(imported.contains("Third Record"))

        let appended = try cli(["append", "--stream", "note-1", "--type", "note.written", "--data", #"{"text":"hi"}"#, "--actor", "tester"])
        let appAppended = try app.append(RawAppend(stream: "note-1", type: "note.written", data: #"{"text":"hi"}"#), actor: "tester")
        #expect(appended == appAppended.map { "\($0.position) note-1@\($0.streamVersion)\n" }.joined())

        var lines: [String] = []
        try app.readEvents(EventsRequest(category: "decision")) { lines.append(EventJSON.line($0)) }
        let cliLines = try cli(["events", "--category", "decision", "--json"]).split(separator: "\n").map(String.init)
        #expect(cliLines.count == lines.count && !lines.isEmpty)
        for (ours, theirs) in zip(lines, cliLines) { #expect(try JSONShape.of(ours) == JSONShape.of(theirs)) }

        _ = try cli(["export", "json-adr", directory.path("cli-adrs.json")])
        let plan = try app.exportPlan(.jsonADR, to: directory.path("app-adrs.json"), asOf: nil)
        let written = try String(contentsOfFile: directory.path("cli-adrs.json"), encoding: .utf8)
        #expect(try JSONShape.of(written) == JSONShape.of(try #require(plan.files.first).contents))

        _ = try cli(["export", "adr-tools", directory.path("cli-adr")])
        let tools = try app.exportPlan(.adrTools, to: directory.path("app-adr"), asOf: nil)
        for file in tools.files {
            #expect(try String(contentsOfFile: directory.path("cli-adr/\(file.relativePath)"), encoding: .utf8) == file.contents, "\(file.relativePath)")
        }

        let rebuilt = try cli(["rebuild", "--json"])
        var report = try app.rebuild()
        report.seconds = 0
        let cliReport = try JSONShape.of(rebuilt).replacing(/"seconds":[0-9.e-]+/, with: "\"seconds\":0")
        #expect(cliReport == (try JSONShape.of(report)))
    }
}
