import Foundation
import Testing
import StrataTestSupport

/// Directory exports are staged and moved into place, so a killed or failed run never leaves a
/// half-written target that makes the next run fail with "already exists".
@Suite struct ExportStagingTests {
    private func files(in directory: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory.path)
        return (enumerator?.allObjects as? [String] ?? []).sorted()
    }

    @Test func aKilledExportLeavesNoHalfWrittenTarget() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let reference = demo.url.appendingPathComponent("reference")
        #expect(try demo.run("export html", reference.path).status == 0)
        let complete = files(in: reference)
        #expect(complete.contains("decisions/adr-9.html"))

        for delay in [0, 5_000, 20_000, 60_000, 120_000] as [useconds_t] {
            let out = demo.url.appendingPathComponent("out-\(delay)")
            let process = try StrataBinary.makeProcess(["export", "html", out.path, "--store", demo.store], in: demo.url)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            // All or nothing: the target is either absent or whole, never partial.
            if FileManager.default.fileExists(atPath: out.path) {
                #expect(files(in: out) == complete, "delay \(delay)")
            } else {
                let rerun = try demo.run("export html", out.path)
                #expect(rerun.status == 0, "\(rerun)")
                #expect(files(in: out) == complete)
            }
        }
    }

    @Test func aLeftoverStagingDirectoryDoesNotBlockTheNextRun() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("out")
        let leftover = demo.url.appendingPathComponent(".out.strata-export-killed")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try "half".write(to: leftover.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)

        let result = try demo.run("export html", out.path)
        #expect(result.status == 0, "\(result)")
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8).contains("<html"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: demo.url.path).filter { $0.contains("strata-export") }
        #expect(siblings == [leftover.lastPathComponent], "only the old leftover remains: \(siblings)")
    }

    @Test func aRefusedExportIntoAnExistingTargetLeavesNoStagingBehind() throws {
        let demo = try DemoWorkspace()
        defer { demo.remove() }
        let out = demo.url.appendingPathComponent("out")
        #expect(try demo.run("export adr-tools", out.path).status == 0)
        let before = files(in: out)
        expectError(try demo.run("export adr-tools", out.path), exit: 2, mentioning: ["already exists", "--force"])
        #expect(try demo.run("export adr-tools", out.path, "--force").status == 0)
        #expect(files(in: out) == before)
    }
}
