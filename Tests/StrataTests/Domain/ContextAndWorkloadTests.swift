import Foundation
import Testing
import Strata

@Suite("Contexts and workloads")
struct ContextAndWorkloadTests {
    @Test func definingAContextAppendsItsEventAndAShortID() throws {
        let f = try DomainFixture(); defer { f.remove() }
        let change = try f.contexts.define(name: "payments", description: "cards", f.by())
        #expect(change.subject.shortID == "C-1")
        #expect(try f.types() == ["context.defined", "shortid.allocated"])
        let meta = try f.log.events().first?.metadata ?? ""
        #expect(meta.contains("\"actor\":\"ann\"") && meta.contains("commandID"))
    }

    @Test func duplicateContextNamesAreRefused() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.contexts.define(name: "payments", f.by())
        #expect(try f.refuses(containing: "exists already") { try f.contexts.define(name: "Payments", f.by()) })
        #expect(try f.refuses(containing: "needs a name") { try f.contexts.define(name: "  ", f.by()) })
    }

    @Test func describeAndRetireFollowTheContextsState() throws {
        let f = try DomainFixture(); defer { f.remove() }
        try f.contexts.define(name: "payments", f.by())
        try f.contexts.describe("c-1", description: "cards and refunds", f.by())
        #expect(try f.refuses(containing: "already has that description") { try f.contexts.describe("C-1", description: "cards and refunds", f.by()) })
        try f.contexts.retire("C-1", reason: "merged", f.by())
        #expect(try f.expectRefusal(.retired(subject: "C-1", action: "described")) { try f.contexts.describe("C-1", description: "x", f.by()) })
        #expect(try f.refuses(containing: "already retired") { try f.contexts.retire("C-1", f.by()) })
    }

    @Test func aContextOwningActiveWorkloadsCannotBeRetired() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        #expect(try f.refuses(containing: "still owns W-1") { try f.contexts.retire("C-1", f.by()) })
        try f.workloads.retire("W-1", f.by())
        try f.contexts.retire("C-1", f.by())
    }

    @Test func unknownAndWrongKindIDsAreInputErrors() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        #expect(try f.expectRefusal(.notFound(.context, "C-9")) { try f.contexts.retire("C-9", f.by()) })
        #expect(try f.refuses(containing: "is a workload id") { try f.contexts.retire("W-1", f.by()) })
        let uuid = try EntityResolver(log: f.log).resolve("W-1", as: .workload).id
        #expect(try EntityResolver(log: f.log).resolve("workload-\(uuid)", as: .workload).shortID == "W-1")
        #expect(try EntityResolver(log: f.log).resolve(uuid.uppercased(), as: .workload).shortID == "W-1")
    }

    @Test func invalidProfilesNameFieldValueAndExpectation() throws {
        do {
            _ = try WorkloadService.parseProfile(Data(#"{"name":"x","accessPatterns":["bogus"]}"#.utf8), source: "p.json")
            Issue.record("an invalid profile was accepted")
        } catch let error as CommandRejection {
            #expect(error.isInputError)
            #expect(error.description.contains("accessPatterns[0]") && error.description.contains("bogus") && error.description.contains("expected"))
        }
    }

    @Test func workloadsRespectContextAndNameRules() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        #expect(try f.refuses(containing: "already has a workload named") { try f.addWorkload(#"{"name":"product-search","accessPatterns":["document"]}"#) })
        #expect(try f.refuses(containing: "profile field 'context'") { try f.addWorkload(#"{"name":"y","context":"billing","accessPatterns":["document"]}"#) })
        try f.contexts.define(name: "billing", f.by())
        try f.workloads.add(WorkloadService.parseProfile(Data(#"{"name":"y","context":"billing","accessPatterns":["document"]}"#.utf8)), context: nil, f.by())
        try f.contexts.define(name: "old", f.by())
        try f.contexts.retire("C-3", f.by())
        #expect(try f.expectRefusal(.retired(subject: "C-3", action: "given new workloads")) {
            try f.addWorkload(#"{"name":"z","accessPatterns":["document"]}"#, context: "C-3")
        })
    }

    @Test func revisionsKeepEveryProfile() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        let v2 = try WorkloadService.parseProfile(Data(#"{"name":"product-search","accessPatterns":["full-text"],"latencyP99Ms":30}"#.utf8))
        let change = try f.workloads.revise("W-1", profile: v2, reason: "tighter SLO", f.by())
        #expect(change.eventTypes == ["workload.revised"])
        #expect(try f.refuses(containing: "identical") { try f.workloads.revise("W-1", profile: v2, f.by()) })
        let ref = try EntityResolver(log: f.log).resolve("W-1", as: .workload)
        let state = try WorkloadState.fold(f.log.events(EventQuery(streamID: ref.streamID)))?.state
        #expect(state?.revisions.count == 2 && state?.profile.latencyP99Ms == 30 && state?.revisions[0].latencyP99Ms == 50)
        try f.workloads.retire("W-1", reason: "gone", f.by())
        #expect(try f.expectRefusal(.retired(subject: "W-1", action: "revised")) { try f.workloads.revise("W-1", profile: v2, f.by()) })
    }

    @Test func thePublicExamplesLoadAsWorkloads() throws {
        let f = try DomainFixture(); defer { f.remove() }
        let text = try String(contentsOfFile: "/work/shared/spec/examples/advice-examples.jsonl", encoding: .utf8)
        var loaded = 0
        var contexts: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            let workload = try JSONSerialization.data(withJSONObject: object?["workload"] ?? [:])
            let profile = try WorkloadService.parseProfile(workload)
            let name = profile.context ?? "default"
            if contexts[name] == nil { contexts[name] = try f.contexts.define(name: name, f.by()).subject.shortID }
            try f.workloads.add(profile, context: contexts[name], f.by())
            loaded += 1
        }
        #expect(loaded == 15)
    }
}
