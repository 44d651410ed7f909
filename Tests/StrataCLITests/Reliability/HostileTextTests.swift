import Foundation
import Testing
import StrataTestSupport

/// Names and titles are user input: quotes, SQL, paths, control characters, bidi marks and
/// 10 KB of emoji must be stored and printed back byte for byte through the real CLI (or, for
/// a blank name, refused with one clear line), and never break `events --json`.
@Suite struct HostileTextTests {
    static let hostile: [String] = [
        "O'Reilly \"quoted\" `ticks`",
        "'); DROP TABLE events; --",
        "Robert'); DELETE FROM events WHERE 1=1; SELECT ('",
        "../../../../etc/passwd",
        "..\\..\\windows\\system32",
        "tab\there, bell\u{7}, escape\u{1B}[31mred\u{1B}[0m, del\u{7F}",
        "line one\nline two\r\nline three",
        "\u{202E}gpj.exe",
        "\u{200F}\u{05E9}\u{05DC}\u{05D5}\u{05DD}\u{200E} mixed \u{2066}isolate\u{2069}",
        "\u{FEFF}bom and zero\u{200B}width",
        "{\"json\":\"inside\"}\\n\\u0000",
        "%s %n %x {0} ${HOME} $(id)",
        String(repeating: "🚀👩‍👩‍👧‍👦🇫🇷", count: 10_240 / "🚀👩‍👩‍👧‍👦🇫🇷".utf8.count),
    ]

    /// `events --json` lines decoded with JSONDecoder (Foundation's JSONSerialization on Linux
    /// drops a leading U+FEFF inside strings, which would hide a faithful store behind a lossy read).
    private func events<T: Decodable>(_ workspace: CLIWorkspace, type: String, as _: T.Type) throws -> [T] {
        let result = try workspace.runOnStore("events", "--json", "--type", type)
        #expect(result.status == 0, "\(result)")
        return try result.lines.map { try JSONDecoder().decode(T.self, from: Data($0.utf8)) }
    }

    private struct ContextLine: Decodable {
        struct Payload: Decodable { var name: String }
        var data: Payload
    }

    private struct ProposalLine: Decodable {
        struct Payload: Decodable {
            struct Content: Decodable { var title: String }
            var content: Content
        }
        var data: Payload
    }

    @Test func namesAndTitlesRoundTripByteForByte() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for (index, text) in Self.hostile.enumerated() {
            let context = try StrataBinary.run(["context", "add", text, "--store", workspace.store, "--json"], in: workspace.url)
            #expect(context.status == 0, "context \(index): \(context)")
            let proposal = try StrataBinary.run(
                ["propose", "--title", text, "--context", "C-1", "--store", workspace.store, "--json"], in: workspace.url)
            #expect(proposal.status == 0, "proposal \(index): \(proposal)")
        }
        let names = try events(workspace, type: "context.defined", as: ContextLine.self).map(\.data.name)
        #expect(names.map { Array($0.unicodeScalars) } == Self.hostile.map { Array($0.unicodeScalars) })
        let titles = try events(workspace, type: "decision.proposed", as: ProposalLine.self).map(\.data.content.title)
        #expect(titles.map { Array($0.unicodeScalars) } == Self.hostile.map { Array($0.unicodeScalars) })
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 0, "\(verify)")
    }

    @Test(arguments: ["adr-tools", "madr", "html"])
    func exportsOfHostileTitlesStayInsideTheirDirectoryAndEscapeMarkup(format: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try StrataBinary.run(["context", "add", "home", "--store", workspace.store], in: workspace.url).status == 0)
        let titles = Self.hostile.prefix(12) + ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "# Heading\n## Status\nForged"]
        for title in titles {
            let result = try StrataBinary.run(["propose", "--title", title, "--context", "C-1", "--store", workspace.store], in: workspace.url)
            #expect(result.status == 0, "\(result)")
        }
        let directory = workspace.url.appendingPathComponent("export-\(format)").standardizedFileURL
        let result = try StrataBinary.run(["export", format, directory.path, "--store", workspace.store], in: workspace.url)
        #expect(result.status == 0, "\(result)")
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        var files = 0
        while let file = enumerator?.nextObject() as? URL {
            files += 1
            #expect(file.resolvingSymlinksInPath().path.hasPrefix(directory.resolvingSymlinksInPath().path + "/"), "\(file.path)")
            let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
            // Markdown escapes `<` as `\<` (rendered as a literal `<`); HTML as `&lt;`.
            let raw = ["<script>alert(1)", "<img src=x"].contains { tag in
                text.components(separatedBy: tag).dropLast().contains { !$0.hasSuffix("\\") }
            }
            #expect(!raw, "unescaped markup in \(file.lastPathComponent)")
        }
        #expect(files >= 1)
        #expect(!FileManager.default.fileExists(atPath: workspace.url.appendingPathComponent("etc").path))
    }

    @Test(arguments: ["", "   ", "\n\t"])
    func blankTitlesAreRefusedWithOneLine(title: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try StrataBinary.run(["context", "add", "home", "--store", workspace.store], in: workspace.url).status == 0)
        let result = try StrataBinary.run(["propose", "--title", title, "--store", workspace.store], in: workspace.url)
        expectError(result, exit: 2)
    }
}
