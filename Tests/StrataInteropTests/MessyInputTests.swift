import Foundation
import Testing
@testable import StrataInterop
import StrataTestSupport

/// Real-world damage: every case must import what it can and report the rest.
@Suite struct MessyInputTests {
    private func importing(_ name: String, _ data: Data, importer: ADRImporter = ADRImporter()) throws -> ADRImportResult {
        let directory = try TemporaryDirectory()
        try directory.write(name, data)
        return importer.read(directory: directory.url)
    }

    private func codes(_ result: ADRImportResult) -> Set<ImportProblemCode> {
        Set(result.problems.map(\.code))
    }

    @Test func windowsLineEndingsAreNormalised() throws {
        let text = AdrToolsFixtures.file(1, "First").replacingOccurrences(of: "\n", with: "\r\n")
        let result = try importing("0001-first.md", Data(text.utf8))
        #expect(result.records == [AdrToolsFixtures.record(1, "First")])
        #expect(codes(result) == [.windowsLineEndings])
    }

    @Test func byteOrderMarkIsStripped() throws {
        let result = try importing("0001-first.md", Data([0xEF, 0xBB, 0xBF]) + Data(AdrToolsFixtures.file(1, "First").utf8))
        #expect(result.records == [AdrToolsFixtures.record(1, "First")])
        #expect(codes(result) == [.byteOrderMark])
    }

