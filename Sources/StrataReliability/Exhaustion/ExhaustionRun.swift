import Foundation
import Strata
#if canImport(Glibc)
import Glibc
#endif

/// The exhaustion cases. Each must end with one `error:` line (or, for `lint`, one finding),
/// and leave the store byte-for-byte as it was, or at least holding the same verified events.
struct ExhaustionRun {
    let strata: String
    let scratch: Scratch
    let inputBytes: Int
    let rssCap: Int
    /// The size of the tmpfs the full-disk case fills.
    var tmpfsKilobytes = 1024
    var report = Report("exhaustion")

    init(strata: String, inputBytes: Int, rssCap: Int) throws {
        self.strata = strata
        self.inputBytes = inputBytes
        self.rssCap = rssCap
        scratch = try Scratch("exhaustion")
    }

    /// A store with a context and a few events, in its own directory.
    func seededStore(_ name: String) throws -> String {
        let store = try scratch.directory(name) + "/store.db"
        for arguments in [["init", store], ["context", "add", "home", "--store", store],
                          ["append", "--store", store, "--stream", "seed-1", "--type", "seed.tick", "--data", "{}", "--repeat", "5"]] {
            let result = try ChildProcess.run(strata, arguments, in: scratch.path)
            guard result.succeeded else { throw HarnessError("seeding \(name) failed: \(result.stderr)") }
        }
        return store
    }

    /// Checks `result` is a clean refusal: exit `status`, one stderr line starting `error:`, mentioning `fragment`.
    mutating func expectRefusal(_ result: ChildResult, _ label: String, exit status: Int32 = 2, mentioning fragment: String) {
        report.count("cases")
        let lines = result.stderr.split(separator: "\n")
        if result.exitCode != status || lines.count != 1 || !result.stderr.hasPrefix("error: ")
            || !result.stderr.lowercased().contains(fragment.lowercased()) {
            report.fail("\(label): expected exit \(status) and one 'error: …\(fragment)…' line, got \(result.ending): \(result.stderr.prefix(300))")
        }
    }

    /// Checks the store still opens, verifies and holds `events` events.
    mutating func expectIntact(_ store: String, events: Int, _ label: String) {
        do {
            let count = try StoreAudit(path: store).events.count
            let verify = try ChildProcess.run(strata, ["verify", "--store", store], in: scratch.path)
            if count != events || !verify.succeeded {
                report.fail("\(label): the store is not intact: \(count) events (expected \(events)); verify \(verify.ending) \(verify.stdout)")
            }
        } catch {
            report.fail("\(label): the store no longer opens: \(error)")
        }
    }

    /// Peak RSS of a refused run, checked against the cap.
    mutating func expectSmall(_ result: ChildResult, _ label: String) {
        let megabytes = result.peakRSSBytes >> 20
        report.set("peakRSSMB.\(label)", megabytes)
        if result.peakRSSBytes > rssCap {
            report.fail("\(label): peak RSS \(megabytes) MB is over the \(rssCap >> 20) MB cap")
        }
    }
}
