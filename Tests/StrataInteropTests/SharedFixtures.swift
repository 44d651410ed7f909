import Foundation

/// The real ADR collections in the shared read-only area, found from this file's path.
///
/// The package root is two levels above `Tests/StrataInteropTests` (symlinks resolved,
/// so a development package that links these folders still finds the real root); the
/// shared area is `../shared` next to it. Tests that need a collection skip when it is
/// absent.
enum SharedFixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The directory of one collection (`log4brains`, `madr`), or `nil` when absent.
    static func collection(_ name: String) -> URL? {
        let url = packageRoot.appendingPathComponent("../shared/fixtures/adr/\(name)").standardizedFileURL
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue ? url : nil
    }
}
