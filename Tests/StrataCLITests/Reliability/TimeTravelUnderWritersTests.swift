import Foundation
import StrataTestSupport
import Testing

/// Readers at a past moment build their read models in memory from the live store; they must
/// wait for writers like every other reader. Before the fix, a sixth of `arch --as-of` runs
/// beside two writers failed with "stayed locked by another writer" within a tenth of a second.
struct TimeTravelUnderWritersTests {
    @Test func asOfAndValidAtReadsNeverReportBusyBesideWriters() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.run("demo", "--store", workspace.path("busy.db")).status == 0)
        let store = workspace.path("busy.db"), stop = workspace.path("stop")
        let executable = try #require(StrataBinary.url).path
        // Each writer records contexts until told to stop (at most 300, so the test ends by itself).
        let writers = try (1...2).map { writer -> Process in
            let loop = """
                i=0; while [ ! -e "$2" ] && [ $i -lt 300 ]; do
                  "$1" context add "writer\(writer)-$i" --store "$3" --actor load >/dev/null 2>>"$3.writer\(writer).err"; i=$((i+1)); done
                """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", loop, "writer", executable, stop, store]
            try process.run()
            return process
        }
        var failures: [String] = []
        for round in 0..<12 {
            for arguments in [["arch", "--as-of", "2025-01-01"], ["audit", "--as-of", "@\(20 + round)"], ["log", "--valid-at", "2025-06-30"]] {
                let result = try workspace.run(arguments[0], "--store", store, arguments[1], arguments[2])
                if result.status == 2 || !result.stderr.isEmpty { failures.append("\(arguments): \(result.stderr)") }
            }
        }
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        for writer in writers { writer.waitUntilExit() }
        #expect(failures.isEmpty, "\(failures.count) reads failed: \(failures.prefix(3))")
        for writer in 1...2 {
            let errors = (try? String(contentsOfFile: "\(store).writer\(writer).err", encoding: .utf8)) ?? ""
            #expect(errors.isEmpty, "writer \(writer): \(errors)")
        }
        let contexts = try workspace.run("context", "list", "--store", store, "--json")
        #expect(contexts.stdout.contains("writer1-0") && contexts.stdout.contains("writer2-0"), "the writers never ran beside the readers")
    }
}
