import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension ExhaustionRun {
    /// The file-size limit for the limited run: above the 32 KiB shared-memory index, below
    /// what a 120 KB event needs in the WAL.
    static let fileSizeLimit = 65_536 + 1_000

    /// A full disk: appends to a store on a small tmpfs until the disk is full must fail with one clear line and keep every
    /// acknowledged event; once space is back, appends go through again.
    mutating func diskFull() throws {
        try fileSizeLimited()
        guard geteuid() == 0 else {
            report.notes.append("full tmpfs case skipped: mounting a tmpfs needs root")
            return
        }
        let mountPoint = try scratch.directory("tmpfs")
        guard try ChildProcess.run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(tmpfsKilobytes)k", "tmpfs", mountPoint], in: scratch.path).succeeded else {
            report.notes.append("full tmpfs case skipped: mount -t tmpfs was refused")
            return
        }
        defer { _ = try? ChildProcess.run("/bin/umount", [mountPoint], in: scratch.path) }
        try fillTmpfs(mountPoint)
    }

    private mutating func fillTmpfs(_ mountPoint: String) throws {
        let store = mountPoint + "/store.db"
        guard try ChildProcess.run(strata, ["init", store], in: scratch.path).succeeded else { throw HarnessError("init on tmpfs failed") }
        let filler = mountPoint + "/filler"   // deleted once full: space coming back
        let free = (try? FileManager.default.attributesOfFileSystem(forPath: mountPoint)[.systemFreeSize] as? Int) ?? 0
        guard free >= 64 * 1024, FileManager.default.createFile(atPath: filler, contents: Data(count: free / 3)) else {
            report.fail("disk full: a \(tmpfsKilobytes) KB tmpfs leaves \(free / 1024) KB after 'strata init'; use a larger --tmpfs-kb")
            return
        }
        var acknowledged: [Acknowledgement] = []
        var failure: ChildResult?
        let pad = String(repeating: "x", count: 6_000)
        for index in 0..<1_000 {
            let result = try ChildProcess.run(strata, ["append", "--store", store, "--stream", "fill-1", "--type", "fill.block",
                                                      "--data", "{\"n\":\(index),\"pad\":\"\(pad)\"}"], in: scratch.path)
            guard result.succeeded else { failure = result; break }
            acknowledged += Acknowledgement.fromAppend(result.completeLines) ?? []
        }
        report.set("tmpfsEventsBeforeFull", acknowledged.count)
        guard let failure else { report.fail("disk full: the \(tmpfsKilobytes) KB tmpfs never filled up"); return }
        expectRefusal(failure, "disk full (tmpfs): append", mentioning: "is full")
        let audit = try StoreAudit(path: store)
        audit.problems(acknowledged: acknowledged, label: "disk full (tmpfs)").forEach { report.fail($0) }
        expectIntact(store, events: acknowledged.count, "disk full (tmpfs)")
        unlink(filler)
        let retry = try ChildProcess.run(strata, ["append", "--store", store, "--stream", "fill-1", "--type", "fill.block",
                                                 "--data", "{\"after\":true}"], in: scratch.path)
        if !retry.succeeded { report.fail("disk full (tmpfs): the append fails with space back: \(retry.stderr)") }
        expectIntact(store, events: acknowledged.count + 1, "disk full (tmpfs), space back")
    }

    /// A file-size limit (prlimit --fsize, SIGXFSZ ignored): writes fail with EFBIG.
    private mutating func fileSizeLimited() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit") else {
            report.notes.append("file-size limit case skipped: no /usr/bin/prlimit (util-linux)")
            return
        }
        let store = try seededStore("limited")
        let events = try StoreAudit(path: store).events.count
        let pad = String(repeating: "x", count: 120_000)
        let attempts: [(String, [String])] = [
            ("append", ["append", "--store", store, "--stream", "big-1", "--type", "big.blob", "--data", "{\"pad\":\"\(pad)\"}"]),
            ("context add", ["context", "add", "roomy", "--description", pad, "--store", store]),
        ]
        for (label, arguments) in attempts {
            let script = "trap '' XFSZ; exec prlimit --fsize=\(Self.fileSizeLimit):\(Self.fileSizeLimit) -- \"$0\" \"$@\""
            let result = try ChildProcess.run("/bin/sh", ["-c", script, strata] + arguments, in: scratch.path)
            expectRefusal(result, "file-size limit: \(label)", mentioning: "could not write")
            expectIntact(store, events: events, "file-size limit: \(label)")
        }
        let retry = try ChildProcess.run(strata, attempts[0].1, in: scratch.path)
        if !retry.succeeded { report.fail("file-size limit: the append fails even without the limit: \(retry.stderr)") }
    }
}
