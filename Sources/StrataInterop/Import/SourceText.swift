/// The text of one file, decoded defensively, with what was odd about its bytes.
///
/// ADR files come from editors on every platform: UTF-8 with and without a byte-order
/// mark, UTF-16 from Windows tools, Latin-1 from old editors, CRLF line endings, no final
/// newline, and sometimes binary files saved with a `.md` name. Decoding never fails;
/// it reports what it had to do so the user can clean the file up.
struct SourceText: Sendable {
    /// Something about the bytes worth telling the user.
    enum Oddity: Sendable, Equatable {
        case byteOrderMark
        case utf16
        case invalidUTF8(line: Int)
        case windowsLineEndings
        case missingFinalNewline
        case controlCharacters(line: Int)
    }

    /// The lines, without line terminators.
    let lines: [SourceLine]
    let oddities: [Oddity]

    /// Decodes bytes that are known to be non-empty text (see ``isBinary(_:)``).
    init(bytes: [UInt8]) {
        var oddities: [Oddity] = []
        var scalars: String.UnicodeScalarView
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            oddities.append(.byteOrderMark)
            scalars = Self.decodeUTF8(bytes.dropFirst(3), oddities: &oddities)
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            oddities.append(.utf16)
            scalars = Self.decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        } else {
            scalars = Self.decodeUTF8(bytes[...], oddities: &oddities)
        }
        let text = Self.normalisingLineEndings(scalars, oddities: &oddities)
        var parts = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if parts.last == "" { parts.removeLast() } else { oddities.append(.missingFinalNewline) }
        if let line = Self.removeControlCharacters(&parts) { oddities.append(.controlCharacters(line: line)) }
        lines = parts.enumerated().map { SourceLine(number: $0.offset + 1, text: $0.element) }
        self.oddities = oddities
    }

    /// Whether the bytes look like a binary file: a NUL byte outside UTF-16 text.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return false }
        return bytes.prefix(8192).contains(0)
    }

    /// UTF-8, falling back to Latin-1 (every byte one character) when the bytes are not
    /// valid UTF-8, since legacy editors wrote Latin-1 and that keeps every byte readable.
    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, oddities: inout [Oddity]) -> String.UnicodeScalarView {
        if let scalars = strictUTF8(bytes) { return scalars }
        let line = firstInvalidUTF8Line(bytes)
        oddities.append(.invalidUTF8(line: line))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return view
    }

    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let end = bytes[index...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if strictUTF8(bytes[index..<end]) == nil { return line }
            line += 1
            index = end + 1
        }
        return line
    }

    /// The scalars of valid UTF-8, or `nil` at the first invalid sequence. (The classic
    /// decoder API, since `String(validating:)` needs macOS 15.)
    private static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String.UnicodeScalarView? {
        var scalars = String.UnicodeScalarView()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String.UnicodeScalarView {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (high, low) = bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self).unicodeScalars
    }

    /// Removes invisible control characters (see ``isControl(_:)``), which no editor shows
    /// and no ADR means; keeping them would let invisible bytes change how a line is read.
    /// - Returns: the first line that had one.
    private static func removeControlCharacters(_ lines: inout [String]) -> Int? {
        var first: Int?
        for index in lines.indices {
            let line = lines[index]
            guard line.unicodeScalars.contains(where: isControl) else { continue }
            lines[index] = String(String.UnicodeScalarView(line.unicodeScalars.filter { !isControl($0) }))
            first = first ?? index + 1
        }
        return first
    }

    /// Control characters other than tab, and stray byte-order marks (U+FEFF) inside
    /// the text, which YAML parsers silently drop.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\u{FEFF}" || (scalar != "\t" && scalar.properties.generalCategory == .control)
    }

    /// CRLF and lone CR become LF.
    private static func normalisingLineEndings(_ scalars: String.UnicodeScalarView, oddities: inout [Oddity]) -> String {
        guard scalars.contains("\r") else { return String(scalars) }
        oddities.append(.windowsLineEndings)
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in scalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
                previousWasCR = false
            }
        }
        return String(result)
    }
}
