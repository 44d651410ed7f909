/// One thing the linter found wrong with a collection.
public struct LintFinding: Sendable, Equatable, Codable {
    /// Which check found it.
    public var code: LintCode
    /// The file the finding is about, relative to the collection, when known.
    public var file: String?
    /// The 1-based line, when known.
    public var line: Int?
    /// What is wrong and what to do, in one line.
    public var message: String

    /// Creates a finding.
    public init(code: LintCode, file: String? = nil, line: Int? = nil, message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.message = message
    }
}

extension LintFinding: CustomStringConvertible {
    /// `file:line: message [code]`.
    public var description: String {
        let location = [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (location.isEmpty ? "" : location + ": ") + "\(message) [\(code.rawValue)]"
    }
}
