import Testing
@testable import StrataInterop

@Suite struct LinterTests {
    private func record(_ number: Int?, _ status: ADRStatus = .accepted, file: String? = nil, links: [ADRLink] = []) -> ADRRecord {
        ADRRecord(number: number, title: "Record \(number ?? 0)", status: status, links: links,
                  sourcePath: file ?? number.map { ADRNumber.padded($0) + "-record.md" })
    }

    private func link(_ type: ADRLinkType, _ number: Int) -> ADRLink {
        ADRLink(type: type, target: .number(number))
    }

    @Test func consistentCollectionHasNoFindings() {
        let records = [
            record(1, .superseded, links: [link(.supersededBy, 2)]),
            record(2, links: [link(.supersedes, 1), link(.custom("Clarifies"), 3)]),
            record(3, links: [link(.custom("Clarified by"), 2), link(.relatesTo, 4)]),
            record(4, links: [link(.relatesTo, 3)]),
        ]
        #expect(ADRLinter.lint(records: records).isEmpty)
    }

    @Test func duplicateNumbersAndGaps() {
        let records = [record(1), record(3, file: "0003-a.md"), record(3, file: "0003-b.md"), record(7)]
        let findings = ADRLinter.lint(records: records)
        #expect(findings.filter { $0.code == .duplicateNumber }.map(\.file) == ["0003-a.md", "0003-b.md"])
        #expect(findings.filter { $0.code == .numberingGap }.map(\.message) == [
            "ADR 2 is missing between 1 and 3. Restore them or note why they were removed",
            "ADRs 4–6 are missing between 3 and 7. Restore them or note why they were removed",
        ])
    }

    @Test func danglingAndSelfLinks() {
        let records = [record(1, links: [link(.relatesTo, 9), link(.amends, 1)])]
        #expect(ADRLinter.lint(records: records).map(\.code) == [.danglingLink, .selfLink])
    }

    @Test func missingReverseLinkIsReportedOnTheTarget() {
        let records = [record(1, .superseded, links: [link(.supersededBy, 2)]), record(2)]
        let findings = ADRLinter.lint(records: records)
        #expect(findings.map(\.code) == [.missingReverseLink])
        #expect(findings.first?.file == "0002-record.md")
        #expect(findings.first?.message.contains("'Supersedes'") == true)
    }

    @Test func wrongReverseTypeCounts() {
        let records = [record(1, links: [link(.amends, 2)]), record(2, links: [link(.supersededBy, 1)])]
        let codes = ADRLinter.lint(records: records).map(\.code)
        #expect(codes.filter { $0 == .missingReverseLink }.count == 2)
        #expect(codes.contains(.statusContradictsLinks))
    }

    @Test func statusContradictions() {
        let records = [
            record(1, .accepted, links: [link(.supersededBy, 2)]),
            record(2, links: [link(.supersedes, 1)]),
            record(3, .superseded),
        ]
        let findings = ADRLinter.lint(records: records)
        #expect(findings.map(\.code) == [.statusContradictsLinks, .supersededWithoutSuccessor])
        #expect(findings.map(\.file) == ["0001-record.md", "0003-record.md"])
    }

    @Test func slugLinkedCollectionsAreChecked() {
        let records = [
            record(nil, .superseded, file: "20200101-a.md", links: [ADRLink(type: .supersededBy, target: .file("20200202-b.md"))]),
            record(nil, file: "20200202-b.md"),
        ]
        #expect(ADRLinter.lint(records: records).map(\.code) == [.missingReverseLink])
    }

    @Test func importProblemsAreCarriedAndDatesMapped() {
        var undated = record(1)
        undated.dateText = "someday"
        let problems = [
            ImportProblem(file: "0001-record.md", line: 3, code: .unparseableDate, message: "bad date"),
            ImportProblem(file: "0002-record.md", line: 3, code: .ambiguousDate, message: "which day"),
            ImportProblem(file: "0002-record.md", code: .windowsLineEndings, message: "crlf"),
            ImportProblem(file: "0002-record.md", line: 7, code: .danglingLink, message: "points nowhere"),
        ]
        let findings = ADRLinter.lint(records: [undated, record(2)], problems: problems)
        // The importer's dangling link keeps its line; the linter does not report it a second time.
        #expect(findings.map(\.code) == [.unparseableDate, .importProblem, .ambiguousDate, .danglingLink])
        #expect(findings[3].line == 7)
        #expect(findings[1].message == "windows-line-endings: crlf")
        #expect(findings[0].description == "0001-record.md:3: bad date [unparseable-date]")
    }

    @Test func undatedRecordWithoutProblemStillFlagged() {
        var undated = record(1)
        undated.dateText = "someday"
        #expect(ADRLinter.lint(records: [undated]).map(\.code) == [.unparseableDate])
    }
}
