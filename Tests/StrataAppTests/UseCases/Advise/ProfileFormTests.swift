import Foundation
import StrataApp
import Testing

/// The advisor's web form: its fields are the workload schema's, and a filled-in form gets the
/// advice the same profile gets from a file.
@Suite struct ProfileFormTests {
    @Test func theFormHasOneFieldPerSchemaProperty() throws {
        let form = ProfileForm.profile
        #expect(form.fields.count == 38 && form.fields.first?.name == "name")
        // The shared spec sits beside the repository where it is checked out (CI lays it there too).
        let spec = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../../shared/spec/workload.schema.json").standardizedFileURL
        if let data = try? Data(contentsOf: spec) {
            let properties = try #require((try JSONSerialization.jsonObject(with: data) as? [String: Any])?["properties"] as? [String: Any])
            #expect(Set(form.fields.map(\.name)) == Set(properties.keys))
        }
        #expect(form.fields.filter(\.required).map(\.name) == ["name", "accessPatterns"])
        let patterns = try #require(form.fields.first { $0.name == "accessPatterns" })
        #expect(patterns.kind == .choices(AccessPattern.allCases.map(\.rawValue)))
        #expect(form.fields.first { $0.name == "offline" }?.kind == .flag)
        #expect(form.fields.first { $0.name == "dataSizeGB" }?.kind == .number)
        #expect(form.fields.first { $0.name == "description" }?.kind == .longText)
        #expect(form.fields.allSatisfy { $0.meaning?.isEmpty == false }, "every field explains itself")
    }

    @Test func aFilledFormIsTheProfileItSpells() {
        let json = ProfileForm.profile.json([
            "name": [" checkout "], "accessPatterns": ["key-lookup", "relational"], "readsPerSecond": ["1.5e3"],
            "offline": ["no"], "ephemeral": [""], "dataSizeGB": ["+5"], "structure": [""],
        ])
        #expect(JSONWriter.compact(json)
            == #"{"name":"checkout","accessPatterns":["key-lookup","relational"],"dataSizeGB":"+5","readsPerSecond":1.5e3,"offline":false}"#)
    }

    @Test func aFormIsAdvisedAsTheSameProfileFromAFile() throws {
        let values = ["name": ["product-catalog"], "accessPatterns": ["document", "key-lookup"], "structure": ["evolving"],
                      "consistency": ["eventual"], "dataSizeGB": ["120"], "readsPerSecond": ["3000"], "writesPerSecond": ["400"]]
        let file = #"{"name":"product-catalog","accessPatterns":["document","key-lookup"],"structure":"evolving","consistency":"eventual","dataSizeGB":120,"readsPerSecond":3000,"writesPerSecond":400}"#
        let fromForm = try StrataStore.advise(form: values)
        #expect(fromForm == (try StrataStore.advise(profile: Data(file.utf8), source: "catalog.json")))
        #expect(fromForm.advice.recommendations.first?.technology.rawValue == "mongodb")
    }

    @Test func aBadFigureIsRefusedWithTheValidatorsCodeAndField() {
        do {
            _ = try StrataStore.advise(form: ["name": ["x"], "accessPatterns": ["queue"], "latencyP99Ms": ["fast"]])
            Issue.record("a number field holding 'fast' should be refused")
        } catch {
            #expect(error.code == .invalidProfile && error.subject?.field?.rawValue == "latencyP99Ms", "\(error)")
        }
        let page = StrataStore.liveAdvisorPage(["name": ["x"], "accessPatterns": []])
        #expect(page.contains("role=\"alert\"") && page.contains("invalid-profile") && page.contains("accessPatterns"), "\(page)")
    }
}
