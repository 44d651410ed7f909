import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A read lock on the bytes SQLite's own readers lock (its SHARED lock), held by a store opened
/// read-only from before its `-wal` and `-shm` are looked at until the log is released.
///
/// In WAL mode a writer needs no lock this blocks except the exclusive one the last connection
/// takes to checkpoint into the file and delete `-wal` and `-shm` on closing. Holding it keeps
/// both files where the read-only open found them (SQLite would otherwise create them again,
/// owned by the reader) and keeps the file itself from changing but by an automatic checkpoint.
///
/// POSIX locks belong to the process, not the descriptor: closing any descriptor of the file
/// drops them all, SQLite's included. So the descriptor stays open as long as the log does. In an
/// immutable read SQLite tracks no lock of its own, so another connection of this process closing
/// the file (an as-of build's ATTACH) drops this one too; ``FileStamp`` still guards what follows.
final class StoreReadLock: Sendable {
    /// SQLite's lock bytes (`PENDING_BYTE` + 2, `SHARED_SIZE`), the same on every Unix build.
    private static let sharedFirst: off_t = 0x4000_0000 + 2
    private static let sharedSize: off_t = 510

    private let descriptor: Int32

    /// Takes the lock, waiting while a writer holds SQLite's exclusive lock (a closing checkpoint).
    /// Where the file system has no locks the read goes on without: ``FileStamp`` still guards it.
    ///
    /// - Throws: ``EventLogError/busy(path:)`` after `timeout`; ``EventLogError/readOnly(path:)``
    ///   when the file cannot even be opened for reading.
    init(file: String, path: String, timeout: TimeInterval) throws {
        descriptor = open(file, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw EventLogError.readOnly(path: path) }
        let deadline = Date().addingTimeInterval(timeout)
        while !Self.lock(descriptor), [EAGAIN, EACCES, EINTR].contains(errno) {
            guard Date() < deadline else {
                close(descriptor)
                throw EventLogError.busy(path: path)
            }
            usleep(2_000)
        }
    }

    deinit { close(descriptor) }

    private static func lock(_ descriptor: Int32) -> Bool {
        var request = flock()
        request.l_type = Int16(F_RDLCK)
        request.l_whence = Int16(SEEK_SET)
        request.l_start = sharedFirst
        request.l_len = sharedSize
        return fcntl(descriptor, F_SETLK, &request) == 0
    }
}
