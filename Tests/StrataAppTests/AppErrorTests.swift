import StrataApp
import StrataTestSupport
import Testing

/// Errors of every layer reach the faces as one type, classified by code, with a remedy in no
/// face's words: what the CLI turns into a flag, a server into a pointer.
struct AppErrorTests {
    @Test func anUnknownRuleSuggestsNeighboursAndTheListing() {
        do {
            _ = try RuleBook.rule("SEL-DOC-99")
            Issue.record("an unknown rule was found")
        } catch {
            #expect(error.code == .unknownRule && error.category == .notFound)
            #expect(error.message.contains("SEL-DOC-01"))
            #expect(error.remedy == .perform(.listRules))
        }
    }

    @Test func domainRefusalsKeepTheirFieldAndHint() throws {
        let directory = try TemporaryDirectory(prefix: "strata-app-errors")
        let store = try StrataStore.open(at: StrataStore.initialize(directory.path("store.db")).path)
        let actor = Recording(actor: "tester")
        _ = try store.propose(DecisionContent(title: "A"), actor)
        _ = try store.propose(DecisionContent(title: "B"), actor)
        _ = try store.propose(DecisionContent(title: "C"), Recording(actor: "tester", effective: "2024-01-10"))
        let refusals: [(() throws -> Void, AppError.Code, AppError.Field?, AppError.Remedy?)] = [
            ({ _ = try store.link("ADR-2", type: "supersedes", to: "ADR-1", actor) }, .invalidInput, .linkType,
             .perform(.supersede(decision: "ADR-1", by: "ADR-2"))),
            ({ _ = try store.reject("ADR-1", reason: " ", actor) }, .reasonRequired, .reason, .provide(.reason)),
            ({ _ = try store.propose(DecisionContent(title: ""), actor) }, .invalidInput, .title, .provide(.title)),
            ({ _ = try store.link("ADR-2", type: "amends", to: "ADR-2", actor) }, .selfLink, nil, .advice("name another decision")),
            ({ _ = try store.defineContext(name: "", actor) }, .invalidInput, AppError.Field(rawValue: "name"), .provide(AppError.Field(rawValue: "name"))),
            ({ _ = try store.accept("ADR-3", Recording(actor: "tester", effective: "2024-01-01")) }, .effectiveTooEarly, nil,
             .provideNotBefore(.effective, earliest: "2024-01-10", repropose: "ADR-3")),
        ]
        for (call, code, field, remedy) in refusals {
            do {
                try call()
                Issue.record("\(code) was not raised")
            } catch let error as AppError {
                #expect(error.code == code, "\(error)")
                #expect(error.subject?.field == field, "\(error)")
                #expect(error.remedy == remedy, "\(error)")
                #expect(!error.message.contains("--") && !error.message.contains("strata "), "a library message names a flag: \(error.message)")
            }
        }
    }
}
