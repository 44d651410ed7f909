import Foundation
import Testing
import Strata
import StrataTestSupport

/// `kill -9` in the middle of an append loop: every acknowledged event survives and the chain verifies.
@Suite struct CrashRecoveryTests {
    @Test func killNineMidLoopKeepsEveryAcknowledgedEvent() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let process = try StrataBinary.makeProcess([
            "append", "--store", workspace.store, "--stream", "crash-1", "--type", "crash.tick",
            "--data", "{\"payload\":\"\(String(repeating: "x", count: 512))\"}", "--actor", "crash", "--repeat", "5000",
        ], in: workspace.url)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()

        // Wait for a few dozen acknowledgements (not for a duration), then pull the plug.
        let reader = pipe.fileHandleForReading
        var received = Data()
        while received.count(where: { $0 == UInt8(ascii: "\n") }) < 40 {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            received.append(chunk)
        }
        kill(process.processIdentifier, SIGKILL)
        received.append(reader.readDataToEndOfFile())
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the loop was still running when killed")
        #expect(process.terminationStatus == SIGKILL)

        // Only complete lines were acknowledged; a torn last line was not.
        var text = String(decoding: received, as: UTF8.self)
        if !text.hasSuffix("\n"), let cut = text.lastIndex(of: "\n") { text = String(text[...cut]) }
        let acknowledged = text.split(separator: "\n").map { line -> (Int64, String) in
            let parts = line.split(separator: " ")
            return (Int64(parts[0]) ?? -1, String(parts[1]))
        }
        #expect(acknowledged.count >= 40)
        #expect(acknowledged.count < 5000)

        let log = try SQLiteEventLog.open(at: workspace.store)
        let events = try log.events()
        #expect(events.count >= acknowledged.count, "nothing acknowledged was lost")
        #expect(events.map(\.position) == Array(1...Int64(events.count)))
        for (position, placement) in acknowledged {
            let event = events.first { $0.position == position }
            #expect(event.map { "\($0.streamID)@\($0.streamVersion)" } == placement, "position \(position)")
        }
        let verify = try workspace.runOnStore("verify")
        #expect(verify.status == 0, "\(verify)")
    }
}
