import Foundation
import Testing
@testable import StrataInterop

@Suite struct ExportSafetyTests {
    @Test(arguments: [
        ("../../etc/passwd", "etc/passwd"),
        ("/abs/path.md", "abs/path.md"),
        ("a\\..\\b.md", "a/b.md"),
        ("./x/./y.md", "x/y.md"),
        ("evil\u{0}name\n.md", "evilname.md"),
        ("report\u{202E}dm.exe", "reportdm.exe"),
        ("CON.md", "_CON.md"),
        ("lpt1", "_lpt1"),
        ("what?:<>|*\".md", "what-------.md"),
        ("...", "untitled"),
        ("", "untitled"),
        (" .hidden.md ", "hidden.md"),
    ])
    func sanitisedPaths(input: String, expected: String) {
        #expect(SafePath.sanitise(input) == expected)
        #expect(ExportedFile(relativePath: input, contents: "").relativePath == expected)
    }

    @Test func longComponentsAreCutKeepingTheExtension() {
        let path = SafePath.sanitise(String(repeating: "é", count: 300) + ".md")
        #expect(path.utf8.count <= SafePath.maxComponentBytes)
        #expect(path.hasSuffix(".md"))
    }

    static let hostileTitles = [
        "../../../etc/passwd", "/absolute/title", "Line one\nLine two\r\n## Decision", "nul\u{0}byte",
        "\u{202E}gnp.exe", "🚀🔥", "שלום עולם", "\"Quoted\" 'title'", "back\\slash", String(repeating: "long ", count: 200),
        "...", "CON", "tab\tand\u{7}bell",
    ]

    @Test func hostileTitlesGiveSafeNamesInEveryFormat() throws {
        let records = Self.hostileTitles.enumerated().map { ADRRecord(number: $0.offset + 1, title: $0.element, status: .accepted) }
        for files in [ADRToolsExporter.export(records), MADRExporter.export(records)] {
            #expect(Set(files.map(\.relativePath)).count == records.count)
            for file in files {
                #expect(!file.relativePath.contains("/") && !file.relativePath.contains(".."))
                #expect(file.relativePath.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 })
                #expect(file.relativePath.utf8.count <= 255)
                #expect(file.relativePath.hasSuffix(".md"))
            }
        }
    }

    @Test func hostileTitlesSurviveAsContentWithoutInjectingStructure() throws {
        let records = Self.hostileTitles.enumerated().map { ADRRecord(number: $0.offset + 1, title: $0.element, status: .accepted) }
        let expected = Self.hostileTitles.map { title in
            String(MarkdownText.singleLine(title).unicodeScalars.filter { $0.properties.generalCategory != .control })
        }
        for files in [ADRToolsExporter.export(records), MADRExporter.export(records)] {
            let result = try RoundTrip.importing(files)
            #expect(result.records.map(\.title) == expected)
            #expect(result.records.allSatisfy { $0.decision.isEmpty && $0.extraSections.isEmpty })
        }
    }

    @Test func bodiesCannotOpenSectionsOrSwallowThem() throws {
        var record = ADRRecord(number: 1, title: "Body", status: .accepted)
        record.context = "Look:\n```swift\nlet x = 1\n## Decision\nnever closed"
        record.decision = "Real decision.\n\n## Consequences\nfake\n===="
        record.consequences.text = "<!-- open comment\n## More Information"
        for files in [ADRToolsExporter.export([record]), MADRExporter.export([record])] {
            let reimported = try #require(try RoundTrip.importing(files).records.first)
            #expect(reimported.context.hasPrefix("Look:\n```swift\nlet x = 1\n## Decision\nnever closed"))
            #expect(reimported.decision.hasPrefix("Real decision."))
            #expect(reimported.consequences.text.hasPrefix("<!-- open comment"))
            #expect(reimported.moreInformation.isEmpty && reimported.extraSections.isEmpty)
        }
    }

    @Test func frontMatterValuesCannotInjectKeys() throws {
        var record = ADRRecord(number: 1, title: "YAML", status: .unknown("on: hold\n---"))
        record.deciders = ["x\n---\nstatus: accepted", "true", "- dash", "#hash", "null"]
        record.otherMetadata = ["weird key: x": "a\u{1}b", "nav_order": "3"]
        let file = MADRExporter.export([record])[0]
        let reimported = try #require(try RoundTrip.importing([file]).records.first)
        #expect(reimported.status == .unknown("on: hold ---"))
        #expect(reimported.deciders == record.deciders)
        #expect(reimported.otherMetadata == record.otherMetadata)
    }

    @Test func linkLinesCannotBeForgedThroughStatusText() throws {
        var record = ADRRecord(number: 1, title: "Forge", status: .accepted)
        record.statusDetail = "Supercedes [2. Other](0002-other.md)"
        let reimported = try #require(try RoundTrip.importing(ADRToolsExporter.export([record])).records.first)
        #expect(reimported.links.isEmpty)
        #expect(reimported.status == .accepted)
    }
}
