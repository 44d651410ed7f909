import GRDB
import StrataMigrations

extension EventLogError {
    /// Translates a SQLite failure into the log's vocabulary, matching on result codes only.
    static func from(_ error: any Error, path: String) -> any Error {
        switch error {
        case let malformed as MalformedRow:
            return EventLogError.corrupt(path: path, detail: malformed.description)
        case SchemaError.newerThanSupported(let found, let supported):
            return EventLogError.newerSchema(path: path, found: found, supported: supported)
        case SchemaError.migrationChanged(let version, let name):
            return EventLogError.migrationChanged(path: path, version: version, name: name)
        default:
            break
        }
        guard let dbError = error as? DatabaseError else { return error }
        switch dbError.resultCode {
        case .SQLITE_FULL: return EventLogError.diskFull(path: path)
        case .SQLITE_READONLY: return EventLogError.readOnly(path: path)
        case .SQLITE_CANTOPEN where isPermissionProblem(path): return EventLogError.readOnly(path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return EventLogError.busy(path: path)
        case .SQLITE_CORRUPT: return EventLogError.corrupt(path: path, detail: dbError.message ?? "corrupt")
        case .SQLITE_NOTADB: return EventLogError.notSQLite(path: path)
        case .SQLITE_CONSTRAINT: return EventLogError.integrity(dbError.message ?? "constraint failed")
        case .SQLITE_IOERR where dbError.extendedResultCode == .SQLITE_IOERR_WRITE:
            // A write that failed outright (a file-size limit or quota, EFBIG, EDQUOT) rather than
            // with ENOSPC, which SQLite reports as SQLITE_FULL; the transaction was rolled back.
            return EventLogError.sqlite(path: path, code: dbError.extendedResultCode.rawValue,
                                        message: "could not write (a full disk, a quota or file-size limit, or a failing device); "
                                            + "the change was not recorded. Free space or check the disk, then retry")
        case .SQLITE_IOERR:
            return EventLogError.sqlite(path: path, code: dbError.extendedResultCode.rawValue,
                                        message: "I/O error: " + (dbError.message ?? ""))
        default:
            return EventLogError.sqlite(path: path, code: dbError.extendedResultCode.rawValue,
                                        message: dbError.message ?? "unknown")
        }
    }

    private static func isPermissionProblem(_ path: String) -> Bool {
        access(path, W_OK) != 0
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
