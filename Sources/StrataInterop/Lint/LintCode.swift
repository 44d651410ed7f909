/// The checks ``ADRLinter`` runs, as stable kebab-case codes for scripts and CI.
public enum LintCode: String, Sendable, Codable, CaseIterable {
    /// Two or more records share a number.
    case duplicateNumber = "duplicate-number"
    /// Numbers are missing between the lowest and highest used (`3` then `5`).
    case numberingGap = "numbering-gap"
    /// A link names a record that is not in the collection.
    case danglingLink = "dangling-link"
    /// A link's target does not link back (A supersedes B, but B does not say it is
    /// superseded by A). For custom relations any link back counts.
    case missingReverseLink = "missing-reverse-link"
    /// The status disagrees with the links: "superseded by" links on a record whose
    /// status is not superseded.
    case statusContradictsLinks = "status-contradicts-links"
    /// The status is superseded but no link names the successor.
    case supersededWithoutSuccessor = "superseded-without-successor"
    /// A record links to itself.
    case selfLink = "self-link"
    /// The date could not be read.
    case unparseableDate = "unparseable-date"
    /// The date could mean two days (`03/04/2020`).
    case ambiguousDate = "ambiguous-date"
    /// Any other problem the importer reported; the message starts with its code.
    case importProblem = "import-problem"
}
