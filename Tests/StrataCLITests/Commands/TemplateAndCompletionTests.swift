import Foundation
import StrataTestSupport
import Testing

@Suite("workload template round-trips; completion scripts; help names no absent file")
struct TemplateAndCompletionTests {
    @Test("workload template > w.json, edit nothing, workload add --file w.json succeeds; so does advise")
    func templateRoundTrip() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let template = try workspace.run("workload", "template")
        #expect(template.status == 0)
        #expect(template.stdout.hasPrefix("// "))
        try template.stdout.write(toFile: workspace.path("w.json"), atomically: true, encoding: .utf8)
        #expect(try workspace.run("context", "add", "catalog", "--store", workspace.store).status == 0)
        let added = try workspace.run("workload", "add", "--file", "w.json", "--store", workspace.store)
        #expect(added.status == 0, "\(added)")
        #expect(added.stdout.contains("W-1"))
        let advice = try workspace.run("advise", "--workload", "w.json")
        #expect(advice.status == 0 && advice.stdout.contains("Recommended"), "\(advice)")
        let revision = template.stdout.replacingOccurrences(of: "\"readsPerSecond\": 2000", with: "\"readsPerSecond\": 4000")
        try revision.write(toFile: workspace.path("w2.json"), atomically: true, encoding: .utf8)
        let revised = try workspace.run("workload", "revise", "W-1", "--file", "w2.json", "--store", workspace.store, "--reason", "traffic doubled")
        #expect(revised.status == 0, "\(revised)")
    }

    @Test("a comment marker inside a string stays; an error after comments names the user's line")
    func commentsAndLines() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("context", "add", "c", "--store", workspace.store).status == 0)
        let kept = "{\n  // the name\n  \"name\": \"svc // v2\",\n  \"accessPatterns\": [\"cache\"]\n}\n"
        try kept.write(toFile: workspace.path("kept.json"), atomically: true, encoding: .utf8)
        #expect(try workspace.run("workload", "add", "--file", "kept.json", "--context", "C-1", "--store", workspace.store).status == 0)
        let shown = try workspace.run("workload", "show", "W-1", "--store", workspace.store, "--json")
        #expect(shown.stdout.contains("\"name\" : \"svc // v2\""), "\(shown)")
        let broken = "{\n  // one\n  // two\n  \"name\": \"x\",\n  \"accessPatterns\": [\"cache\"] oops\n}\n"
        try broken.write(toFile: workspace.path("broken.json"), atomically: true, encoding: .utf8)
        expectError(try workspace.run("workload", "add", "--file", "broken.json", "--context", "C-1", "--store", workspace.store),
                    exit: 2, mentioning: ["line 5, column 31", "[invalid-profile]"])
    }

    @Test("completion prints each shell's script and refuses others", arguments: [("bash", "COMPREPLY"), ("zsh", "#compdef strata"), ("fish", "complete -c 'strata'")])
    func completion(shell: String, marker: String) throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let script = try workspace.run("completion", shell)
        #expect(script.status == 0)
        #expect(script.stdout.contains(marker))
        #expect(script.stdout.contains("template"), "subcommands are completed")
        expectError(try workspace.run("completion", "tcsh"), exit: 2, mentioning: ["tcsh"])
    }

    @Test("no help text points at the schema or contract files, which ship with neither")
    func helpNamesNoAbsentFile() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        for command in [["workload"], ["workload", "add"], ["workload", "revise"], ["advise"], ["arch"], ["audit"], ["--help"]] {
            let help = try StrataBinary.run(command + ["--help"], in: workspace.url)
            #expect(help.status == 0)
            for absent in ["workload.schema.json", "spec/", "ADVICE-CONTRACT.md"] {
                #expect(!help.stdout.contains(absent), "\(command) help mentions \(absent)")
            }
        }
        let workload = try workspace.run("workload", "--help").stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(workload.contains("'strata workload template'"))
    }

    @Test("the committed man page lists the new commands")
    func manPage() throws {
        let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../docs/strata.1").standardized
        let text = try String(contentsOf: page, encoding: .utf8)
        for command in ["template", "completion", "list"] { #expect(text.contains(command), "\(command) in docs/strata.1") }
    }
}
