import Foundation

/// Where an anchor is kept, outside the store: somewhere a forger who rewrites the store's
/// file does not also control, such as a file in another location or a git repository.
public enum AnchorPlace: Hashable, Sendable, Codable, CustomStringConvertible {
    /// A text file that anchors are appended to, one line each.
    case file(path: String)
    /// An annotated tag `strata-anchor/<store>/<position>` on the repository's HEAD.
    case gitTag(repository: String)
    /// A note on the repository's HEAD under `refs/notes/strata-anchors`.
    case gitNote(repository: String)

    public var description: String {
        switch self {
        case .file(let path): "file \(path)"
        case .gitTag(let repository): "git tags of \(repository)"
        case .gitNote(let repository): "git notes of \(repository)"
        }
    }

    /// How the place is recorded in the log (`maintenance.anchored`) and named on input.
    public var recorded: String {
        switch self {
        case .file(let path): "file:\(path)"
        case .gitTag(let repository): "git-tag:\(repository)"
        case .gitNote(let repository): "git-note:\(repository)"
        }
    }

    /// Reads a place as ``recorded`` writes it; a bare path is a file.
    public init(recorded text: String) {
        for (prefix, make) in [("git-tag:", Self.gitTag), ("git-note:", Self.gitNote), ("file:", Self.file)]
        where text.hasPrefix(prefix) {
            self = make(String(text.dropFirst(prefix.count)))
            return
        }
        self = .file(path: text)
    }

    /// The same place with its path made absolute, so the log records where it really is.
    func absolute(from directory: String = FileManager.default.currentDirectoryPath) -> AnchorPlace {
        func resolve(_ path: String) -> String {
            URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: directory, isDirectory: true)).standardizedFileURL.path
        }
        switch self {
        case .file(let path): return .file(path: resolve(path))
        case .gitTag(let repository): return .gitTag(repository: resolve(repository))
        case .gitNote(let repository): return .gitNote(repository: resolve(repository))
        }
    }
}
