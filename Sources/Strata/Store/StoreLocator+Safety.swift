import Foundation

extension StoreLocator {
    /// The variable listing discovered stores to trust although another user owns them.
    public static let safeDirectoriesVariable = "STRATA_SAFE_DIRECTORIES"

    /// Why discovery stopped at what it found instead of using it or looking further up.
    public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
        /// Another user owns the store: their log could run anything they wrote into it past us.
        case foreignOwner(path: String, owner: String)
        /// `directory/.strata/` holds no database: using a store further up would be a surprise.
        case noStore(directory: String)

        public var description: String {
            switch self {
            case let .foreignOwner(path, owner):
                "\(path) is owned by \(owner), not by the current user; it was not opened"
            case .noStore(let directory): "\(directory) has a .strata directory but no store"
            }
        }
    }

    /// Refuses a discovered store that another user owns, unless `STRATA_SAFE_DIRECTORIES` lists
    /// its project directory, its `.strata/` or the file itself (or is `*`).
    static func checkOwner(_ store: String, environment: [String: String], workingDirectory: String) throws(Refusal) {
        guard let owner = FileInspection.owner(store), owner.uid != FileInspection.currentUser else { return }
        let entries = (environment[safeDirectoriesVariable] ?? "").split(separator: ":").map(String.init)
        if entries.contains("*") { return }
        let marker = (store as NSString).deletingLastPathComponent
        let trusted = [store, marker, (marker as NSString).deletingLastPathComponent]
        let names = Set(trusted + trusted.compactMap(FileInspection.resolved))
        for entry in entries where !entry.isEmpty {
            let path = absolute(entry, from: workingDirectory)
            if names.contains(path) || FileInspection.resolved(path).map(names.contains) == true { return }
        }
        throw .foreignOwner(path: store, owner: owner.name)
    }
}
