public import Foundation

/// Reads a directory of ADR files into ``ADRRecord``s.
///
/// The importer never throws and never stops at a bad file: every oddity becomes an
/// ``ImportProblem`` and every readable record is returned, so a user can import a real,
/// messy collection and then fix what the report lists. It reads the directory's own
/// files only (not subdirectories), skips hidden files, the index files tools keep next to
/// records (`README.md`, `index.md`, `template.md`, `backlog.md`, `toc.md`) and any file that
/// holds a template or a table of contents (``NonRecordFile``), each with a note; it never
/// follows a symbolic link out of the directory, and refuses files larger than ``maxFileBytes``.
public struct ADRImporter: Sendable {
    /// Files larger than this are reported as ``ImportProblemCode/fileTooLarge`` and
    /// skipped, so a stray log or binary cannot exhaust memory. Defaults to 5 MiB.
    public var maxFileBytes: Int

    /// Creates an importer.
    public init(maxFileBytes: Int = 5 * 1024 * 1024) {
        self.maxFileBytes = maxFileBytes
    }

    /// Reads every record in `directory` with default limits.
    ///
    /// - Parameter format: the collection's format, or `nil` to detect it per file
    ///   (see ``ADRFormat`` for the rules).
    public static func read(directory: URL, format: ADRFormat? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> ADRImportResult {
        ADRImporter().read(directory: directory, format: format, progress: progress)
    }

    /// Whether a file of that name is read as a Markdown record: not hidden, not a README,
    /// index or template by name. Lets a reader of another tree (a git commit) pick the same files.
    public static func isRecordFileName(_ name: String) -> Bool {
        DirectoryListing.isCandidate(name) && DirectoryListing.isMarkdown(name)
    }

    /// Reads a JSON-ADR v1 document (single record, bulk export, or a bare array).
    public static func readJSONADR(data: Data, name: String = "adrs.json") -> ADRImportResult {
        var result = JSONADRReader.read(data: data, name: name)
        var problems = result.problems
        result.records = CollectionChecks.sorted(CollectionChecks.reportDuplicates(result.records, into: &problems))
        result.problems = problems
        return result
    }

    /// Reads every record in `directory`; `progress` hears the files read so far and how many
    /// there are.
    public func read(directory: URL, format: ADRFormat? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> ADRImportResult {
        let listing = DirectoryListing(directory: directory, maxFileBytes: maxFileBytes)
        let markdown = listing.files.filter { DirectoryListing.isMarkdown($0.name) }
        let json = listing.files.filter { $0.name.lowercased().hasSuffix(".json") }
        let useJSON = format == .jsonADR || (format == nil && markdown.isEmpty && !json.isEmpty)
        var result = useJSON ? readJSON(json) : read(files: markdown, format: format, progress: progress)
        result.problems = listing.problems + result.problems
        return result
    }

    /// Reads Markdown files already in memory; `progress` hears the files read so far.
    public func read(files: [ADRSourceFile], format: ADRFormat? = nil, progress: ((_ done: Int, _ total: Int) -> Void)? = nil) -> ADRImportResult {
        var problems: [ImportProblem] = []
        var outputs: [MarkdownRecordReader.Output] = []
        for (index, file) in files.enumerated() {
            progress?(index, files.count)
            guard let source = decode(file, problems: &problems) else { continue }
            if let kind = NonRecordFile.kind(of: source, fileName: file.name) {
                problems.append(Self.skipped(kind, file.name))
                continue
            }
            let output = MarkdownRecordReader(fileName: file.name, format: format).read(source)
            problems += output.problems
            outputs.append(output)
        }
        LinkResolver.resolve(&outputs, problems: &problems)
        var records = outputs.map(\.record)
        records = CollectionChecks.reportDuplicates(records, into: &problems)
        return ADRImportResult(
            records: CollectionChecks.sorted(records), problems: problems,
            format: format ?? CollectionChecks.dominantFormat(outputs.map(\.format)))
    }

    private func readJSON(_ files: [ADRSourceFile]) -> ADRImportResult {
        var records: [ADRRecord] = []
        var problems: [ImportProblem] = []
        for file in files {
            guard file.data.count <= maxFileBytes else {
                problems.append(DirectoryListing.tooLarge(file.name, limit: maxFileBytes))
                continue
            }
            let result = JSONADRReader.read(data: file.data, name: file.name)
            records += result.records
            problems += result.problems
        }
        records = CollectionChecks.reportDuplicates(records, into: &problems)
        return ADRImportResult(records: CollectionChecks.sorted(records), problems: problems, format: .jsonADR)
    }

    private static func skipped(_ kind: NonRecordFile, _ name: String) -> ImportProblem {
        switch kind {
        case .template:
            ImportProblem(file: name, code: .skippedTemplate, message: "a template (placeholder title and text), not a record; skipped")
        case .index:
            ImportProblem(file: name, code: .skippedIndex, message: "an index of the records, not a record; skipped")
        }
    }

    /// Decodes a file's bytes, or reports why it holds no record.
    private func decode(_ file: ADRSourceFile, problems: inout [ImportProblem]) -> SourceText? {
        func report(_ code: ImportProblemCode, _ message: String) {
            problems.append(ImportProblem(file: file.name, code: code, message: message))
        }
        guard file.data.count <= maxFileBytes else {
            problems.append(DirectoryListing.tooLarge(file.name, limit: maxFileBytes))
            return nil
        }
        let bytes = [UInt8](file.data)
        if SourceText.isBinary(bytes) {
            report(.binaryFile, "file holds binary data, not text; skipped. Remove it or save it as UTF-8 Markdown")
            return nil
        }
        let source = SourceText(bytes: bytes)
        if source.lines.allSatisfy({ $0.text.trimmingWhitespace.isEmpty }) {
            report(.emptyFile, "file is empty; skipped. Write the record or delete the file")
            return nil
        }
        for oddity in source.oddities {
            problems.append(SourceOddityReport.problem(for: oddity, file: file.name, lastLine: source.lines.count))
        }
        return source
    }
}
