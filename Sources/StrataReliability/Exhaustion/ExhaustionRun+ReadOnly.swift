import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension ExhaustionRun {
    /// A store the user cannot write: writes fail with one clear line, reads work (opened
    /// read-only), and neither changes the file or leaves a `-wal` or `-shm` beside it.
    mutating func readOnly() throws {
        if asRoot && !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            report.notes.append("read-only case skipped: running as root needs /usr/bin/setpriv to drop to 'nobody'")
            return
        }
        for writableDirectory in [false, true] {
            let store = try seededStore(writableDirectory ? "ro-file" : "ro-dir")
            let directory = (store as NSString).deletingLastPathComponent
            let before = FileManager.default.contents(atPath: store)
            let events = try StoreAudit(path: store).events.count
            let label = writableDirectory ? "read-only file" : "read-only file and directory"
            chmod(store, asRoot ? 0o644 : 0o400)
            chmod(directory, writableDirectory ? 0o777 : (asRoot ? 0o755 : 0o500))
            defer { chmod(directory, 0o700); chmod(store, 0o600) }

            let append = try unprivileged(["append", "--store", store, "--stream", "n-1", "--type", "n.t", "--data", "{}"])
            expectRefusal(append, "\(label): append", mentioning: "read-only")
            let define = try unprivileged(["context", "add", "elsewhere", "--store", store])
            expectRefusal(define, "\(label): context add", mentioning: "read-only")
            for reading in [["events", "--store", store], ["verify", "--store", store], ["arch", "--as-of", "@1", "--store", store]] {
                let result = try unprivileged(reading)
                report.count("cases")
                if !result.succeeded { report.fail("\(label): \(reading[0]) \(result.ending): \(result.stderr)") }
            }
            for leftover in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: store + leftover) {
                report.fail("\(label): a reader left \(leftover) beside the store")
            }
            chmod(directory, 0o700)
            chmod(store, 0o600)
            if FileManager.default.contents(atPath: store) != before { report.fail("\(label): the store file changed") }
            expectIntact(store, events: events, label)
        }
    }

    private var asRoot: Bool { geteuid() == 0 }

    /// Runs strata as `nobody` when the harness is root (root ignores file modes), else as is.
    private func unprivileged(_ arguments: [String]) throws -> ChildResult {
        guard asRoot else { return try ChildProcess.run(strata, arguments, in: scratch.path) }
        chmod(scratch.path, 0o755)
        return try ChildProcess.run(
            "/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", strata] + arguments,
            in: scratch.path, environment: ["HOME": "/", "PATH": "/usr/bin:/bin"])
    }
}
