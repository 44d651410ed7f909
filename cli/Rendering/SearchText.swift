import StrataApp

/// The terminal rendering of a ``SearchResult``: one block per hit, matches in bold.
enum SearchText {
    static func render(_ result: SearchResult, style: TerminalStyle) -> String {
        if result.hits.isEmpty { return "No decision matches '\(Text.safe(result.query))' (position \(result.position)).\n" }
        var out = ""
        for hit in result.hits {
            let context = hit.context.map { " · \(Text.safe($0))" } ?? ""
            out += "\(style.bold(hit.id)) \(marked(hit.titleSegments, style)) \(style.dim("(\(hit.status)\(context))"))\n"
            if hit.snippet != hit.titleSegments, !hit.snippet.isEmpty {
                out += "    \(marked(hit.snippet, style).replacingOccurrences(of: "\n", with: " "))\n"
            }
        }
        let count = result.hits.count == 1 ? "1 decision" : "\(result.hits.count) decisions"
        return out + style.dim("\(count) at position \(result.position)") + "\n"
    }

    /// Segments with their matches bold, or between « » when the output is not a terminal.
    private static func marked(_ segments: [SearchHit.Segment], _ style: TerminalStyle) -> String {
        segments.map { segment in
            let text = Text.safe(segment.text.replacingOccurrences(of: "\n", with: " "))
            guard segment.match else { return text }
            let bold = style.bold(text)
            return bold == text ? "«\(text)»" : bold
        }.joined()
    }
}
