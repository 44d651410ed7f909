import Foundation
import Testing

@Suite("list and show for contexts, workloads, stores and measurements")
struct EntityCommandTests {
    @Test("every list prints a table at 80 columns and one JSON object with --json")
    func lists() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        for (command, key, first) in [("context list", "contexts", "C-1"), ("workload list", "workloads", "W-1"),
                                      ("store list", "stores", "S-1"), ("measurement list", "measurements", "M-1")] {
            let human = try workspace.run(command)
            #expect(human.status == 0, "\(human)")
            #expect(human.lines.contains { $0.hasPrefix(first + " ") || $0.contains("  \(first) ") }, "\(command): \(human.stdout)")
            #expect(human.lines.allSatisfy { $0.count <= 80 }, "\(command) fits 80 columns")
            let json = try workspace.json(command)
            let rows = json[key] as? [[String: Any]] ?? []
            #expect(rows.first?["id"] as? String == first, "\(command) --json")
        }
    }

    @Test("list filters narrow; --as-of reads the past")
    func filters() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let redis = try workspace.json("store list", "--technology", "redis")
        #expect((redis["stores"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["S-3"])
        let payments = try workspace.json("workload list", "--context", "payments")
        #expect((payments["workloads"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["W-3"])
        let retired = try workspace.json("store list", "--status", "retired")
        #expect((retired["stores"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["reco-vectors"])
        let early = try workspace.json("store list", "--as-of", "2024-03-01")
        #expect((early["stores"] as? [[String: Any]])?.count == 2)
        let cpu = try workspace.json("measurement list", "--subject", "S-1")
        #expect((cpu["measurements"] as? [[String: Any]])?.compactMap { $0["metric"] as? String } == ["cpu-percent", "cpu-percent"])
    }

    @Test("workload show has the profile, its stores and its latest measurements")
    func workloadShow() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let human = try workspace.run("workload show", "W-1")
        #expect(human.status == 0)
        #expect(human.stdout.contains("\"name\" : \"catalog-browse\""))
        #expect(human.stdout.contains("Latest measurements") && human.stdout.contains("M-2"))
        let json = try workspace.json("workload show", "W-1")
        #expect((json["profile"] as? [String: Any])?["latencyP99Ms"] as? Int == 120)
        #expect((json["stores"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["S-1", "S-3"])
    }

    @Test("store show has topology, decisions and the audit verdict")
    func storeShow() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let human = try workspace.run("store show", "S-1")
        #expect(human.stdout.contains("Topology: 2 read replicas"))
        #expect(human.stdout.contains("ADR-4") && human.stdout.contains("baseline"))
        let json = try workspace.json("store show", "S-1")
        #expect((json["audit"] as? [String: Any])?["verdict"] as? String == "baseline")
        #expect((json["changes"] as? [[String: Any]])?.compactMap { $0["decision"] as? String } == ["ADR-1", "ADR-4"])
    }

    @Test("context and measurement show; unknown ids name the list command")
    func showAndUnknown() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("context show", "C-2").stdout.contains("ADR-2"))
        #expect(try workspace.run("measurement show", "M-1").stdout.contains("BOTTLENECK"))
        expectError(try workspace.run("store show", "S-42"), exit: 2, mentioning: ["S-42", "strata store list", "[not-found]"])
        expectError(try workspace.run("workload show", "W-42"), exit: 2, mentioning: ["strata workload list"])
        expectError(try workspace.run("context show", "C-42"), exit: 2, mentioning: ["strata context list"])
        expectError(try workspace.run("measurement show", "M-42"), exit: 2, mentioning: ["strata measurement list"])
    }
}
