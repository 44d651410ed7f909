import Foundation
import StrataApp
import Testing

/// The use cases an agent face relies on: idempotent retries, expected versions, the overview,
/// profile checks, decisions as Markdown and arguments checked against their declared types.
@Suite struct AgentUseCaseTests {
    @Test func aRetryWithTheSameKeyReplaysTheFirstCallInsteadOfRecordingAgain() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let key = UUID().uuidString
        let first = try demo.store.defineContext(name: "search", Recording(actor: "agent:test", idempotencyKey: key))
        let again = try demo.store.defineContext(name: "search", Recording(actor: "agent:test", idempotencyKey: key))
        #expect(first.replayed == nil && again.replayed == true)
        #expect(again.id == first.id && again.events == first.events && again.version == 1)
        #expect(try demo.store.listContexts().contexts.filter { $0.name == "search" }.count == 1)
        var ids: [String] = []
        try demo.store.readEvents(EventsRequest(stream: first.stream)) { ids.append($0.eventID) }
        #expect(ids == [key.lowercased()], "the key is the first event's id, so a retry is found by the log's index")
        let error = demo.error { () throws(AppError) in try demo.store.defineContext(name: "x", Recording(actor: "a", idempotencyKey: "nope")) }
        #expect(error?.code == .invalidInput && error?.subject?.field == .idempotencyKey)
    }

    @Test func aChangeAgainstAStaleVersionIsAConflictAndTheRightVersionPasses() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let proposed = try demo.store.propose(DecisionContent(title: "Try a queue"), Recording(actor: "agent:test"))
        let version = try #require(proposed.version)
        let stale = demo.error { () throws(AppError) in
            try demo.store.link(proposed.id, type: "relates-to", to: "ADR-1", Recording(actor: "a", expectedVersion: version + 1))
        }
        #expect(stale?.code == .versionConflict)
        let linked = try demo.store.link(proposed.id, type: "relates-to", to: "ADR-1", Recording(actor: "a", expectedVersion: version))
        #expect(linked.version == version + 1)
        let accepting = demo.error { () throws(AppError) in try demo.store.accept(proposed.id, Recording(actor: "a", expectedVersion: version)) }
        #expect(accepting?.code == .versionConflict, "accept checks the version too")
    }

    @Test func theOverviewCountsTheStoreAndListsOpenProposals() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let before = try demo.store.overview()
        _ = try demo.store.propose(DecisionContent(title: "Open question"), Recording(actor: "agent:test"))
        let after = try demo.store.overview()
        #expect(after.position > before.position && after.counts.decisions == before.counts.decisions + 1)
        #expect(after.openProposals.map(\.title).contains("Open question"))
        #expect(after.decisionsByStatus["proposed"] == (before.decisionsByStatus["proposed"] ?? 0) + 1)
        let past = try demo.store.overview(at: demo.store.moment(asOf: "@1", validAt: nil))
        #expect(past.position == 1)
    }

    @Test func aProfileCheckReportsTheProblemAsData() {
        let good = StrataStore.checkProfile(Data(#"{"name":"a","accessPatterns":["key-lookup"]}"#.utf8), source: "p")
        #expect(good.valid && good.name == "a" && good.problem == nil)
        let bad = StrataStore.checkProfile(Data(#"{"name":"a","accessPatterns":["teleport"]}"#.utf8), source: "p")
        #expect(!bad.valid && bad.problem?.code == .invalidProfile && bad.problem?.field != nil)
    }

    @Test func theGeneratedProfileSchemaNamesEveryFieldOfTheSharedSchema() throws {
        let generated = ProfileJSONSchema.value
        guard case .object(let properties)? = generated["properties"] else { Issue.record("no properties"); return }
        #expect(properties.contains { $0.key == "accessPatterns" } && properties.count > 30)
        let shared = SharedSpec.workloadSchema
        guard FileManager.default.fileExists(atPath: shared.path) else { return }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: shared)) as? [String: Any])
        let names = try #require(object["properties"] as? [String: Any]).keys.sorted()
        #expect(properties.map(\.key).sorted() == names)
    }

    @Test func aDecisionReadsAsMADRMarkdown() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let markdown = try demo.store.decisionMarkdown("ADR-1")
        let title = try demo.store.decisionRecord("ADR-1").entry.title
        #expect(markdown.contains("# \(title)"))
        #expect(demo.error { () throws(AppError) in try demo.store.decisionMarkdown("ADR-999") }?.code == .notFound)
    }

    @Test func argumentsAreCheckedAgainstTheirDeclaredTypes() throws {
        let declared = [UseCaseArgument("id", .decision, required: true), UseCaseArgument("metric", .metric), UseCaseArgument("value", .figure)]
        func error(_ values: [String: JSONValue], _ read: (UseCaseArguments) throws(AppError) -> Void = { _ in }) -> AppError? {
            do { try read(try UseCaseArguments(values, declared: declared)); return nil } catch { return error }
        }
        #expect(error([:])?.subject?.field?.rawValue == "id", "a missing required argument")
        #expect(error(["id": .string("ADR-1"), "idd": .string("x")])?.code == .invalidInput, "an unknown argument")
        #expect(error(["id": .number(7)]) { a throws(AppError) in _ = try a.required("id") }?.code == .invalidInput, "a wrong shape")
        #expect(error(["id": .string("ADR-1"), "metric": .string("speed")]) { a throws(AppError) in _ = try a.string("metric") }?.code == .unknownValue)
        let fine = try UseCaseArguments(["id": .string("ADR-1"), "value": .number(2.5)], declared: declared)
        #expect(try fine.number("value") == 2.5 && fine.string("metric") == nil)
        let schema = UseCaseArgument.objectSchema(declared)
        #expect(schema["required"] == .array([.string("id")]))
    }
}

/// The shared spec beside the repository (`../shared/spec`), when it is there.
enum SharedSpec {
    static let workloadSchema = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("../shared/spec/workload.schema.json").standardizedFileURL
}
