import Testing
@testable import StrataInterop

@Suite struct ReaderTests {
    @Test(arguments: [
        ("2020-09-24", ADRDateReader.Outcome.iso(ADRDay(year: 2020, month: 9, day: 24)!)),
        ("2020-09-24T10:00:00Z", .iso(ADRDay(year: 2020, month: 9, day: 24)!)),
        ("[2021-03-12]", .iso(ADRDay(year: 2021, month: 3, day: 12)!)),
        ("2020/9/4", .nonISO(ADRDay(year: 2020, month: 9, day: 4)!)),
        ("25/06/2019", .nonISO(ADRDay(year: 2019, month: 6, day: 25)!)),
        ("06/25/2019", .nonISO(ADRDay(year: 2019, month: 6, day: 25)!)),
        ("01.06.2019", .ambiguous(ADRDay(year: 2019, month: 6, day: 1)!, monthFirst: ADRDay(year: 2019, month: 1, day: 6)!)),
        ("05/05/2019", .nonISO(ADRDay(year: 2019, month: 5, day: 5)!)),
        ("20201016", .nonISO(ADRDay(year: 2020, month: 10, day: 16)!)),
        ("12 January 1992", .nonISO(ADRDay(year: 1992, month: 1, day: 12)!)),
        ("Jan 12th, 1992", .nonISO(ADRDay(year: 1992, month: 1, day: 12)!)),
        ("2021-02-30", .unreadable),
        ("31/31/2020", .unreadable),
        ("next week", .unreadable),
        ("", .unreadable),
    ])
    func dates(text: String, expected: ADRDateReader.Outcome) {
        #expect(ADRDateReader.read(text) == expected)
    }

    @Test(arguments: [
        ("Accepted", ADRStatus.accepted), ("**Proposed**", .proposed), ("[rejected]", .rejected),
        ("Superceded", .superseded), ("DEPRECATED", .deprecated), ("Status: Accepted", .accepted),
        ("Accepted on 2020-02-02 by the board", .accepted), ("Approved", .accepted),
        ("on hold", .unknown("on hold")), ("DRAFT Not Implemented", .unknown("DRAFT Not Implemented")),
        ("✅ Accepted", .accepted), ("❌ Rejected ❌", .rejected),
        ("![Accepted](https://img.shields.io/badge/adr-accepted-green)", .accepted),
        ("[![x](https://img.shields.io/badge/status-deprecated-red.svg?style=flat)](https://example.com)", .deprecated),
        ("![Proposed](images/proposed.png)", .proposed),
        ("superseded by ADR-0005", .superseded),
    ])
    func statuses(text: String, expected: ADRStatus) {
        #expect(ADRStatusReader.read(text).status == expected)
    }

    @Test func statusDecorationIsReported() {
        #expect(ADRStatusReader.read("✅ Accepted").hadEmoji)
        #expect(!ADRStatusReader.read("Accepted").hadEmoji)
        #expect(ADRStatusReader.read("![Accepted](https://img.shields.io/badge/adr-accepted-green)").wasBadge)
        #expect(ADRStatusReader.read("superseded by ADR-0005").successor == "ADR-0005")
    }

    @Test(arguments: [
        ("Supersedes", ADRLinkType.supersedes), ("supercedes:", .supersedes), ("Superceded by", .supersededBy),
        ("superseded-by", .supersededBy), ("Amended by", .amendedBy), ("relates-to", .relatesTo),
        ("Clarifies", .custom("Clarifies")),
    ])
    func linkTypes(text: String, expected: ADRLinkType) {
        #expect(ADRLinkType(text: text) == expected)
    }

    @Test func linkLines() {
        let link = LinkLineParser.link(in: "- Supersedes [20201028-x](20201028-x.md)")
        #expect(link?.type == .supersedes)
        #expect(link?.target == .file("20201028-x.md"))
        #expect(LinkLineParser.link(in: "- [Article](https://example.com/a.md)") == nil)
        #expect(LinkLineParser.link(in: "[ADR-0008](0008-x.md) reasons about status.") == nil)
        #expect(LinkLineParser.link(in: "See [the notes](notes.txt)") == nil)
        #expect(LinkLineParser.link(in: "Amends [1. A \\[draft\\]](0001-a.md)")?.targetTitle == "A [draft]")
        #expect(LinkLineParser.target(fromReference: "ADR-0123") == .number(123))
        #expect(LinkLineParser.target(fromReference: "20201029-superseder") == .file("20201029-superseder.md"))
    }

    @Test func fileNameNumbers() {
        #expect(ADRNumber.fromFileName("0007-x.md") == 7)
        #expect(ADRNumber.fromFileName("ADR015-x.md") == 15)
        #expect(ADRNumber.fromFileName("adr-003-x.md") == 3)
        #expect(ADRNumber.fromFileName("20201016-x.md") == nil)
        #expect(ADRNumber.fromFileName("2021plans.md") == nil)
        #expect(ADRNumber.fromFileName("99999999999999999999-x.md") == nil)
        #expect(ADRNumber.padded(12345) == "12345")
    }

    @Test func slugs() {
        #expect(ADRToolsSlug.slug("Something About Node.JS") == "something-about-node-js")
        #expect(ADRToolsSlug.slug("-- \"-Bar-\"") == "bar")
        #expect(ADRToolsSlug.slug("Café über alles") == "caf-ber-alles")
        #expect(ADRToolsSlug.slug("🚀") == "")
        #expect(ADRToolsSlug.slug(String(repeating: "a", count: 500)).count == ADRToolsSlug.maxLength)
    }
}
