import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The state of one torture run: the store, everything acknowledged so far, and the figures.
struct TortureRun {
    let strata: String
    let scratch: Scratch
    let store: String
    var generator: SplitMix
    var acknowledged: [Acknowledgement] = []
    var report = Report("torture")
    /// A running mean of command durations, so kill delays cover a whole command.
    private var typicalSeconds = 0.03

    init(strata: String, seed: UInt64) throws {
        self.strata = strata
        scratch = try Scratch("torture")
        store = scratch.file("store.db")
        generator = SplitMix(seed: seed)
    }

    func finish() { scratch.remove() }

    /// Creates the store with a context (C-1) and a workload (W-1) the domain steps refer to.
    mutating func setUp() throws {
        let initialised = try ChildProcess.run(strata, ["init", store], in: scratch.path)
        guard initialised.succeeded else { throw HarnessError("strata init failed: \(initialised.stderr)") }
        for kind in [WriterStep.Kind.defineContext, .addWorkload] {
            try complete(WriterStep.make(kind, trial: 0, index: acknowledged.count, store: store, files: scratch.path))
        }
        guard report.failures.isEmpty else { throw HarnessError("setting up the store failed: \(report.failures)") }
    }

    /// Runs `step` to the end; it must succeed and acknowledge what it printed.
    private mutating func complete(_ step: WriterStep) throws {
        let result = try ChildProcess.run(strata, step.arguments, in: scratch.path)
        report.count("commands")
        typicalSeconds = typicalSeconds * 0.9 + result.seconds * 0.1
        guard result.succeeded, result.stderr.isEmpty, let acks = step.acknowledged(result.stdout, complete: true) else {
            report.fail("\(step.arguments.prefix(2).joined(separator: " ")) ended \(result.ending): \(result.stderr)")
            return
        }
        acknowledged += acks
    }

    /// One trial: a few complete commands, then one killed at a random moment.
    mutating func trial(_ trial: Int) throws {
        let kinds = WriterStep.Kind.allCases
        let completed = Int.random(in: 0...2, using: &generator)
        for index in 0...completed {
            let kind = kinds.randomElement(using: &generator) ?? .appendOne
            let step = try WriterStep.make(kind, trial: trial, index: index, store: store, files: scratch.path)
            if index < completed { try complete(step) } else { try kill(step, trial: trial) }
        }
        report.count("trials")
        check(store, acknowledged: acknowledged, label: "trial \(trial)")
    }

    /// Starts `step`, lets it run for a random part of a typical command, then pulls the plug.
    private mutating func kill(_ step: WriterStep, trial: Int) throws {
        let delay = Double.random(in: 0...(typicalSeconds * 1.3), using: &generator)
        let cut = Bool.random(using: &generator)
        let child = try ChildProcess(strata, step.arguments, in: scratch.path)
        usleep(UInt32(delay * 1_000_000))
        var cutCopy: String?
        var cutAcks: [Acknowledgement] = []
        if cut {
            child.send(SIGSTOP)
            cutAcks = step.acknowledged(child.stdoutSoFar(), complete: false) ?? []
            cutCopy = try copyFiles(trial: trial)
        }
        child.send(SIGKILL)
        let result = child.wait()
        report.count("commands")
        if result.signal == SIGKILL { report.count(cut ? "powerLossCuts" : "kills") } else { report.count("finishedBeforeSignal") }
        if let code = result.exitCode, code != 0 {
            report.fail("trial \(trial): \(step.arguments.prefix(2).joined(separator: " ")) failed on its own (\(result.ending)): \(result.stderr)")
        }
        let acks = step.acknowledged(result.stdout, complete: result.exitCode == 0) ?? []
        if let cutCopy {
            check(cutCopy, acknowledged: acknowledged + cutAcks, label: "trial \(trial) power-loss copy")
            for suffix in ["", "-wal", "-shm"] { unlink(cutCopy + suffix) }
        }
        acknowledged += acks
        report.set("acknowledgedEvents", acknowledged.count)
    }

    /// Copies the database and its WAL (not the shared-memory index, which a reboot loses).
    private func copyFiles(trial: Int) throws -> String {
        let copy = scratch.file("cut-\(trial).db")
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: store + suffix) {
            try FileManager.default.copyItem(atPath: store + suffix, toPath: copy + suffix)
        }
        return copy
    }

    /// Every promise, on the store at `path`.
    private mutating func check(_ path: String, acknowledged: [Acknowledgement], label: String) {
        do {
            let audit = try StoreAudit(path: path)
            audit.problems(acknowledged: acknowledged, label: label).forEach { report.fail($0) }
            if path == store { report.set("events", audit.events.count) }
            let verify = try ChildProcess.run(strata, ["verify", "--store", path], in: scratch.path)
            if !verify.succeeded || !verify.stdout.hasPrefix("ok: \(audit.events.count) events verified") {
                report.fail("\(label): strata verify \(verify.ending): \(verify.stdout) \(verify.stderr)")
            }
            try ReadModelComparison.differences(store: path, scratch: scratch.path).forEach { report.fail("\(label): \($0)") }
        } catch {
            report.fail("\(label): the store cannot be read after the kill: \(error)")
        }
    }
}
