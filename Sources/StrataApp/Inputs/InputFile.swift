import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Reads a file a request names, refusing anything that is not a small regular file.
///
/// Every file a use case takes (a profile, a proposal, an import) is a few kilobytes, so files
/// over the limit are refused after reading at most one byte past it: a wrong path (a log, a
/// dump) must not be read into memory whole.
public enum InputFile {
    /// 1 MiB, the same limit as a workload profile's.
    public static let maximumBytes = 1 << 20

    /// The bytes of the regular file at `path`, at most `limit`; `field` names the input in errors.
    public static func read(_ path: String, field: AppError.Field = .file, limit: Int = maximumBytes) throws(AppError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
              let handle = FileHandle(forReadingAtPath: path) else {
            throw AppError(
                .unreadableFile, "\(path): cannot read the file; check the path and its permissions",
                subject: AppError.Subject(field: field, file: path))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
        guard data.count <= limit else {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? data.count
            throw AppError(
                .fileTooLarge, "\(path): the file has \(size) bytes, more than the \(limit / 1024) KiB limit; check that it is the right file",
                subject: AppError.Subject(field: field, file: path))
        }
        return data
    }
}
