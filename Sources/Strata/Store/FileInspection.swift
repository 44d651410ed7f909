import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a path is on disk, learnt without opening it: opening a FIFO blocks forever and a
/// symlink can point anywhere, so the checks that guard opens and writes look here first.
public enum FileInspection {
    /// `path` with every symlink and `..` resolved (`realpath(3)`); nil when it does not exist.
    public static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The type of `path` itself, not of what a symlink points to; nil when nothing is there.
    public static func type(_ path: String) -> FileAttributeType? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    }

    /// The user owning what `path` resolves to, as a name when the system knows one.
    public static func owner(_ path: String) -> (uid: UInt32, name: String)? {
        guard let real = resolved(path), let attributes = try? FileManager.default.attributesOfItem(atPath: real),
              let uid = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value else { return nil }
        return (uid, attributes[.ownerAccountName] as? String ?? "uid \(uid)")
    }

    /// The effective user running this process, whom discovered stores must belong to.
    public static var currentUser: UInt32 { UInt32(geteuid()) }

    /// A file type in words, for messages that say what a path is instead of a regular file.
    public static func describe(_ type: FileAttributeType) -> String {
        switch type {
        case .typeDirectory: "directory"
        case .typeSymbolicLink: "symbolic link"
        case .typeSocket: "socket"
        case .typeCharacterSpecial: "character device"
        case .typeBlockSpecial: "block device"
        case .typeRegular: "regular file"
        default: "FIFO or other special file"
        }
    }
}
