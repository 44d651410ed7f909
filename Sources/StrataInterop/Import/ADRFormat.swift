/// The on-disk ADR formats Strata reads and writes.
///
/// When a directory is imported without a format, each Markdown file is detected on its
/// own, in this order:
/// 1. a `## Status` section → ``adrTools`` (Nygard layout, as adr-tools writes it);
/// 2. a file name starting with an eight-digit date (`20201016-slug.md`) → ``log4brains``;
/// 3. anything else → ``madr`` (front matter, `* Status:` lists, or no metadata at all).
///
/// A directory with no Markdown files but `.json` files is read as ``jsonADR``.
/// The format decides defaults, not parsing: every Markdown file is read by the same
/// tolerant reader, so a hand-edited record in a mixed collection still imports fully.
/// The default status of a record that states none is ``ADRStatus/proposed`` for
/// adr-tools (as Structurizr reads it) and ``ADRStatus/accepted`` for MADR and
/// Log4brains (MADR's records are implicitly accepted; Log4brains documents it).
public enum ADRFormat: String, Sendable, Codable, CaseIterable {
    /// adr-tools / Michael Nygard: `NNNN-slug.md`, `# N. Title`, `Date:`, `## Status`.
    case adrTools = "adr-tools"
    /// MADR 2, 3 and 4: front matter or a `* Status:` list, "Considered Options", ….
    case madr
    /// Log4brains' MADR 2.1.2 variant: `YYYYMMDD-slug.md`, `- Status:`, `- Tags:`.
    case log4brains
    /// JSON-ADR v1 documents (`joshrotenberg/adrs` schema).
    case jsonADR = "json-adr"

    /// The status a record gets when its file states none.
    var defaultStatus: ADRStatus {
        self == .adrTools ? .proposed : .accepted
    }

    /// Detects the format of one Markdown file (see the type's documentation).
    static func detect(fileName: String, document: MarkdownDocument) -> ADRFormat {
        if document.sections.contains(where: { $0.key == "status" }) { return .adrTools }
        if ADRNumber.dayFromFileName(fileName) != nil { return .log4brains }
        return .madr
    }
}
