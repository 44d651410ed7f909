import Foundation
import Strata

/// Dates records that carry none from the commit that added their file.
///
/// MADR and many team collections leave the date out, yet git knows when each record was
/// written. Taking that date keeps `--valid-at` honest; an undated record outside git takes
/// effect when it is imported, and the report says which of the two each record got.
enum GitAddedDates {
    /// `decisions` with the missing dates filled in from git, and one note per undated record.
    static func fill(_ decisions: [ImportedDecision], directory: URL?) -> ([ImportedDecision], [ImportReport.Note]) {
        var notes: [ImportReport.Note] = []
        let repository = directory.flatMap(CollectionKey.gitRoot(of:)) != nil ? directory : nil
        let filled = decisions.map { decision in
            guard decision.date == nil, let path = decision.source.path else { return decision }
            var dated = decision
            if let repository, let added = added(path, in: repository) {
                dated.date = added
                notes.append(.init(file: path, message: "no date; took \(added.day) from the git commit that added the file"))
            } else {
                let why = repository == nil ? "the directory is not in a git repository" : "git has no commit adding it"
                notes.append(.init(file: path, message: "no date; it takes effect today, when imported, as \(why)"))
            }
            return dated
        }
        return (filled, notes)
    }

    /// The author date of the oldest commit that added `path` (following renames), or nil.
    private static func added(_ path: String, in repository: URL) -> Timestamp? {
        let output = try? Git.run(["log", "--diff-filter=A", "--follow", "--format=%aI", "--", path], in: repository.path)
        guard let line = output?.split(whereSeparator: \.isNewline).last.map(String.init) else { return nil }
        return Timestamp(parsing: line) ?? Timestamp(parsing: String(line.prefix(10)))
    }
}
