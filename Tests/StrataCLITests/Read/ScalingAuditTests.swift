import Foundation
import Testing
import StrataTestSupport

@Suite("Scaling steps recorded through the CLI, judged by the audit and the review")
struct ScalingAuditTests {
    private func findings(_ workspace: DomainWorkspace) throws -> Set<String> {
        let result = try workspace.read("audit", "--json")
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        return Set((object?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
    }

    private func decide(_ workspace: DomainWorkspace, _ title: String, _ arguments: String...) throws {
        try workspace.decide(title, ["--context", "C-1"] + arguments)
    }

    @Test("sharding straight away is premature; after scaling up, replicas, a cache and CQRS it is not")
    func premature() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed()
        try decide(workspace, "Start on PostgreSQL", "--adopt", "postgresql:main", "--in", "C-1", "--serves", "W-1")
        try decide(workspace, "Shard now", "--shard", "S-1:hash:customer_id")
        #expect(try findings(workspace).contains("premature-sharding"))

        let patient = try DomainWorkspace()
        defer { patient.remove() }
        try patient.seed()
        try decide(patient, "Start on PostgreSQL", "--adopt", "postgresql:main", "--in", "C-1", "--serves", "W-1")
        try decide(patient, "Scale up", "--scale-up", "S-1:db.r6g.2xlarge")
        try decide(patient, "Replicas", "--replicas", "S-1:2")
        try decide(patient, "Cache", "--cache", "S-1:redis")
        try decide(patient, "Read model", "--read-model", "S-1:search-view")
        try decide(patient, "Shard", "--shard", "S-1:hash:customer_id")
        #expect(!(try findings(patient).contains("premature-sharding")))
        let arch = expectOK(try patient.read("arch"))
        #expect(arch.contains("scaled up to db.r6g.2xlarge") && arch.contains("hash sharding on customer_id"))
    }

    @Test("the review names the next scaling step from the latest measurement, and drops it once a figure meets the target")
    func nextStep() throws {
        let workspace = try DomainWorkspace()
        defer { workspace.remove() }
        try workspace.seed(effective: "2025-01-01")
        try decide(workspace, "Start on PostgreSQL", "--adopt", "postgresql:main", "--in", "C-1", "--serves", "W-1")
        expectOK(try workspace.run("measure", "W-1", "latency-p99-ms", "180", "--source", "production-monitoring", "--effective", "2025-01-10"))
        let review = expectOK(try workspace.read("advise"))
        #expect(review.contains("S-1 vertical [SCALE-01]"))
        try decide(workspace, "Scale up", "--scale-up", "S-1:bigger")
        #expect(expectOK(try workspace.read("advise")).contains("S-1 read-replicas [SCALE-02]"))
        expectOK(try workspace.run("measure", "W-1", "latency-p99-ms", "40", "--source", "production-monitoring"))
        #expect(!expectOK(try workspace.read("advise")).contains("Scaling steps due"))
        let advice = try workspace.run("advise", "--workload", "W-1", "--record")
        #expect(advice.status == 0 && advice.stdout.contains("Recorded the advice"))
        let audit = try workspace.read("audit", "--json")
        #expect(audit.stdout.contains("\"topTechnology\""))
    }
}

extension DomainWorkspace {
    /// Runs `strata COMMAND --store STORE --actor tester ARGUMENTS…` with the arguments as a list.
    func run(_ command: String, _ arguments: [String]) throws -> CommandResult {
        try StrataBinary.run(command.split(separator: " ").map(String.init) + ["--store", store, "--actor", "tester"] + arguments, in: url)
    }
}

extension DomainWorkspace {
    /// Runs a read command, which takes no `--actor`.
    func read(_ command: String, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run([command, "--store", store] + arguments, in: url)
    }
}
