import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

/// Generated hostile input: the importer, linter and exporters must never crash, and
/// what they produce must keep its invariants.
@Suite struct FuzzTests {
    static let tokens = [
        "---\n", "# ", "# 1. ", "## Status\n", "## Context\n", "## Decision Outcome\n", "### Consequences\n",
        "## Pros and Cons of the Options\n", "### ", "```\n", "~~~\n", "<!--", "-->", "* ", "- Status: ",
        "Supercedes [", "Superceded by [", "](", "0001-x.md", "0002-y.md", "../z.md", ")", "\r\n", "\n", "\n\n",
        "Chosen option: \"", "\"", "'", ", because ", "\u{202E}", "🚀", "\\", "[", "]", "status: [", "&a ", "*a ",
        "Date: 12/01/1992\n", "date: 2020-02-30\n", "\u{FEFF}", "é", "   ", "\t", "Good, because ", "title: |\n  x\n",
        "superseded by ADR-0002", "![Accepted](https://img.shields.io/badge/adr-accepted-green)", "✅ ", "\u{7}",
    ]

    static func document(using generator: inout SeededGenerator) -> Data {
        let count = Int.random(in: 0...100, using: &generator)
        var text = ""
        for _ in 0..<count {
            if Int.random(in: 0..<10, using: &generator) == 0 {
                text += String(Int.random(in: 0...20, using: &generator))
            } else {
                text += tokens.randomElement(using: &generator) ?? ""
            }
        }
        var data = Data(text.utf8)
        if Int.random(in: 0..<8, using: &generator) == 0, !data.isEmpty {
            data[Int.random(in: 0..<data.count, using: &generator)] = UInt8.random(in: 0x80...0xFF, using: &generator)
        }
        return data
    }

    static func files(seed: UInt64, count: Int) -> [ADRSourceFile] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { index in
            let number = Int.random(in: 0...12, using: &generator)
            let name = index % 7 == 0 ? "2020010\(index % 10)-slug-\(index).md" : ADRNumber.padded(number) + "-f\(index).md"
            return ADRSourceFile(name: name, data: document(using: &generator))
        }
    }

    @Test(arguments: 1...40)
    func tokenSoupNeverBreaksTheInvariants(seed: UInt64) throws {
        let files = Self.files(seed: seed, count: 40)
        let result = ADRImporter().read(files: files)
        #expect(result.records.count <= files.count)
        let names = Set(files.map(\.name))
        #expect(result.problems.allSatisfy { names.contains($0.file) })
        #expect(result.problems.allSatisfy { !$0.message.contains("\n") })
        _ = ADRLinter.lint(records: result.records, problems: result.problems)
        for exported in [ADRToolsExporter.export(result.records), MADRExporter.export(result.records)] {
            #expect(Set(exported.map(\.relativePath)).count == result.records.count)
            #expect(exported.allSatisfy { !$0.relativePath.contains("/") && $0.contents.hasSuffix("\n") })
            let reimported = try RoundTrip.importing(exported)
            #expect(reimported.records.count == result.records.count)
            let byPath = Dictionary(reimported.records.map { ($0.sourcePath ?? "", $0) }) { first, _ in first }
            for (file, original) in zip(exported, result.records) {
                let record = try #require(byPath[file.relativePath])
                let title = String(MarkdownText.singleLine(original.title).unicodeScalars.filter {
                    $0.properties.generalCategory != .control
                })
                if !title.isEmpty { #expect(record.title == title) }
                #expect(record.status == original.status)
                #expect(record.chosenOption.map(MarkdownText.singleLine) == original.chosenOption.map(MarkdownText.singleLine))
                #expect(record.links.map(\.type) == original.links.map(\.type))
            }
        }
        let json = ADRImporter.readJSONADR(data: JSONADRExporter.encode(result.records))
        #expect(json.records.count == result.records.count)
        let jsonByPath = Dictionary(json.records.map { ($0.sourcePath ?? "", $0) }) { first, _ in first }
        for original in result.records where !MarkdownText.singleLine(original.title).isEmpty {
            let record = try #require(jsonByPath[original.sourcePath ?? ""])
            #expect(record.title == MarkdownText.singleLine(original.title))
            #expect(record.status == original.status)
        }
    }

    @Test(arguments: 1...6)
    func randomBytesNeverCrash(seed: UInt64) {
        var generator = SeededGenerator(seed: seed * 7919)
        let files = (0..<30).map { index in
            let length = Int.random(in: 0...3000, using: &generator)
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            return ADRSourceFile(name: "\(index)-random.md", data: Data(bytes))
        }
        let result = ADRImporter().read(files: files)
        #expect(result.records.count + result.problems.filter { $0.code == .binaryFile || $0.code == .emptyFile }.count == files.count)
        _ = ADRLinter.lint(records: result.records, problems: result.problems)
        _ = ADRToolsExporter.export(result.records)
        for file in files {
            #expect(ADRImporter.readJSONADR(data: file.data).records.count <= 1)
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: [
        String(repeating: "[", count: 1_000_000),
        String(repeating: "## Context\nx\n", count: 100_000),
        "# T\n\n## Pros and Cons of the Options\n\n" + (0..<50_000).map { "### Option \($0)\n* Good, because g\n" }.joined(),
        "# 1. T\n\n## Status\n\n" + (0..<50_000).map { "Custom\($0) [x](000\($0 % 3)-x.md)\n" }.joined(),
        "---\n" + String(repeating: "- [", count: 2000) + "\n---\n# Deep\n",
        "# " + String(repeating: "ADR-1: ", count: 100_000) + "\n",
        String(repeating: "* Status: ![a](b)\n", count: 100_000),
        String(repeating: "<!-- ", count: 200_000) + "\n# X\n",
        String(repeating: "Chosen option: \"", count: 100_000),
    ])
    func pathologicalInputStaysFast(text: String) {
        let file = ADRSourceFile(name: "0001-big.md", data: Data(text.utf8))
        let result = ADRImporter().read(files: [file, ADRSourceFile(name: "0002-x.md", data: Data("# x\n".utf8))])
        #expect(result.records.count == 2)
        _ = ADRLinter.lint(records: result.records, problems: result.problems)
        _ = MADRExporter.export(result.records)
    }

    @Test func deeplyNestedJSONIsRejectedNotCrashed() {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let result = ADRImporter.readJSONADR(data: Data(text.utf8))
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.code) == [.invalidJSON])
    }
}
