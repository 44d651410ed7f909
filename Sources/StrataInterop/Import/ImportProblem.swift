/// Something odd an importer found in a file, reported instead of failing the import.
///
/// Real collections are messy; one broken file must not stop the rest from importing,
/// and the user needs to know exactly where to look. ``code`` is stable for scripts;
/// ``message`` is for people.
public struct ImportProblem: Sendable, Equatable, Codable {
    /// The file, relative to the imported directory (or the JSON document's name).
    public var file: String
    /// The 1-based line, when the problem has one.
    public var line: Int?
    /// What kind of problem it is.
    public var code: ImportProblemCode
    /// What is wrong and what to do about it, in one line.
    public var message: String

    /// Creates a problem.
    public init(file: String, line: Int? = nil, code: ImportProblemCode, message: String) {
        self.file = file
        self.line = line
        self.code = code
        self.message = message
    }
}

extension ImportProblem: CustomStringConvertible {
    /// `file:line: message [code]`, the shape compilers use, so editors can jump to it.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(location): \(message) [\(code.rawValue)]"
    }
}

/// The kinds of ``ImportProblem``, as stable kebab-case codes.
public enum ImportProblemCode: String, Sendable, Codable, CaseIterable {
    /// The directory could not be listed; nothing was imported.
    case unreadableDirectory = "unreadable-directory"
    /// A file could not be read; it was skipped.
    case unreadableFile = "unreadable-file"
    /// A file exceeds the importer's size limit; it was skipped.
    case fileTooLarge = "file-too-large"
    /// A file is empty or only whitespace; it was skipped.
    case emptyFile = "empty-file"
    /// A file holds binary data; it was skipped.
    case binaryFile = "binary-file"
    /// A JSON file is not a JSON-ADR document; nothing in it was imported.
    case invalidJSON = "invalid-json"
    /// One record in a JSON-ADR document is malformed; it was skipped.
    case invalidRecord = "invalid-record"
    /// The file starts with a UTF-8 byte-order mark, which was ignored.
    case byteOrderMark = "byte-order-mark"
    /// The file is UTF-16; it was decoded.
    case utf16Encoding = "utf16-encoding"
    /// The file is not valid UTF-8; it was read as Latin-1.
    case invalidUTF8 = "invalid-utf8"
    /// The file uses CRLF or CR line endings; they were read as LF.
    case windowsLineEndings = "windows-line-endings"
    /// The file's last line has no newline.
    case missingFinalNewline = "missing-final-newline"
    /// The file contains invisible control characters; they were removed.
    case controlCharacters = "control-characters"
    /// Front matter is not usable YAML; its metadata was kept as text only.
    case invalidFrontMatter = "invalid-front-matter"
    /// Front matter opens with `---` and never closes.
    case unterminatedFrontMatter = "unterminated-front-matter"
    /// No title heading; a title was taken from front matter or the file name.
    case missingTitle = "missing-title"
    /// The title's number differs from the file name's; the file name won.
    case numberMismatch = "number-mismatch"
    /// A JSON-ADR record has no number.
    case missingNumber = "missing-number"
    /// Several records use the same number.
    case duplicateNumber = "duplicate-number"
    /// No status; the format's default was used.
    case missingStatus = "missing-status"
    /// The status is none of the five known ones; kept as written.
    case unknownStatus = "unknown-status"
    /// The status is a badge image; its label was read.
    case badgeStatus = "badge-status"
    /// The status has emoji or invisible characters around it; they were ignored.
    case emojiStatus = "emoji-status"
    /// No date field (reported where the format expects one, or when the file name supplied it).
    case missingDate = "missing-date"
    /// The date is readable but not `yyyy-mm-dd`.
    case nonISODate = "non-iso-date"
    /// The date could mean two days; it was read day first.
    case ambiguousDate = "ambiguous-date"
    /// The date could not be read; it was kept as text.
    case unparseableDate = "unparseable-date"
    /// A link names no record in the collection.
    case danglingLink = "dangling-link"
    /// A link names a missing file; it was matched to a record by number.
    case linkFileMissing = "link-file-missing"
    /// A JSON-ADR document declares a version other than 1.x.
    case unsupportedVersion = "unsupported-version"
    /// A README, index or table of contents, not a record; it was skipped.
    case skippedIndex = "skipped-index"
    /// A template (placeholder title and placeholder text in every section); it was skipped.
    case skippedTemplate = "skipped-template"
    /// A symbolic link that leads out of the imported directory; it was not followed.
    case symlinkOutside = "symlink-outside"

    /// Whether the problem means data was lost or could be wrong, as opposed to a
    /// cosmetic oddity that was handled without loss (a BOM, CRLF line endings).
    public var isWarning: Bool {
        switch self {
        case .byteOrderMark, .windowsLineEndings, .missingFinalNewline, .nonISODate, .missingStatus, .missingDate,
             .skippedIndex, .skippedTemplate:
            false
        default:
            true
        }
    }
}

extension ImportProblem {
    /// User text shortened to one line of at most `limit` characters, for messages.
    static func excerpt(_ text: String, limit: Int = 80) -> String {
        // Control characters are shown escaped (`\u{2}`): echoed raw, one could cut the line or
        // drive the terminal the finding is printed on.
        let line = MarkdownText.singleLine(text).unicodeScalars
            .map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: false) : String($0) }.joined()
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }
}
