import Foundation

/// Names an ADR collection the same way on every machine that imports it.
///
/// Teams import from their checkout, from CI, from a colleague's clone: the directory's
/// absolute path differs each time, its place in the repository does not. So a collection
/// inside a git work tree is named by its path from the work tree's root (`doc/adr`), and
/// only one outside git by its absolute path.
enum CollectionKey {
    static func of(_ url: URL) -> String {
        let place = url.resolvingSymlinksInPath().standardizedFileURL
        guard let root = gitRoot(of: place) else { return place.path }
        let relative = place.path.dropFirst(root.path.count).drop { $0 == "/" }
        return relative.isEmpty ? "." : String(relative)
    }

    /// The work tree holding `url` (the nearest ancestor with a `.git`), or nil outside git.
    static func gitRoot(of url: URL) -> URL? {
        var root = url.resolvingSymlinksInPath().standardizedFileURL
        while root.path != "/" {
            if FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path) { return root }
            root.deleteLastPathComponent()
        }
        return nil
    }
}
