import ArgumentParser
import StrataApp

extension StrataCommand {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import decision records (adr-tools, MADR, Log4brains, JSON-ADR) or another store's events.",
            discussion: """
                strata import [FORMAT] PATH. FORMAT is adr-tools, madr, log4brains, json-adr or events; \
                without it a directory's Markdown format is detected per file (a folder of .json files \
                is read as json-adr). A single file is read only when its name says Markdown (.md, \
                .markdown) or JSON-ADR (.json); anything else is refused with the list of formats \
                (an events export is named as one: merge it with 'strata import events PATH').

                Records: each becomes decision.proposed plus the events its status implies (accepted; \
                rejected; accepted then superseded or deprecated), valid at the record's own date and \
                recorded now. Links are kept in both directions (Supersedes/Supercedes, Superseded by, \
                Amends, Amended by, Relates to, custom pairs such as Clarifies/Clarified by). Sections \
                Strata has no field for are kept and exported again. The source file and number are \
                stored on decision.proposed.

                Numbering: every record keeps its source number, 0 and gaps included (0007-x.md \
                becomes ADR-7, 0000-x.md ADR-0; numbers the source skipped stay unused). Only a \
                record that cannot have its number gets the next one after the highest: the second \
                of two records with the same number, or one whose number a decision from elsewhere \
                already holds. Each is reported with both files (or the holder) and the id each \
                got. Unnumbered records (Log4brains' dated slugs) are numbered after the highest.

                Sync: a record is named by its source - its collection (the directory's path in \
                its git repository, else its absolute path) and file - or, for a moved collection \
                or the store's own export read back, by its number and title; never by its text. \
                Importing a collection again records what changed on the same decisions: a status \
                change as lifecycle events (Proposed -> Accepted records the acceptance), a text \
                edit as an amendment, a new link as decision.linked, a link removed from the file as \
                decision.unlinked (or, for a link the first import brought, an amendment); each \
                takes effect at the record's date when that moved past the decision's last change, \
                else now. A change the domain refuses (a status going back, the choice of an \
                accepted decision rewritten) and a deleted file are reported; nothing is ever \
                removed from the log. Re-importing an unchanged collection, or this store's \
                own 'export adr-tools' / 'export madr' output, adds nothing. --dry-run lists the \
                changes it would record. One transaction: nothing is written unless all is.

                Dates: a record without one takes the author date of the git commit that added its \
                file (git log --diff-filter=A --follow) when the directory is in a git repository; \
                otherwise it takes effect when imported. The report says which, per record.

                --git: replays the collection's git history instead of reading its files once. Every \
                non-merge commit that touched a record is imported as the collection stood after it \
                (the same sync rules), effective at the commit's author date, with the commit's \
                author as actor and git:SHA as the events' correlation id. Commits are taken in \
                author-date order, so a history rewritten by merges or rebases replays by when each \
                change was written; a record keeps its history across renames and folder moves \
                (git's rename detection). A record without a date takes the date of the commit that \
                added it. Running it again skips the commits already replayed. Each commit is one \
                append; --dry-run replays into a temporary copy of the store, reports what it \
                recorded there, and deletes it.

                Skipped with a note: READMEs, index and table-of-contents files, templates (a \
                placeholder title such as 'ADRXXX: Title' or 'NNNN. Title' with placeholder text in \
                every section), and symbolic links that lead out of the directory.

                events: NDJSON as 'strata events --json' prints it, read line by line. Events whose id \
                this store holds are skipped; the rest are appended at the end of their streams, in \
                file order, with new positions, versions, recorded times and this store's hash chain; \
                effective times and original metadata are kept. Each command of the file (the events \
                sharing one command id) is checked by the rules its command met: one this store \
                would refuse - rejecting a decision accepted here, accepting it twice, a second \
                context of the same name - is left out whole and reported as FILE:LINE, and the rest \
                is merged. An entity whose short id another entity holds here takes the next free \
                one (ADR-11 there becomes ADR-12 here), reported per entity; links follow, since \
                they name entities by UUID, but a number written in a record's text is not \
                rewritten. A malformed line, or an id this store holds with other content, is \
                reported as FILE:LINE and nothing is written.

                On a terminal, a long import shows its progress on stderr (files read, commits \
                replayed, or bytes of an events file merged, with the rate and the time left); \
                never with --json or when stderr is not a terminal.

                Problems in the sources are printed as FILE:LINE: message [code]; they do not stop \
                the import. Exit status: 0 imported (or nothing new); 1 a conflict; 2 unreadable or \
                malformed input.

                Examples:
                  strata import doc/adr
                  strata import madr docs/decisions --dry-run
                  strata import json-adr adrs.json --json
                  strata import events other-store.ndjson
                  strata import doc/adr --git
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("[FORMAT] PATH: the format (optional) and the directory or file.", valueName: "format-and-path"))
        var words: [String]

        @Flag(help: "Show what would be recorded; write nothing.")
        var dryRun = false

        @Flag(help: "Replay the collection's git history: one step per commit, at its author date, by its author.")
        var git = false

        @Flag(help: "Print a machine-readable summary as one JSON object.")
        var json = false

        @Option(help: ArgumentHelp("Who records it; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        func validate() throws {
            guard (1...2).contains(words.count) else {
                throw ValidationError("Pass a path, or a format and a path: strata import [FORMAT] PATH.")
            }
            if words.count == 2, ImportFormat(rawValue: words[0]) == nil {
                throw ValidationError("Unknown format '\(words[0])'; use one of \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run() throws {
            let format = words.count == 2 ? ImportFormat(rawValue: words[0]) : nil
            let path = words[words.count - 1]
            let store = try self.store.open()
            let actor = Actor.resolve(actor)
            let progress = TerminalProgress.onTerminal(
                git ? "Replaying" : "Importing", unit: format == .events ? "bytes" : git ? "commits" : "files", json: json)
            defer { progress?.finish() }
            if format == .events {
                let report = try store.importEvents(path, dryRun: dryRun, actor: actor, progress: progress?.update)
                progress?.finish()
                if json { return try JSONOutput.printCompact(report) }
                return ImportText.merge(report, file: path).forEach { print($0) }
            }
            if git {
                let report = try store.replayGit(path, format: format, actor: actor, dryRun: dryRun, progress: progress?.update)
                progress?.finish()
                if json { return try JSONOutput.printCompact(report) }
                return ImportText.replay(report).forEach { print($0) }
            }
            let report = try store.importRecords(path, format: format, dryRun: dryRun, actor: actor, progress: progress?.update)
            progress?.finish()
            if json { return try JSONOutput.printCompact(report) }
            ImportText.lines(report).forEach { print($0) }
        }
    }
}
