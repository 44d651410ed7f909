import Foundation

/// What one fuzz execution showed.
enum Verdict: Sendable {
    /// The input was accepted, and everything derived from it kept its invariants.
    case accepted(signature: String)
    /// The input was refused with a clear error.
    case rejected(signature: String)
    /// A promise broke: an unclear error, a lost invariant.
    case failure(String)
}

/// A parser under fuzz: its seeds, its vocabulary, and the oracle that judges one input.
///
/// The signature of a verdict (an error code and field, a set of problem codes) stands in for
/// coverage: inputs that produce a signature not seen before join the corpus, so mutation
/// keeps exploring new rejections and acceptances instead of rediscovering the same one.
protocol FuzzTarget: Sendable {
    var name: String { get }
    /// Valid and nearly valid inputs the corpus starts from.
    var seeds: [Data] { get }
    /// Tokens that mean something to this parser, spliced in by the mutator.
    var dictionary: [Data] { get }
    /// Runs the parser on `input` and judges the outcome; must never trap for any bytes.
    func execute(_ input: Data) -> Verdict
    /// A mutation that knows the format (JSON values, Markdown lines), or nil to fall back to bytes.
    func structuredMutation(_ input: Data, using generator: inout SplitMix) -> Data?
}

/// The fuzz targets by their `--target` name.
enum FuzzTargets {
    static func named(_ name: String) -> (any FuzzTarget)? {
        switch name {
        case "profile": ProfileTarget()
        case "markdown": MarkdownTarget()
        case "ndjson": NDJSONTarget()
        case "ndjson-append": NDJSONTarget(includesMergeReader: false)
        default: nil
        }
    }

    static let names = ["profile", "markdown", "ndjson", "ndjson-append"]
}

extension String {
    /// Whether an error message is fit to show a user: one line, no C0 control character but
    /// tab (an echoed ESC could rewrite the terminal), not empty, not a dump.
    var isClearErrorMessage: Bool {
        !isEmpty && utf8.count <= 2_000 && !unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }
    }
}
