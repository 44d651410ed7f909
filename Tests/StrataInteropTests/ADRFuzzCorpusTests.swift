import Foundation
import Testing
import StrataInterop

/// Replays the Markdown/YAML fuzz corpus (`.ci/fuzz/corpus/markdown`) with the fuzzers' oracle:
/// one record or clear problems, exports that stay inside their directory and import again.
@Suite struct ADRFuzzCorpusTests {
    static let corpus: [URL] = {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../.ci/fuzz/corpus/markdown").standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 10)
    }

    /// Regression (found by `strata-reliability fuzz --target markdown`): a YAML date spanning
    /// two lines was quoted verbatim, so `strata lint` printed a two-line finding.
    @Test func aMultiLineDateIsQuotedOnOneLine() {
        let text = "---\ndate: 2022-01-01\n\n  - storage\nstatus: accepted\n---\n\n# Log4brains record\n"
        let result = ADRImporter().read(files: [ADRSourceFile(name: "0001-x.md", data: Data(text.utf8))])
        let problem = result.problems.first { $0.code == .unparseableDate }
        #expect(problem?.message == "date '2022-01-01 - storage' is not a date; kept as text. Write it as yyyy-mm-dd")
    }

    /// Regression (found by both fuzzers): a link target holding a control character was quoted
    /// raw in the dangling-link problem. It is now shown escaped.
    @Test(arguments: ["regression-link-control-character", "regression-link-control-character-2"])
    func aControlCharacterInALinkIsShownEscaped(input: String) throws {
        let file = try #require(Self.corpus.first { $0.lastPathComponent == input })
        let result = ADRImporter().read(files: [ADRSourceFile(name: "0001-x.md", data: try Data(contentsOf: file))])
        let problem = try #require(result.problems.first { $0.code == .danglingLink })
        #expect(problem.message.contains("\\u{"), "\(problem.message)")
        #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 }, "\(problem.message)")
    }

    @Test func everyCorpusInputKeepsTheImportersPromises() throws {
        let name = "0001-fuzzed.md"
        for file in Self.corpus {
            let label = file.lastPathComponent
            let result = ADRImporter().read(files: [ADRSourceFile(name: name, data: try Data(contentsOf: file))])
            #expect(result.records.count <= 1, "\(label)")
            for problem in result.problems {
                #expect(problem.file == name && !problem.message.isEmpty, "\(label): \(problem)")
                #expect(!problem.message.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }, "\(label): \(problem)")
            }
            _ = ADRLinter.lint(records: result.records, problems: result.problems)
            for exported in [ADRToolsExporter.export(result.records), MADRExporter.export(result.records)] {
                for path in exported.map(\.relativePath) {
                    #expect(!path.hasPrefix("/") && !path.contains("..") && !path.contains("\\"), "\(label): \(path)")
                }
                let again = ADRImporter().read(files: exported.map { ADRSourceFile(name: $0.relativePath, data: Data($0.contents.utf8)) })
                #expect(again.records.count == result.records.count, "\(label)")
            }
        }
    }
}
