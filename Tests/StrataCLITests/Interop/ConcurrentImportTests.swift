import Foundation
import StrataTestSupport
import Testing

/// Two people importing the same collection at once: the loser used to fail with an
/// idempotency conflict; now it finds the winner's records present and says so.
struct ConcurrentImportTests {
    @Test func twoImportsOfOneDirectoryBothSucceedAndRecordItOnce() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        var files: [String: String] = [:]
        for number in 1...25 { files[String(format: "%04d-record-%d.md", number, number)] = ADRToolsSamples.record(number, "Record \(number)") }
        let records = try TemporaryDirectory(prefix: "strata-concurrent-import", files)
        for round in 1...3 {
            let store = workspace.path("round-\(round).db")
            #expect(try workspace.run("init", store).status == 0)
            let outputs = (0..<2).map { workspace.path("round-\(round)-\($0).out") }
            let processes = try outputs.map { output -> Process in
                let process = try StrataBinary.makeProcess(["import", records.url.path, "--store", store, "--json"], in: workspace.url)
                _ = FileManager.default.createFile(atPath: output, contents: nil)
                process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
                process.standardError = process.standardOutput
                return process
            }
            for process in processes { try process.run() }
            for process in processes { process.waitUntilExit() }
            for (process, output) in zip(processes, outputs) {
                let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
                #expect(process.terminationStatus == 0, "\(printed)")
            }
            let reports = try outputs.map { try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: $0))) as? [String: Any] }
            let added = reports.compactMap { $0?["new"] as? Int }
            #expect(added.sorted() == [0, 25], "round \(round): \(added)")
            let log = try workspace.run("log", "--store", store, "--json")
            #expect(log.stdout.components(separatedBy: "\"id\" : \"ADR-").count - 1 == 25, "round \(round)")
        }
    }
}
