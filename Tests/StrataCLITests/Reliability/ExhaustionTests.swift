import Foundation
import Testing
import Strata
import StrataTestSupport

/// A full disk, a read-only store and oversized inputs: one clear error, an intact store.
@Suite struct ExhaustionTests {
    /// Regression: `workload add --file` and `propose --file` read a 100 MB file whole (120 MB
    /// of memory) before refusing it. They now stop one byte past the 1 MiB limit.
    @Test func oversizedInputFilesAreRefusedBeforeBeingRead() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try StrataBinary.run(["context", "add", "home", "--store", workspace.store], in: workspace.url).status == 0)
        let huge = workspace.path("huge.json")
        _ = FileManager.default.createFile(atPath: huge, contents: Data("{\"name\":\"x\",\"description\":\"".utf8))
        let handle = try #require(FileHandle(forWritingAtPath: huge))
        try handle.truncate(atOffset: 100_000_000)   // sparse: 100 MB without writing them
        try handle.close()

        for arguments in [["workload", "add", "--file", huge, "--context", "C-1"], ["propose", "--file", huge]] {
            let result = try StrataBinary.run(arguments + ["--store", workspace.store], in: workspace.url)
            expectError(result, exit: 2, mentioning: [huge, "100000000 bytes", "1024 KiB limit"])
        }
        let advise = try workspace.run("advise", "--workload", huge)
        expectError(advise, exit: 2, mentioning: ["--workload", "100000000 bytes"])
        #expect(try SQLiteEventLog.open(at: workspace.store).events().count == 2, "only the context's events")
    }

    /// Regression: a write refused with EFBIG (a file-size limit or quota) printed "SQLite error
    /// 778 …: I/O error: disk I/O error". It now says what happened and what to do.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit")))
    func writeRefusedByAFileSizeLimitSaysSoAndRecordsNothing() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("note-1", "--repeat", "3").status == 0)
        let strata = try #require(StrataBinary.url).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; exec prlimit --fsize=66536:66536 -- \"$0\" \"$@\" 2>&1", strata,
                             "append", "--store", workspace.store, "--stream", "big-1", "--type", "big.blob",
                             "--data", "{\"pad\":\"\(String(repeating: "x", count: 120_000))\"}"]
        process.environment = StrataBinary.environment([:])
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        expectError(CommandResult(status: process.terminationStatus, stdout: "", stderr: output), exit: 2,
                    mentioning: [workspace.store, "could not write", "the change was not recorded"])
        let verify = try workspace.runOnStore("verify")
        #expect(verify.lines.first == "ok: 3 events verified", "\(verify)")
    }

    @Test func fullDiskReadOnlyStoreAndHugeInputsGiveOneClearError() throws {
        let workspace = try CLIWorkspace(withStore: false)
        defer { workspace.remove() }
        let (result, figures) = try ReliabilityHarness.run(["exhaustion", "--input-mb", "2", "--tmpfs-kb", "768"], in: workspace)
        #expect(result.status == 0, "\(result)")
        #expect(figures["failures"] as? Int == 0, "\(figures["failureMessages"] ?? "")")
        #expect((figures["cases"] as? Int ?? 0) >= 15)
        #expect((figures["tmpfsEventsBeforeFull"] as? Int ?? 1) > 0, "the tmpfs filled before the first append")
    }
}
