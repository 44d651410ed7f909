import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// `strata export events FILE`: the NDJSON `strata events --json` prints, streamed to a file.
enum EventsFile {
    static func write(
        _ log: SQLiteEventLog, upTo cut: TimeCut?, to path: String, force: Bool, progress: ((Int64, Int64) -> Void)? = nil
    ) throws(AppError) -> Int {
        if !force, FileManager.default.fileExists(atPath: path) {
            throw AppError(.exportRefused, "\(path) already exists; nothing was written. Choose a new file", subject: .file(path), remedy: .provide(.force))
        }
        let temporary = path + ".partial-\(UUID().uuidString)"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary) else {
            throw AppError(.unreadableFile, "cannot write \(path); check the directory exists and is writable", subject: .file(path))
        }
        var count = 0
        do {
            var buffer = Data()
            let total = try progress == nil ? 0 : log.read { db in try SQLiteEventLog.position(at: cut ?? .position(Int64.max), in: db) }
            try log.read(EventQuery(upTo: cut)) { event in
                buffer.append(contentsOf: (EventJSON.line(event) + "\n").utf8)
                count += 1
                if count % 1_000 == 0 { progress?(event.position, total) }
                if buffer.count >= 1 << 16 { handle.write(buffer); buffer.removeAll(keepingCapacity: true) }
            }
            handle.write(buffer)
            try handle.close()
            if force { try? FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw AppError.from(error)
        }
        return count
    }
}
