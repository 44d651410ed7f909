import Foundation
import StrataTestSupport
import Testing

/// `strata --store http://…` with `STRATA_TOKEN`: every command works against a server as it
/// does against a file, writes going to the server and reads served from a local replica.
@Suite struct CLIClientTests {
    /// One person's run of the scenario: the same arguments against a file or against the server.
    struct Step {
        var arguments: [String]
        /// Which token the server run uses; the file run records the same actor with --actor.
        var person: Person = .writer
        /// Whether the command reads (its output is compared) or records (its exit and errors are).
        var reads: Bool = false
    }

    enum Person: String, CaseIterable {
        case writer = "writer-1", reviewer = "writer-2", admin = "admin-1", reader = "reader-1"
        var actor: String { "token:\(rawValue)" }
    }

    static let ledger = #"{"name": "ledger", "accessPatterns": ["relational"], "consistency": "strong", "latencyP99Ms": 50}"#
    static let search = #"{"name": "product-search", "accessPatterns": ["full-text"], "consistency": "eventual"}"#

    /// Records a little of everything the CLI records, then reads it every way it reads.
    static func scenario(_ directory: TemporaryDirectory) throws -> [Step] {
        let ledger = try directory.write("ledger.json", Self.ledger)
        let search = try directory.write("search.json", Self.search)
        func record(_ arguments: String..., as person: Person = .writer) -> Step { Step(arguments: arguments, person: person) }
        func read(_ arguments: String..., as person: Person = .reader) -> Step { Step(arguments: arguments + ["--json"], person: person, reads: true) }
        return [
            record("token", "add", "writer-2", "--role", "writer", as: .admin),
            record("context", "add", "payments", "--description", "Card payments", "--effective", "2024-12-01"),
            record("context", "add", "catalog", "--effective", "2024-12-01"),
            record("context", "add", "archive", "--effective", "2024-12-01"),
            record("context", "review-policy", "C-1", "--approvals", "1", "--effective", "2024-12-01"),
            record("workload", "add", "--file", ledger, "--context", "C-1", "--effective", "2025-01-01"),
            record("workload", "add", "--file", search, "--context", "C-2", "--effective", "2025-01-01"),
            record("measure", "W-1", "latency-p99-ms", "180", "--source", "production-monitoring", "--effective", "2025-01-10"),
            record("propose", "--title", "Keep the ledger in PostgreSQL", "--context", "C-1", "--option", "PostgreSQL", "--option", "MongoDB",
                   "--choose", "PostgreSQL", "--pro", "PostgreSQL: ACID", "--con", "MongoDB: no joins", "--rationale", "ACID",
                   "--adopt", "postgresql:ledger-db", "--in", "C-1", "--role", "primary", "--serves", "W-1", "--effective", "2025-01-02"),
            // Refused before the quorum is met, alike on both.
            record("accept", "ADR-1", "--effective", "2025-01-03"),
            record("review", "ADR-1", "--approve", "-m", "sound", as: .reviewer),
            record("accept", "ADR-1", "--effective", "2025-01-03"),
            record("propose", "--title", "Cache balances in Redis", "--context", "C-1", "--option", "Redis", "--choose", "Redis",
                   "--adopt", "redis:balance-cache", "--in", "C-1", "--role", "cache", "--serves", "W-1", "--because-measured", "M-1",
                   "--effective", "2025-01-15"),
            record("review", "ADR-2", "--approve", "-m", "measured", as: .reviewer),
            record("accept", "ADR-2", "--effective", "2025-01-20"),
            record("propose", "--title", "Search with Elasticsearch", "--context", "C-2", "--option", "Elasticsearch", "--choose", "Elasticsearch",
                   "--adopt", "elasticsearch:catalog-search", "--in", "C-2", "--role", "search", "--serves", "W-2",
                   "--because-capability", "full-text:W-2", "--effective", "2025-02-01"),
            record("accept", "ADR-3", "--effective", "2025-02-02"),
            record("propose", "--title", "Move the ledger to MongoDB", "--context", "C-1"),
            record("reject", "ADR-4", "--reason", "no transactions"),
            record("link", "ADR-2", "--type", "relates-to", "--to", "ADR-1"),
            record("amend", "ADR-2", "--bad", "another store to run", "--reason", "seen in production"),
            record("measure", "W-1", "latency-p99-ms", "40", "--source", "production-monitoring", "--effective", "2025-02-10"),
            record("measurement", "retract", "M-2", "--reason", "wrong cluster"),
            record("append", "--stream", "note-1", "--type", "note.written", "--data", #"{"text":"kept"}"#),
            // Refused (it still owns workloads), then one that is not.
            record("context", "retire", "C-2"),
            record("context", "retire", "C-3"),
            read("arch"), read("arch", "--as-of", "@20"), read("arch", "--valid-at", "2025-01-12"), read("arch", "--all"),
            read("log"), read("log", "--status", "accepted"), read("show", "ADR-2"), read("history", "ADR-1"), read("review", "ADR-1"),
            read("audit"), read("audit", "--as-of", "@25"), read("search", "ledger"), read("measurements"), read("measurements", "W-1"),
            read("diff", "--from", "@10", "--to", "@40"), read("diff", "--from", "2025-01-05", "--to", "2025-02-05", "--valid-time"),
            read("context", "list"), read("context", "show", "C-1"), read("workload", "list"), read("workload", "show", "W-1"),
            read("store", "list"), read("store", "show", "S-1"), read("measurement", "list"), read("token", "list"),
            read("events"), read("events", "--stream", "note-1"), read("verify"),
        ]
    }

    @Test func theScenarioAnswersTheSameAgainstAFileAndAgainstAServer() async throws {
        let server = try RunningServer()
        let directory = server.directory
        let file = directory.path("file.db")
        try RunningServer.strata(["init", file], in: directory)
        for (name, role) in [("reader-1", "reader"), ("writer-1", "writer"), ("admin-1", "admin")] {
            _ = try RunningServer.issue(name, role, store: file, in: directory)
        }
        let secrets: [Person: String] = [.writer: server.writer, .admin: server.admin, .reader: server.reader]
        var reviewerSecret: String?
        let started = Date()
        for step in try Self.scenario(directory) {
            let local = try StrataBinary.run(step.arguments + ["--store", file] + (step.reads ? [] : ["--actor", step.person.actor]), in: directory.url)
            guard let secret = step.person == .reviewer ? reviewerSecret : secrets[step.person] else {
                Issue.record("no token for \(step.person)"); return
            }
            // A name the client chooses is never what the server records: the token's is.
            let remote = try StrataBinary.run(step.arguments + ["--store", server.baseURL] + (step.reads ? [] : ["--actor", "mallory"]), in: directory.url, environment: [
                "STRATA_TOKEN": secret, "STRATA_REPLICA": directory.path("replica-\(step.person.rawValue).db"),
            ])
            let shown = step.arguments.joined(separator: " ")
            #expect(local.status == remote.status, "\(shown): exit \(local.status) on the file, \(remote.status) on the server\n\(local)\n\(remote)")
            if step.reads {
                #expect(local.status == 0 && !local.stdout.isEmpty, "\(shown): \(local)")
                let (a, b) = (Self.normalised(local.stdout, since: started), Self.normalised(remote.stdout, since: started))
                #expect(a == b, "\(shown) answers differently:\n--- file\n\(a)\n--- server\n\(b)")
            } else {
                #expect(Self.normalised(local.stdout, since: started) == Self.normalised(remote.stdout, since: started), "\(shown): \(local)\n\(remote)")
                #expect(Self.normalised(local.stderr, since: started) == Self.normalised(remote.stderr, since: started), "\(shown): \(local)\n\(remote)")
            }
            if step.arguments.starts(with: ["token", "add", "writer-2"]) {
                reviewerSecret = remote.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        let events = try StrataBinary.run(["events", "--json", "--store", server.store], in: directory.url).stdout
        #expect(!events.contains("mallory") && events.contains(#""actor":"token:writer-2""#))
    }

    @Test func tokensAreCheckedAndEveryRefusalLeavesTheServersStoreAsItWas() async throws {
        let server = try RunningServer()
        let directory = server.directory
        func strata(_ arguments: [String], token: String?, replica: String = "replica.db") throws -> CommandResult {
            var environment = ["STRATA_REPLICA": directory.path(replica)]
            environment["STRATA_TOKEN"] = token
            return try StrataBinary.run(arguments + ["--store", server.baseURL], in: directory.url, environment: environment)
        }
        func head() throws -> String { try StrataBinary.run(["verify", "--store", server.store], in: directory.url).stdout }
        try #require(try strata(["context", "add", "payments"], token: server.writer).status == 0)
        let before = try head()

        let cases: [(arguments: [String], token: String?, code: String)] = [
            (["context", "add", "billing"], nil, "[server-token-missing]"),
            (["context", "add", "billing"], "strata_not-a-token", "[server-unauthenticated]"),
            (["context", "add", "billing"], server.reader, "[server-forbidden]"),
            (["token", "add", "intruder", "--role", "admin"], server.writer, "[not-allowed-here]"),
            (["push", server.baseURL], server.admin, "[invalid-input]"),
        ]
        for (arguments, token, code) in cases {
            let result = try strata(arguments, token: token)
            #expect(result.status != 0 && result.stderr.contains(code), "\(arguments) with \(token ?? "no token"): \(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "not one line: \(result.stderr)")
            #expect(token.map { !result.stderr.contains($0) } ?? true, "the secret shows in \(result.stderr)")
        }
        #expect(try head() == before)

        // A reader reads through a replica of its own; a revoked token is refused at once.
        let reader = try strata(["context", "list", "--json"], token: server.reader, replica: "reader.db")
        #expect(reader.status == 0 && reader.stdout.contains("payments"), "\(reader)")
        #expect(try strata(["token", "revoke", "writer-1"], token: server.admin).status == 0)
        let revoked = try strata(["context", "add", "billing"], token: server.writer)
        #expect(revoked.status == 2 && revoked.stderr.contains("[server-unauthenticated]"), "\(revoked)")

        let nowhere = try StrataBinary.run(["arch", "--store", "http://127.0.0.1:1"], in: directory.url, environment: ["STRATA_TOKEN": server.reader])
        #expect(nowhere.status == 2 && nowhere.stderr.contains("[server-unreachable]"), "\(nowhere)")
    }

    @Test func concurrentClientsRacingForShortIDsAreEachRecordedOnce() async throws {
        let server = try RunningServer()
        let directory = server.directory
        let (url, secret) = (server.baseURL, server.writer)
        let results = try await withThrowingTaskGroup(of: CommandResult.self) { group in
            for index in 0..<8 {
                group.addTask {
                    try await RunningServer.detached {
                        try StrataBinary.run(["context", "add", "context-\(index)", "--store", url], in: directory.url, environment: [
                            "STRATA_TOKEN": secret, "STRATA_REPLICA": directory.path("replica-\(index).db"),
                        ])
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result.status == 0, "\(result)") }
        let list = try StrataBinary.run(["context", "list", "--json", "--store", server.store], in: directory.url).stdout
        let ids = (1...8).filter { list.contains("\"C-\($0)\"") }
        #expect(ids.count == 8 && !list.contains("\"C-9\""), "\(list)")
        // Every replica, caught up, holds the server's log byte for byte.
        let truth = try StrataBinary.run(["events", "--json", "--store", server.store], in: directory.url).stdout
        for index in [0, 7] {
            let replica = try StrataBinary.run(["events", "--json", "--store", url], in: directory.url, environment: [
                "STRATA_TOKEN": secret, "STRATA_REPLICA": directory.path("replica-\(index).db"),
            ])
            #expect(replica.stdout == truth, "replica \(index) differs")
        }
    }

    /// `text` with what two runs never share replaced: ids, hashes and times recorded during the
    /// test become placeholders numbered by first appearance, so the structure is still compared.
    static func normalised(_ text: String, since started: Date) -> String {
        let days = Set([started, Date()].map { ISO8601DateFormatter.string(from: $0, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate]) })
        var result = text
        for day in days {
            result = result.replacingOccurrences(of: #"\#(day)T[0-9:.]+(Z|[+-][0-9:]+)?"#, with: "<now>", options: .regularExpression)
            result = result.replacingOccurrences(of: day, with: "<today>")
        }
        for (pattern, label) in [(#"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"#, "id"), (#"[0-9a-f]{64}"#, "hash"), (#"strata_[A-Za-z0-9_-]{20,}"#, "secret")] {
            result = numbered(result, pattern, label)
        }
        return result
    }

    private static func numbered(_ text: String, _ pattern: String, _ label: String) -> String {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return text }
        var seen: [String: Int] = [:]
        var output = ""
        var last = text.startIndex
        for match in expression.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            guard let range = Range(match.range, in: text) else { continue }
            let value = String(text[range])
            let number = seen[value] ?? seen.count + 1
            seen[value] = number
            output += text[last..<range.lowerBound] + "<\(label)-\(number)>"
            last = range.upperBound
        }
        return output + text[last...]
    }
}
