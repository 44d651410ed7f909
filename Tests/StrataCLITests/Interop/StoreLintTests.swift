import Foundation
import Testing

@Suite("strata lint on the store")
struct StoreLintTests {
    @Test("a consistent store passes; a gap left by an import is found and fails the run")
    func storeLint() throws {
        let workspace = try DemoWorkspace()
        defer { workspace.remove() }
        let clean = try workspace.run("lint")
        #expect(clean.status == 0, "\(clean)")
        #expect(clean.stdout.contains("9 decisions, 0 findings"))

        let directory = workspace.url.appendingPathComponent("adr")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "# 12. Use Redis\n\nDate: 2025-12-01\n\n## Status\n\nAccepted\n\n## Context\n\nx\n\n## Decision\n\ny\n\n## Consequences\n\nz\n"
            .write(to: directory.appendingPathComponent("0012-use-redis.md"), atomically: true, encoding: .utf8)
        let imported = try workspace.run("import", "adr-tools", directory.path)
        #expect(imported.status == 0, "\(imported)")
        let gap = try workspace.run("lint", "--json")
        #expect(gap.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(gap.stdout.utf8)) as? [String: Any]
        let codes = (object?["findings"] as? [[String: Any]] ?? []).compactMap { $0["code"] as? String }
        #expect(codes == ["numbering-gap"])
    }
}
