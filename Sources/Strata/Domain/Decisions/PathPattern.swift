/// A pattern of repository paths a decision governs, matched the way `.gitignore` users expect:
/// `*` within one path segment, `?` one character, `**` any number of segments; a pattern
/// without a wildcard names a file or everything under a directory (`src/billing`), and one
/// without a `/` matches at any depth (`*.sql`, `migrations`).
///
/// Paths and patterns are relative to the repository root with `/` separators; a leading `./`
/// or `/` is ignored on both, so `git diff --name-only` output matches as written.
public struct PathPattern: Sendable, Equatable {
    public let text: String
    private let segments: [Substring]

    public init(_ text: String) {
        self.text = text
        let path = Self.normalized(text)
        var segments = path.split(separator: "/", omittingEmptySubsequences: true)
        if !path.contains("/") { segments.insert("**", at: 0) }
        if !path.contains(where: { $0 == "*" || $0 == "?" }) { segments.append("**") }
        self.segments = segments
    }

    /// Why `text` cannot be a pattern, or nil when it can.
    public static func problem(_ text: String) -> String? {
        let path = normalized(text)
        if path.isEmpty { return "is empty" }
        if text.contains(where: \.isNewline) { return "spans lines" }
        if path.split(separator: "/").contains("..") { return "leaves the repository with '..'" }
        return nil
    }

    /// Whether the pattern governs `path`.
    public func matches(_ path: String) -> Bool {
        let parts = Self.normalized(path).split(separator: "/", omittingEmptySubsequences: true)
        return Self.match(segments[...], parts[...])
    }

    private static func normalized(_ text: String) -> String {
        var path = Substring(text.trimmingCharacters(in: .whitespaces))
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        while path.hasPrefix("/") { path = path.dropFirst() }
        return String(path)
    }

    /// Segment by segment, `**` taking any number of them: a table over (pattern, path)
    /// positions, so no pattern costs more than their product.
    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        let p = Array(pattern), q = Array(path)
        // reachable[j]: the first i pattern segments can match the first j path segments.
        var reachable = [Bool](repeating: false, count: q.count + 1)
        reachable[0] = true
        for segment in p {
            var next = [Bool](repeating: false, count: q.count + 1)
            if segment == "**" {
                var seen = false
                for j in 0...q.count { seen = seen || reachable[j]; next[j] = seen }
            } else {
                let glob = Array(segment.unicodeScalars)
                for j in 0..<q.count where reachable[j] { next[j + 1] = matchSegment(glob, Array(q[j].unicodeScalars)) }
            }
            reachable = next
        }
        return reachable[q.count]
    }

    /// `*` and `?` within one segment, by the usual backtrack to the last star: linear-times-
    /// linear at worst.
    private static func matchSegment(_ glob: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        var g = 0, n = 0
        var star: Int?, resume = 0
        while n < name.count {
            if g < glob.count, glob[g] == "?" || glob[g] == name[n], glob[g] != "*" {
                g += 1; n += 1
            } else if g < glob.count, glob[g] == "*" {
                star = g; resume = n; g += 1
            } else if let star {
                g = star + 1; resume += 1; n = resume
            } else {
                return false
            }
        }
        while g < glob.count, glob[g] == "*" { g += 1 }
        return g == glob.count
    }
}
