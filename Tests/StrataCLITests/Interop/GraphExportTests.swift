import Foundation
import Testing

/// `strata export graph`: DOT and Mermaid for the decision graph and the architecture, with
/// labels that survive any title.
@Suite struct GraphExportTests {
    @Test func aDirectoryGetsBothGraphsInBothNotations() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("graphs").path
        let result = try demo.run("export graph", out)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Wrote 9 decisions and 6 stores to \(out) (4 files)\n")
        let files = try Set(FileManager.default.contentsOfDirectory(atPath: out))
        #expect(files == ["decisions.dot", "architecture.dot", "decisions.mmd", "architecture.mmd"])
        let dot = try String(contentsOfFile: "\(out)/decisions.dot", encoding: .utf8)
        #expect(dot.hasPrefix("digraph decisions {\n"))
        #expect(dot.contains("[label=\"ADR-6: Adopt Pinecone for recommendations\\nsuperseded\""))
        #expect(dot.contains(" -> ") && dot.contains("[label=\"supersedes\"]"))
        let architecture = try String(contentsOfFile: "\(out)/architecture.dot", encoding: .utf8)
        #expect(architecture.contains("subgraph cluster_c1 {\n    label=\"C-1: storefront\";"))
        let mermaid = try String(contentsOfFile: "\(out)/architecture.mmd", encoding: .utf8)
        #expect(mermaid.hasPrefix("flowchart LR\n  subgraph c1 [\"C-1: storefront\"]\n"))
        #expect(mermaid.contains("-->|\"serves\"|"))
    }

    @Test func hostileTitlesStayInsideTheirLabels() throws {
        let demo = try HostileDemo.make()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("graphs").path
        #expect(try demo.run("export graph", out).status == 0)
        let dot = try String(contentsOfFile: "\(out)/decisions.dot", encoding: .utf8)
        #expect(dot.contains(#"[label="ADR-10: <script>alert(1)</script>\nproposed""#))
        #expect(dot.contains(#"[label="ADR-11: \"'><img src=x onerror=alert(1)> back\\slash %% `x` #quot; [a]{b}|c\nproposed""#))
        #expect(dot.contains(#"[label="ADR-12: two\nlines \"quoted\"\nproposed""#))
        // Every label is one well-formed DOT string on its own line: unescaping gives the title back.
        let labels = dot.split(separator: "\n").compactMap { line in line.range(of: "[label=\"").map { String(line[$0.upperBound...]) } }
        #expect(labels.map(Self.dotString).contains("ADR-11: \(HostileDemo.attributeTitle)\nproposed"))
        let mermaid = try String(contentsOfFile: "\(out)/decisions.mmd", encoding: .utf8)
        #expect(mermaid.contains(#"("ADR-10: #60;script#62;alert#40;1#41;#60;/script#62;<br>proposed")"#))
        #expect(mermaid.contains(#"("ADR-12: two<br>lines #34;quoted#34;<br>proposed")"#))
        for line in mermaid.split(separator: "\n") where line.contains("(\"") || line.contains("[\"") {
            let inner = line.drop { $0 != "\"" }.dropFirst().prefix { $0 != "\"" }
            #expect(!inner.replacingOccurrences(of: "<br>", with: "").contains { "<>\"`%&".contains($0) }, "\(line)")
        }
        let architecture = try String(contentsOfFile: "\(out)/architecture.mmd", encoding: .utf8)
        #expect(architecture.contains(#"subgraph c3 ["C-3: #60;/script#62;#60;b#62;ctx#34;"]"#))
        #expect(architecture.contains(#"[("S-8: #60;i#62;cache#34;x<br>redis · cache<br>adopted by ADR-13")]"#))
    }

    @Test func aFileGetsOneDocumentWhoseExtensionPicksTheNotation() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let dotFile = demo.url.appendingPathComponent("all.dot").path, markdown = demo.url.appendingPathComponent("all.md").path
        #expect(try demo.run("export graph", dotFile).stdout.hasSuffix("to \(dotFile) (1 file)\n"))
        let dot = try String(contentsOfFile: dotFile, encoding: .utf8)
        #expect(dot.components(separatedBy: "digraph ").count == 3)
        #expect(try demo.run("export graph", markdown, "--format", "mermaid").status == 0)
        let text = try String(contentsOfFile: markdown, encoding: .utf8)
        #expect(text.hasPrefix("## Decisions\n\n```mermaid\nflowchart LR\n"))
        #expect(text.components(separatedBy: "```mermaid\n").count == 3)
    }

    @Test func badPathsAndFormatsAreOneLineErrors() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("graphs").path
        expectError(try demo.run("export graph", demo.url.appendingPathComponent("x.mmd").path), exit: 2, mentioning: [".md file"])
        expectError(try demo.run("export graph", demo.url.appendingPathComponent("x.dot").path, "--format", "mermaid"), exit: 2)
        expectError(try demo.run("export graph", out, "--format", "svg"), exit: 2)
        expectError(try demo.run("export madr", out, "--format", "dot"), exit: 2, mentioning: ["--format"])
        #expect(try demo.run("export graph", out, "--format", "dot").status == 0)
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: out)) == ["decisions.dot", "architecture.dot"])
        expectError(try demo.run("export graph", out, "--format", "dot"), exit: 2, mentioning: ["--force"])
        #expect(try demo.run("export graph", out, "--format", "dot", "--force").status == 0)
    }

    @Test func asOfDrawsTheGraphAsTheLogKnewIt() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("then").path
        let result = try demo.run("export graph", out, "--as-of", "ADR-3")
        #expect(result.stdout == "Wrote 3 decisions and 3 stores to \(out) (4 files)\n", "\(result)")
    }

    /// The text of a DOT quoted string that starts `text` (after its opening quote).
    static func dotString(_ text: String) -> String {
        var out = "", escaped = false
        for character in text {
            if escaped { out.append(character == "n" ? "\n" : character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "\"" { break }
            out.append(character)
        }
        return out
    }
}
