import Foundation
import GRDB
import Strata

/// One tamper run: a base store with a snapshot and an anchor, then every case on its own copy.
struct TamperRun {
    let strata: String
    let scratch: Scratch
    let base: String
    let anchors: String

    /// The reads a refused case must refuse, each naming no entity.
    static let reads: [[String]] = [["arch"], ["audit"], ["log"], ["context", "list"], ["store", "list"], ["measurements"]]

    init(strata: String) throws {
        self.strata = strata
        scratch = try Scratch("tamper")
        base = scratch.file("base.db")
        anchors = scratch.file("anchors.txt")
    }

    func run() throws -> Report {
        try buildBase()
        var report = Report("tamper")
        let cases = try DatabaseQueue(path: base).read { try TamperCases.all(in: $0) }
        for (index, tamper) in cases.enumerated() {
            let copy = scratch.file("case-\(index).db")
            try FileManager.default.copyItem(atPath: base, toPath: copy)
            report.count("cases")
            if try check(tamper, on: copy, into: &report) { report.count("detected") }
            try? FileManager.default.removeItem(atPath: copy)
        }
        return report
    }

    /// The demo, enough raw events for a full snapshot and a later one that refers to it (raw
    /// events fold into no snapshotted table), one more fact after them, and an anchor; the WAL
    /// folded into the file so a copy of the file alone is the whole store.
    private func buildBase() throws {
        for arguments in [
            ["--store", base, "demo"],
            ["--store", base, "append", "--stream", "note-1", "--type", "note.added", "--data", "{}", "--repeat", "2100"],
            ["--store", base, "context", "add", "after-the-snapshot"],
            ["--store", base, "anchor", "--to", anchors, "--actor", "tamper"],
        ] {
            let result = try ChildProcess.run(strata, arguments, in: scratch.path)
            guard result.succeeded else { throw HarnessError("strata \(arguments.dropFirst(2).joined(separator: " ")) failed: \(result.stderr)") }
        }
        try DatabaseQueue(path: base).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// Applies `tamper` to `copy` and checks Strata's reaction; false (with a failure) if it missed.
    private func check(_ tamper: TamperCase, on copy: String, into report: inout Report) throws -> Bool {
        let failuresBefore = report.failures.count
        let fail = { (report: inout Report, what: String) in report.fail("\(tamper.name): \(what)") }
        do {
            try DatabaseQueue(path: copy).write { db in try db.execute(sql: tamper.sql) }
            if tamper.rechain { try rechain(copy) }
        } catch {
            guard case .editRefused = tamper.expected else { throw HarnessError("\(tamper.name): the tamper itself failed: \(error)") }
            let read = try strataRun(["arch"], copy)
            if read.exitCode != 0 { fail(&report, "after a refused edit, arch \(read.ending): \(read.stderr)") }
            return report.failures.count == failuresBefore
        }
        switch tamper.expected {
        case .editRefused:
            fail(&report, "a plain SQLite client changed a sealed table")
        case .readsRefuse(let code):
            for read in Self.reads {
                let result = try strataRun(read, copy)
                if result.exitCode != 2 || !result.stderr.contains("[\(code)]") || result.stderr.split(separator: "\n").count != 1 {
                    fail(&report, "\(read.joined(separator: " ")) \(result.ending) instead of refusing [\(code)]: \(result.stderr)\(result.stdout.prefix(200))")
                }
            }
            let verify = try strataRun(["verify"], copy)
            if verify.exitCode != 1 { fail(&report, "verify \(verify.ending): \(verify.stdout)\(verify.stderr)") }
        case .verifyFails(let mentioning):
            let verify = try strataRun(["verify"], copy)
            if verify.exitCode != 1 || !verify.stdout.contains(mentioning) {
                fail(&report, "verify \(verify.ending) without '\(mentioning)': \(verify.stdout)\(verify.stderr)")
            }
        case .verifyWarns(let mentioning):
            let verify = try strataRun(["verify"], copy)
            if !verify.stdout.contains("warning:") || !verify.stdout.contains(mentioning) {
                fail(&report, "verify \(verify.ending) without the warning '\(mentioning)': \(verify.stdout)\(verify.stderr)")
            }
        case .anchorsFail:
            let verify = try strataRun(["verify", "--anchors", "--anchors-in", anchors], copy)
            if verify.exitCode != 1 || !verify.stdout.contains("DOES NOT HOLD") && !verify.stdout.contains("BROKEN") {
                fail(&report, "verify --anchors \(verify.ending): \(verify.stdout)\(verify.stderr)")
            }
        }
        return report.failures.count == failuresBefore
    }

    private func strataRun(_ arguments: [String], _ store: String) throws -> ChildResult {
        try ChildProcess.run(strata, ["--store", store] + arguments, in: scratch.path)
    }

    /// Recomputes every hash from the genesis on, and the watermark with them.
    private func rechain(_ path: String) throws {
        let log = try SQLiteEventLog.open(at: path, checkingContinuity: false)
        var events = try log.events()
        var previous = EventHasher.genesis(storeID: log.storeID)
        for index in events.indices {
            events[index].prevHash = previous
            events[index].hash = EventHasher.hash(of: events[index])
            previous = events[index].hash
        }
        try DatabaseQueue(path: path).write { db in
            for event in events {
                try db.execute(sql: "UPDATE events SET prev_hash = ?, hash = ? WHERE position = ?",
                               arguments: [Data(event.prevHash), Data(event.hash), event.position])
            }
            try db.execute(sql: "UPDATE log_watermark SET hash = ?", arguments: [Data(previous)])
        }
    }
}
