import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a store file looked like at one instant, to notice that a writer changed it.
///
/// A store read with `immutable=1` is read by SQLite without locks, so a writer goes unseen. In
/// WAL mode a writer commits into `-wal` and changes the file itself only by checkpointing, which
/// moves its size, modification or change time (a file replaced moves its inode); so two equal
/// stamps around a read mean it read a file no one wrote meanwhile (to the resolution of the
/// file system's timestamps).
struct FileStamp: Equatable, Sendable {
    let device: UInt64
    let inode: UInt64
    let size: Int64
    let modified: [Int]
    let changed: [Int]

    /// The stamp of the file at `path` (symlinks resolved), nil when it cannot be examined.
    init?(_ path: String) {
        guard let file = Self.status(path) else { return nil }
        device = UInt64(file.st_dev)
        inode = UInt64(file.st_ino)
        size = Int64(file.st_size)
        #if canImport(Darwin)
        modified = [Int(file.st_mtimespec.tv_sec), Int(file.st_mtimespec.tv_nsec)]
        changed = [Int(file.st_ctimespec.tv_sec), Int(file.st_ctimespec.tv_nsec)]
        #else
        modified = [Int(file.st_mtim.tv_sec), Int(file.st_mtim.tv_nsec)]
        changed = [Int(file.st_ctim.tv_sec), Int(file.st_ctim.tv_nsec)]
        #endif
    }

    /// The size of the file at `path`, nil when there is none.
    static func size(_ path: String) -> Int64? { status(path).map { Int64($0.st_size) } }

    private static func status(_ path: String) -> stat? {
        var result = stat()
        return stat(path, &result) == 0 ? result : nil
    }
}
