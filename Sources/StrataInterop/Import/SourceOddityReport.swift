/// Describes byte-level oddities of a file as import problems.
enum SourceOddityReport {
    static func problem(for oddity: SourceText.Oddity, file: String, lastLine: Int) -> ImportProblem {
        switch oddity {
        case .byteOrderMark:
            ImportProblem(file: file, line: 1, code: .byteOrderMark,
                          message: "file starts with a UTF-8 byte-order mark; ignored. Save without BOM")
        case .utf16:
            ImportProblem(file: file, line: 1, code: .utf16Encoding,
                          message: "file is UTF-16; decoded. Save it as UTF-8")
        case .invalidUTF8(let line):
            ImportProblem(file: file, line: line, code: .invalidUTF8,
                          message: "file is not valid UTF-8; read as Latin-1, so some characters may be wrong. Save it as UTF-8")
        case .windowsLineEndings:
            ImportProblem(file: file, code: .windowsLineEndings,
                          message: "file uses CR or CRLF line endings; read as LF. Convert to LF")
        case .controlCharacters(let line):
            ImportProblem(file: file, line: line, code: .controlCharacters,
                          message: "file contains invisible control characters; removed. Delete them from the file")
        case .missingFinalNewline:
            ImportProblem(file: file, line: lastLine, code: .missingFinalNewline,
                          message: "file does not end with a newline. Add one")
        }
    }
}
