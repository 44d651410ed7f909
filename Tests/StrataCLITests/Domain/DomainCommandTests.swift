import Foundation
import Testing
import StrataTestSupport

@Suite("Domain commands through the binary")
struct DomainCommandTests {
    @Test func recordingCommandsPrintTheHumanIDAndAppendExactlyTheirEvents() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        try w.seed(effective: "2025-01-01")
        #expect(try w.eventTypes() == ["context.defined", "shortid.allocated", "workload.added", "shortid.allocated"])
        let measured = expectOK(try w.run("measure", "W-1", "latency-p99-ms", "180", "--source", "production-monitoring", "--effective", "2025-01-10"))
        #expect(measured.hasPrefix("Recorded M-1 (measurement.recorded)") && measured.contains("bottleneck"))
        let proposed = expectOK(try w.run(
            "propose", "--title", "Search with Elasticsearch", "--option", "Elasticsearch", "--option", "Postgres FTS",
            "--choose", "Elasticsearch", "--pro", "Elasticsearch: relevance", "--con", "Postgres FTS: weak ranking",
            "--adopt", "elasticsearch:catalog-search", "--in", "C-1", "--role", "search", "--serves", "W-1",
            "--because-measured", "M-1", "--because-capability", "full-text:W-1", "--effective", "2025-01-20"))
        #expect(proposed == "Proposed ADR-1 (decision.proposed)\n")
        let before = try w.eventTypes().count
        let accepted = expectOK(try w.run("accept", "ADR-1", "--json", "--effective", "2025-02-01"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(accepted.utf8)) as? [String: Any])
        #expect(object["id"] as? String == "ADR-1" && object["created"] as? [String] == ["S-1"])
        #expect(Array(try w.eventTypes().dropFirst(before)) == ["decision.accepted", "store.adopted", "shortid.allocated"])
        expectOK(try w.run("measurement retract", "M-1", "--reason", "wrong cluster"))
        expectOK(try w.run("context describe", "C-1", "Products and search"))
        #expect(try w.index() == [
            "C-1 active catalog", "ADR-1 accepted Search with Elasticsearch", "M-1 retracted latency-p99-ms 180.0 ms",
            "S-1 active catalog-search", "W-1 active product-search",
        ])
    }

    @Test func refusalsAppendNothingAndPrintOneLine() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        try w.seed()
        let bad = try w.file("bad.json", #"{"name":"x","accessPatterns":["bogus"]}"#)
        let count = try w.eventTypes().count
        expectError(try w.run("workload add", "--file", bad, "--context", "C-1"), exit: 2, mentioning: ["accessPatterns[0]", "bogus", "expected"])
        expectError(try w.run("workload revise", "W-1", "--file", bad), exit: 2, mentioning: ["accessPatterns[0]"])
        expectError(try w.run("accept", "ADR-99"), exit: 2, mentioning: ["no decision ADR-99"])
        expectError(try w.run("measure", "W-1", "latency-p99-ms", "5", "--source", "guess"), exit: 2, mentioning: ["--source 'guess'"])
        expectError(try w.run("measure", "W-1", "speed", "5", "--source", "benchmark"), exit: 2, mentioning: ["metric 'speed'"])
        expectError(try w.run("context add", "catalog"), exit: 1, mentioning: ["exists already"])
        expectError(try w.run("context retire", "C-1"), exit: 1, mentioning: ["still owns W-1"])
        expectError(try w.run("propose", "--title", "x", "--adopt", "nosuchdb:x", "--in", "C-1"), exit: 2, mentioning: ["technology 'nosuchdb'"])
        #expect(try w.eventTypes().count == count)
        expectOK(try w.run("propose", "--title", "A"))
        expectError(try w.run("reject", "ADR-1"), exit: 1, mentioning: ["needs a reason"])
        expectOK(try w.run("reject", "ADR-1", "--reason", "too costly"))
        let afterReject = try w.eventTypes().count
        expectError(try w.run("accept", "ADR-1"), exit: 1, mentioning: ["ADR-1 is rejected"])
        expectError(try w.run("supersede", "ADR-1", "--by", "ADR-1", "--reason", "x"), exit: 1, mentioning: ["cannot supersede itself"])
        expectError(try w.run("deprecate", "ADR-1", "--reason", "x"), exit: 1, mentioning: ["cannot be deprecated"])
        expectError(try w.run("link", "ADR-1", "--type", "supersedes", "--to", "ADR-1"), exit: 2, mentioning: ["strata supersede"])
        #expect(try w.eventTypes().count == afterReject)
    }

    @Test func supersedeDeprecateAmendAndLink() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        for title in ["A", "B", "C"] { expectOK(try w.run("propose", "--title", title)) }
        for id in ["ADR-1", "ADR-2", "ADR-3"] { expectOK(try w.run("accept", id)) }
        #expect(expectOK(try w.run("supersede", "ADR-1", "--by", "ADR-2", "--reason", "better")) == "Superseded ADR-1 (decision.superseded, decision.linked)\n")
        expectError(try w.run("supersede", "ADR-2", "--by", "ADR-1", "--reason", "loop"), exit: 1, mentioning: ["cycle"])
        expectOK(try w.run("deprecate", "ADR-3", "--reason", "obsolete"))
        expectOK(try w.run("link", "ADR-2", "--type", "relates-to", "--to", "ADR-3"))
        expectError(try w.run("amend", "ADR-2", "--rationale", "changed"), exit: 1, mentioning: ["propose a new decision"])
        expectOK(try w.run("amend", "ADR-2", "--bad", "costly", "--reason", "seen in prod"))
        #expect(Array(try w.eventTypes().suffix(3)) == ["decision.deprecated", "decision.linked", "decision.amended"])
    }

    @Test func proposeReadsJSONAndMarkdownFiles() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        let json = try w.file("adr.json", #"{"title":"Use Redis","options":[{"name":"Redis","pros":["fast"]}],"chosenOption":"Redis","tags":["cache"]}"#)
        #expect(expectOK(try w.run("propose", "--file", json)) == "Proposed ADR-1 (decision.proposed)\n")
        let broken = try w.file("broken.json", #"{"options":[]}"#)
        expectError(try w.run("propose", "--file", broken), exit: 2, mentioning: ["title"])
        let markdown = try w.file("0002-use-kafka.md", """
            # Use Kafka for order events

            ## Context and Problem Statement

            Orders fan out to many consumers.

            ## Considered Options

            * Kafka
            * RabbitMQ

            ## Decision Outcome

            Chosen option: "Kafka", because replay matters.

            """)
        #expect(expectOK(try w.run("propose", "--file", markdown)) == "Proposed ADR-2 (decision.proposed)\n")
        #expect(try w.index().contains("ADR-2 proposed Use Kafka for order events"))
        expectError(try w.run("propose"), exit: 2, mentioning: ["--title"])
    }

    @Test func thePublicExamplesLoadThroughTheBinary() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        let text = try String(contentsOfFile: "/work/shared/spec/examples/advice-examples.jsonl", encoding: .utf8)
        var contexts: [String: String] = [:]
        for (index, line) in text.split(separator: "\n").enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let data = try JSONSerialization.data(withJSONObject: object["workload"] ?? [:])
            let profile = try w.file("w\(index).json", String(decoding: data, as: UTF8.self))
            let name = (object["workload"] as? [String: Any])?["context"] as? String ?? "default"
            if contexts[name] == nil {
                let out = expectOK(try w.run("context add", name, "--json"))
                contexts[name] = (try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])?["id"] as? String
            }
            expectOK(try w.run("workload add", "--file", profile, "--context", contexts[name] ?? "C-1"))
        }
        #expect(try w.eventTypes().filter { $0 == "workload.added" }.count == 15)
    }

    @Test func everyDomainCommandHasHelpWithAnExample() throws {
        let w = try DomainWorkspace(); defer { w.remove() }
        let commands = [
            ["context", "add"], ["context", "describe"], ["context", "retire"], ["workload", "add"], ["workload", "revise"],
            ["workload", "retire"], ["measure"], ["measurement", "retract"], ["propose"], ["accept"], ["reject"],
            ["supersede"], ["deprecate"], ["amend"], ["link"],
        ]
        for command in commands {
            let result = try StrataBinary.run(command + ["--help"], in: w.url)
            #expect(result.status == 0 && result.stdout.contains("Example"), "\(command): \(result)")
        }
    }
}
