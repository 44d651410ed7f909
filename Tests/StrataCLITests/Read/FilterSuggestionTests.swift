import Foundation
import Testing

@Suite("filter values that match nothing known fail with suggestions")
struct FilterSuggestionTests {
    @Test("log names the flag, the nearest known values and the code")
    func logFilters() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        expectError(try workspace.run("log", "--technology", "postgress"), exit: 2,
                    mentioning: ["--technology", "'postgresql'", "[unknown-filter-value]"])
        expectError(try workspace.run("log", "--context", "C-9"), exit: 2, mentioning: ["--context", "C-1 (storefront)", "C-2 (payments)"])
        expectError(try workspace.run("log", "--status", "accpted"), exit: 2, mentioning: ["'accepted'"])
        expectError(try workspace.run("log", "--tag", "serch"), exit: 2, mentioning: ["--tag", "'search'"])
        expectError(try workspace.run("log", "--decider", "sam okafr"), exit: 2, mentioning: ["--decider", "'Sam Okafor'"])
    }

    @Test("a known value that selects nothing is an empty list, exit 0")
    func knownButEmpty() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let result = try workspace.run("log", "--technology", "mysql")
        #expect(result.status == 0 && result.stderr.isEmpty)
        #expect(result.stdout.contains("(none match)"))
    }

    @Test("the new list filters are checked the same way")
    func listFilters() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        expectError(try workspace.run("store list", "--technology", "elasticserch"), exit: 2, mentioning: ["'elasticsearch'"])
        let alias = try workspace.run("store list", "--technology", "Elastic")
        #expect(alias.status == 0 && alias.stdout.contains("elasticsearch"), "an alias filters like its id: \(alias)")
        expectError(try workspace.run("workload list", "--context", "C-7"), exit: 2, mentioning: ["C-1 (storefront)"])
        expectError(try workspace.run("measurement list", "--metric", "cpu-percnt"), exit: 2, mentioning: ["'cpu-percent'"])
        expectError(try workspace.run("context list", "--status", "retird"), exit: 2, mentioning: ["'retired'"])
        expectError(try workspace.run("measurement list", "--subject", "W-9"), exit: 2, mentioning: ["--subject", "W-1, W-2"])
    }
}
