import Foundation
import StrataAdvisor
import StrataProfile
import Testing

/// The public example cases must pass exactly: rank 1, top three and the
/// full warning set (warnings are raised if and only if their condition holds).
struct AdviceExampleTests {
    static let embedded: [ExampleCase] = (try? ExampleCase.decodeAll(AdviceExamples.jsonLines)) ?? []

    @Test("The embedded example file decodes to fifteen cases")
    func embeddedCasesDecode() throws {
        let cases = try ExampleCase.decodeAll(AdviceExamples.jsonLines)
        #expect(cases.count == 15)
    }

    @Test("Each embedded example passes", arguments: embedded)
    func embeddedExample(_ example: ExampleCase) {
        check(example)
    }

    @Test("The live example files in shared/spec/examples pass, when present")
    func liveExamples() throws {
        let folder = Self.liveFolder()
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names.sorted() where name.hasSuffix(".jsonl") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for example in try ExampleCase.decodeAll(text) { check(example) }
        }
    }

    private func check(_ example: ExampleCase) {
        let advice = Advisor.advise(example.profile)
        let ranked = advice.recommendations.map(\.technology)
        if let top = example.expectTop1 {
            #expect(ranked.first == top, "\(example.id): rank 1 is \(ranked.first?.rawValue ?? "none"), expected \(top.rawValue)")
        }
        for expected in example.expectInTop3 {
            #expect(ranked.prefix(3).contains(expected), "\(example.id): \(expected.rawValue) not in top 3 \(ranked.prefix(3).map(\.rawValue))")
        }
        #expect(Set(advice.warningCodes) == Set(example.expectWarnings), "\(example.id): warnings \(advice.warningCodes.map(\.rawValue))")
    }

    /// `../shared/spec/examples` relative to the package root.
    static func liveFolder() -> URL? {
        let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            packageRoot.appendingPathComponent("../shared/spec/examples"),
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/spec/examples"),
        ]
        return candidates.first { FileManager.default.fileExists(atPath: $0.standardizedFileURL.path) }?.standardizedFileURL
    }
}