    @Test func byteOrderMarkBeforeFrontMatterStillReadsFrontMatter() throws {
        let text = "---\nstatus: rejected\n---\n# Nope\n"
        let result = try importing("0001-nope.md", Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8))
        #expect(result.records.first?.status == .rejected)
    }

    @Test func missingFinalNewlineIsReported() throws {
        let text = String(AdrToolsFixtures.file(1, "First").dropLast())
        let result = try importing("0001-first.md", Data(text.utf8))
        #expect(result.records == [AdrToolsFixtures.record(1, "First")])
        #expect(result.problems.map(\.code) == [.missingFinalNewline])
        #expect(result.problems.first?.line == 19)
    }

    @Test func utf16FilesAreDecoded() throws {
        let text = AdrToolsFixtures.file(1, "Größe")
        let data = Data([0xFF, 0xFE]) + (text.data(using: .utf16LittleEndian) ?? Data())
        let result = try importing("0001-grosse.md", data)
        #expect(result.records.first?.title == "Größe")
        #expect(codes(result) == [.utf16Encoding])
    }

    @Test func nonUTF8BytesAreReadAsLatin1AndReported() throws {
        var data = Data(AdrToolsFixtures.file(1, "Caf").utf8)
        data.insert(0xE9, at: 8) // right after "# 1. Caf"
        let result = try importing("0001-cafe.md", data)
        #expect(result.records.first?.title == "Café")
        #expect(result.problems.map(\.code) == [.invalidUTF8])
        #expect(result.problems.first?.line == 1)
    }

    @Test func badgeStatusIsReadFromTheBadge() throws {
        let status = "![Accepted](https://img.shields.io/badge/adr-accepted-green)"
        let result = try importing("0032-remove-gem.md", Data(AdrToolsFixtures.file(32, "Remove gem", status: status).utf8))
        #expect(result.records.first?.status == .accepted)
        #expect(codes(result) == [.badgeStatus])
    }

    @Test func emojiStatusIsReadWithoutTheEmoji() throws {
        let result = try importing("036-multi-cluster.md", Data(AdrToolsFixtures.file(36, "Multi cluster", status: "✅ Accepted").utf8))
        #expect(result.records.first?.status == .accepted)
        #expect(result.records.first?.number == 36)
        #expect(codes(result) == [.emojiStatus])
    }

    @Test func dayFirstDatesAreParsedAndAmbiguityReported() throws {
        let unambiguous = try importing("0012-one.md", Data(AdrToolsFixtures.file(12, "One", date: "25/06/2019").utf8))
        #expect(unambiguous.records.first?.date == ADRDay(year: 2019, month: 6, day: 25))
        #expect(codes(unambiguous) == [.nonISODate])
        let ambiguous = try importing("0012-one.md", Data(AdrToolsFixtures.file(12, "One", date: "01/06/2019").utf8))
        #expect(ambiguous.records.first?.date == ADRDay(year: 2019, month: 6, day: 1))
        #expect(codes(ambiguous) == [.ambiguousDate])
        let garbage = try importing("0012-one.md", Data(AdrToolsFixtures.file(12, "One", date: "sometime in spring").utf8))
        #expect(garbage.records.first?.date == nil)
        #expect(garbage.records.first?.dateText == "sometime in spring")
        #expect(codes(garbage) == [.unparseableDate])
    }

    @Test func missingStatusSectionIsReportedWithAdrToolsDefault() throws {
        let text = "# 1. Bare\n\nDate: 2020-01-01\n\n## Status\n\n## Context\n\nx\n"
        let result = try importing("0001-bare.md", Data(text.utf8))
        #expect(result.records.first?.status == .proposed)
        #expect(codes(result) == [.missingStatus])
    }

    @Test(arguments: [
        "---\nstatus: [unclosed\n---\n# Broken\n",
        "---\nstatus: accepted\n  bad indent: x\n---\n# Broken\n",
        "---\n- just\n- a list\n---\n# Broken\n",
        "---\nkey: value\nkey: again\n---\n# Broken\n",
        "---\na: &x [1, 2]\nb: *y\n---\n# Broken\n",
    ])
    func brokenYAMLIsReportedAndKept(text: String) throws {
        let result = try importing("0001-broken.md", Data(text.utf8))
        let record = try #require(result.records.first)
        #expect(record.title == "Broken")
        #expect(codes(result).contains(.invalidFrontMatter))
        #expect(record.otherMetadata["front-matter"] != nil)
    }

    @Test func unterminatedFrontMatterIsReported() throws {
        let result = try importing("0001-open.md", Data("---\nstatus: accepted\n# Open\n".utf8))
        #expect(codes(result).contains(.unterminatedFrontMatter))
        #expect(result.records.count == 1)
    }

    @Test func yamlAliasBombIsRefused() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(previous)]\n"
        }
        let result = try importing("0001-bomb.md", Data("---\n\(yaml)---\n# Bomb\n".utf8))
        #expect(result.records.first?.title == "Bomb")
        #expect(codes(result).contains(.invalidFrontMatter))
    }

    @Test func duplicateNumbersAreReportedForEachFile() throws {
        let directory = try TemporaryDirectory([
            "0002-left.md": AdrToolsFixtures.file(2, "Left"),
            "0002-right.md": AdrToolsFixtures.file(2, "Right"),
        ])
        let result = ADRImporter.read(directory: directory.url)
        #expect(result.records.count == 2)
        #expect(result.problems.filter { $0.code == .duplicateNumber }.map(\.file) == ["0002-left.md", "0002-right.md"])
    }

    @Test func danglingLinkIsReportedWithItsLine() throws {
        let status = "Accepted\n\nSupercedes [9. Gone](0009-gone.md)"
        let result = try importing("0010-here.md", Data(AdrToolsFixtures.file(10, "Here", status: status).utf8))
        #expect(result.problems.map(\.code) == [.danglingLink])
        #expect(result.problems.first?.line == 9)
        #expect(result.records.first?.links.map(\.target) == [.file("0009-gone.md")])
    }

    @Test func renamedTargetIsMatchedByNumber() throws {
        let directory = try TemporaryDirectory([
            "0001-new-name.md": AdrToolsFixtures.file(1, "New name", status: "Superceded by [2. Two](0002-two.md)"),
            "0002-two.md": AdrToolsFixtures.file(2, "Two", status: "Accepted\n\nSupercedes [1. Old name](0001-old-name.md)"),
        ])
        let result = ADRImporter.read(directory: directory.url)
        #expect(result.records[1].links.map(\.target) == [.number(1)])
        #expect(result.problems.map(\.code) == [.linkFileMissing])
    }

    @Test func emptyAndWhitespaceFilesAreSkipped() throws {
        let directory = try TemporaryDirectory(["0001-empty.md": "", "0002-blank.md": " \n\n\t\n"])
        let result = ADRImporter.read(directory: directory.url)
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.code) == [.emptyFile, .emptyFile])
    }

    @Test func binaryGarbageIsSkipped() throws {
        var generator = SeededGenerator(seed: 7)
        let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) } + [0]
        let result = try importing("0001-garbage.md", Data(bytes))
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.code) == [.binaryFile])
    }

    @Test func oversizedFilesAreRefusedBeforeReading() throws {
        let importer = ADRImporter(maxFileBytes: 1024)
        let result = try importing("0001-huge.md", Data(("# 1. Huge\n" + String(repeating: "x", count: 2048)).utf8), importer: importer)
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.code) == [.fileTooLarge])
    }

    @Test func missingDirectoryIsReportedNotThrown() {
        let result = ADRImporter.read(directory: URL(fileURLWithPath: "/nonexistent/strata-\(UUID().uuidString)"))
        #expect(result.records.isEmpty)
        #expect(result.problems.map(\.code) == [.unreadableDirectory])
    }

    @Test func titleLessFileGetsTitleFromFileName() throws {
        let result = try importing("0007-use-dashes.md", Data("Just prose, no heading.\n".utf8))
        #expect(result.records.first?.title == "Use dashes")
        #expect(result.records.first?.number == 7)
        #expect(codes(result).contains(.missingTitle))
    }
}
