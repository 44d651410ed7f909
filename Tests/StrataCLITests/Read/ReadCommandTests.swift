import Foundation
import Testing
import StrataTestSupport

@Suite("Read commands over the demo store")
struct ReadCommandTests {
    @Test("demo records the story, prints the present, the audit and the past, and refuses a non-empty store")
    func demo() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let again = try StrataBinary.run(["demo", "--store", workspace.store], in: workspace.url)
        #expect(again.status == 2)
        #expect(again.stderr.hasPrefix("error: the store at") && again.stderr.contains("[store-not-empty]"))
        let events = try workspace.run("events").lines.count
        #expect(events > 60)
    }

    @Test("arch --json has the contract's keys, and the stores the story adopted")
    func archJSON() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let arch = try workspace.json("arch")
        for context in arch["contexts"] as? [[String: Any]] ?? [] { #expect(context["name"] is String) }
        for store in arch.stores {
            for key in ["id", "name", "technology", "category", "role", "workloads"] { #expect(store[key] != nil, "\(key) missing") }
        }
        let technologies = Set(arch.stores.compactMap { $0["technology"] as? String })
        #expect(technologies == ["postgresql", "redis", "elasticsearch", "pgvector", "bigquery"])
        let shop = try #require(arch.stores.first { $0["name"] as? String == "shop-db" })
        #expect((shop["topology"] as? [String: Any])?["readReplicas"] as? Int == 2)
        #expect((shop["workloads"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["W-1", "W-2"])
    }

    @Test("arch --as-of a first-year date, a position and a decision shows what the log knew then")
    func archAsOf() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let firstYear = try workspace.json("arch", "--as-of", "2024-09-30")
        #expect(Set(firstYear.stores.compactMap { $0["technology"] as? String }) == ["postgresql", "redis"])
        let afterSearch = try workspace.json("arch", "--as-of", "ADR-5")
        #expect(afterSearch.stores.contains { $0["technology"] as? String == "elasticsearch" })
        #expect(!afterSearch.stores.contains { $0["technology"] as? String == "pinecone" })
        let empty = try workspace.json("arch", "--as-of", "@0")
        #expect((empty["contexts"] as? [Any])?.isEmpty == true)
        let inEffect = try workspace.json("arch", "--valid-at", "2025-03-01")
        #expect(inEffect.stores.contains { $0["technology"] as? String == "pinecone" })
        let never = try workspace.run("arch", "--as-of", "ADR-9")
        #expect(never.status == 2 && never.stderr.contains("never accepted"))
    }

    @Test("log --json lists every decision with status, date and links both ways; filters narrow it")
    func log() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let all = try workspace.json("log").decisions
        #expect(all.count == 9)
        for decision in all {
            for key in ["id", "title", "status", "effectiveAt", "links"] { #expect(decision[key] != nil, "\(key) missing") }
        }
        let six = try #require(all.first { $0["id"] as? String == "ADR-6" })
        #expect(six["status"] as? String == "superseded")
        let sixLinks = six["links"] as? [[String: Any]] ?? []
        #expect(sixLinks.contains { $0["type"] as? String == "superseded-by" && $0["target"] as? String == "ADR-7" })
        func ids(_ arguments: String...) throws -> [String] {
            let result = try StrataBinary.run(["log", "--store", workspace.store, "--json"] + arguments, in: workspace.url)
            let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            return (object?.decisions ?? []).compactMap { $0["id"] as? String }
        }
        #expect(try ids("--status", "rejected") == ["ADR-9"])
        #expect(try ids("--technology", "redis") == ["ADR-3"])
        #expect(try ids("--tag", "ml") == ["ADR-6", "ADR-7"])
        #expect(try ids("--decider", "sam okafor") == ["ADR-8", "ADR-9"])
        #expect(try ids("--context", "payments") == ["ADR-2"])
        #expect(try ids("--from", "2025-01-01", "--to", "2025-06-02") == ["ADR-6", "ADR-7"])
        let bad = try workspace.run("log", "--status", "maybe")
        #expect(bad.status == 2 && bad.stderr.hasPrefix("error:"))
    }

    @Test("show renders the whole record; history gives the timeline with both clocks; unknown ids fail clearly")
    func showAndHistory() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let show = try workspace.run("show", "ADR-7")
        #expect(show.status == 0)
        for text in ["ADR-7: Consolidate recommendations into pgvector", "Problem", "Options", "Rationale", "supersedes ADR-6", "S-5: retired", "W-5"] {
            #expect(show.stdout.contains(text), "missing \(text)")
        }
        let history = try workspace.json("history", "ADR-6")
        let steps = history["timeline"] as? [[String: Any]] ?? []
        #expect(steps.compactMap { $0["change"] as? String } == ["proposed", "accepted", "superseded"])
        #expect(steps.allSatisfy { $0["recordedAt"] is String && $0["effectiveAt"] is String && $0["by"] is String })
        let missing = try workspace.run("show", "ADR-99")
        #expect(missing.status == 2)
        #expect(missing.stderr.split(separator: "\n").count == 1 && missing.stderr.hasPrefix("error:"))
        let notYet = try workspace.run("show", "ADR-7", "--as-of", "2024-12-31")
        #expect(notYet.status == 2 && notYet.stderr.contains("at that moment"))
    }

    @Test("audit gates on speculative stores, and an earlier moment passes")
    func audit() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let failing = try workspace.run("audit")
        #expect(failing.status == 1)
        let report = try workspace.json("audit")
        #expect(report["asOf"] is String)
        let verdicts = Dictionary(uniqueKeysWithValues: (report["stores"] as? [[String: Any]] ?? []).compactMap { store -> (String, String)? in
            guard let name = store["name"] as? String, let verdict = store["verdict"] as? String else { return nil }
            return (name, verdict)
        })
        #expect(verdicts == ["shop-db": "baseline", "payments-db": "baseline", "catalog-cache": "justified",
                             "catalog-search": "justified", "catalog-vectors": "justified", "warehouse": "speculative"])
        let codes = Set((report["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String })
        #expect(codes == ["premature-polyglot", "unmeasured-justification"])
        #expect(try workspace.run("audit", "--as-of", "2024-12-31").status == 0)
    }

    @Test("diff names the stores and decisions that changed between two moments")
    func diff() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let diff = try workspace.json("diff", "--from", "2024-09-30")
        let added = (diff["storesAdded"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(added == ["catalog-search", "catalog-vectors", "warehouse"])
        let decisions = (diff["decisions"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(decisions == ["ADR-5", "ADR-6", "ADR-7", "ADR-8", "ADR-9"])
        let within = try workspace.json("diff", "--from", "ADR-6", "--to", "ADR-7")
        #expect((within["storesRetired"] as? [[String: Any]])?.compactMap { $0["technology"] as? String } == ["pinecone"])
        // A store adopted and retired in between is in neither end state, but it is in the steps.
        let span = try workspace.json("diff", "--from", "2024-09-30", "--to", "2025-06-30")
        #expect(!((span["storesAdded"] as? [[String: Any]]) ?? []).contains { $0["name"] as? String == "reco-vectors" })
        let steps = (span["steps"] as? [[String: Any]] ?? []).filter { $0["name"] as? String == "reco-vectors" }
        #expect(steps.compactMap { $0["change"] as? String } == ["adopted", "workload-moved-out", "retired"], "\(steps)")
        #expect(steps.first?["decision"] as? String == "ADR-6")
        let positions = (span["steps"] as? [[String: Any]] ?? []).compactMap { $0["position"] as? Int }
        #expect(positions == positions.sorted() && positions.allSatisfy { $0 > span["from"] as? Int ?? 0 })
        let text = try workspace.run("diff", "--from", "2024-09-30", "--to", "2025-06-30")
        #expect(text.stdout.contains("In between") && text.stdout.contains(": W-5 "), "\(text)")
    }

    @Test("measurements mark bottlenecks and the gain a decision brought")
    func measurements() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let timeline = try workspace.json("measurements", "W-1")
        let subject = try #require((timeline["subjects"] as? [[String: Any]])?.first)
        let points = subject["measurements"] as? [[String: Any]] ?? []
        #expect(points.compactMap { $0["bottleneck"] as? Bool } == [true, false])
        let gain = try #require((subject["gains"] as? [[String: Any]])?.first)
        #expect(gain["decision"] as? String == "ADR-3" && gain["before"] as? Double == 340 && gain["after"] as? Double == 95)
        #expect(try workspace.run("measurements", "W-42").status == 2)
    }

    @Test("rebuild reproduces the tables the inline projections wrote")
    func rebuild() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let before = try workspace.readModelTables()
        #expect(try workspace.run("rebuild").status == 0)
        #expect(try workspace.readModelTables() == before)
    }

    @Test("human output fits 80 columns and carries no colour codes off a terminal")
    func humanOutput() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        for command in [["arch"], ["log"], ["audit"], ["show", "ADR-7"], ["history", "ADR-6"], ["diff", "--from", "@10"], ["measurements"]] {
            let result = try StrataBinary.run(command + ["--store", workspace.store], in: workspace.url)
            #expect(!result.stdout.contains("\u{1B}"), "\(command)")
            for line in result.lines { #expect(line.count <= 80, "\(command): \(line)") }
        }
    }
}
