import Foundation
import Testing
import Strata
import StrataTestSupport

/// Several `strata` processes on one store at once: SQLite's locking, not luck, keeps the log whole.
@Suite struct ConcurrentProcessTests {
    /// Starts `strata append` processes, each writing its stdout to a file, and waits for all of them.
    private func runTogether(_ argumentLists: [[String]], in workspace: CLIWorkspace) throws -> [CommandResult] {
        var running: [(Process, URL, URL)] = []
        for (index, arguments) in argumentLists.enumerated() {
            let process = try StrataBinary.makeProcess(arguments, in: workspace.url)
            let out = workspace.url.appendingPathComponent("out-\(index)")
            let err = workspace.url.appendingPathComponent("err-\(index)")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            running.append((process, out, err))
        }
        for (process, _, _) in running { try process.run() }
        return try running.map { process, out, err in
            process.waitUntilExit()
            return CommandResult(
                status: process.terminationStatus,
                stdout: String(decoding: try Data(contentsOf: out), as: UTF8.self),
                stderr: String(decoding: try Data(contentsOf: err), as: UTF8.self))
        }
    }

    @Test func eightProcessesAppendGaplessly() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let processes = 8, appendsEach = 50
        let results = try runTogether((0..<processes).map { index in
            ["append", "--store", workspace.store, "--stream", "load-\(index)", "--type", "load.tick",
             "--data", "{\"writer\":\(index)}", "--actor", "load", "--repeat", "\(appendsEach)"]
        }, in: workspace)

        var acknowledged: [Int] = []
        for (index, result) in results.enumerated() {
            #expect(result.status == 0, "\(result)")
            let lines = result.lines
            #expect(lines.count == appendsEach)
            #expect(lines.map { $0.split(separator: " ").last.map(String.init) }
                    == (1...appendsEach).map { "load-\(index)@\($0)" })
            acknowledged += lines.compactMap { $0.split(separator: " ").first.flatMap { Int($0) } }
        }
        let total = processes * appendsEach
        #expect(acknowledged.sorted() == Array(1...total), "every position acknowledged exactly once")

        let events = try SQLiteEventLog.open(at: workspace.store).events()
        #expect(events.count == total)
        #expect(events.map(\.position) == Array(1...Int64(total)))
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 0, "\(verify)")
        #expect(verify.lines.first == "ok: \(total) events verified")
    }

    @Test func twoProcessesRacingOnExactVersionGiveOneWinner() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        #expect(try workspace.append("account-1", "--repeat", "3").status == 0)

        for round in 0..<3 {
            let version = 3 + round
            let results = try runTogether((0..<2).map { racer in
                ["append", "--store", workspace.store, "--stream", "account-1", "--type", "account.debited",
                 "--data", "{\"racer\":\(racer)}", "--actor", "racer-\(racer)", "--expect", "\(version)"]
            }, in: workspace)

            let winners = results.filter { $0.status == 0 }
            let losers = results.filter { $0.status != 0 }
            #expect(winners.count == 1, "round \(round): \(results)")
            #expect(winners.first?.stdout == "\(version + 1) account-1@\(version + 1)\n")
            #expect(losers.count == 1)
            if let loser = losers.first {
                expectError(loser, exit: 1, mentioning: [
                    "conflict on stream 'account-1'", "expected version \(version)", "at version \(version + 1)",
                ])
                #expect(loser.stdout.isEmpty)
            }
        }
        #expect(try SQLiteEventLog.open(at: workspace.store).head().position == 6)
    }
}
