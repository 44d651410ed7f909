/// Tracks fenced code blocks and multi-line HTML comments while walking lines.
///
/// Headings inside ```` ``` ```` fences or `<!-- … -->` blocks are examples, not
/// structure (MADR's own records show `## Considered Options` inside code fences), so
/// the section splitter asks this tracker before treating a line as a heading.
struct BlockTracker {
    private var fence: (character: Character, count: Int)?
    private var inComment = false

    /// Whether the walk is currently inside a fence or comment block.
    var isInsideBlock: Bool { fence != nil || inComment }

    /// The line that would close the block the walk is inside, if any.
    var closingLine: String? {
        if let fence { return String(repeating: String(fence.character), count: fence.count) }
        return inComment ? "-->" : nil
    }

    /// Feeds the next line; returns `true` when the line is ordinary content that may be
    /// a heading (outside any block and not opening or closing one).
    mutating func isStructural(_ line: String) -> Bool {
        if let open = fence {
            if let marker = Self.fenceMarker(line), marker.character == open.character,
               marker.count >= open.count, marker.isBare {
                fence = nil
            }
            return false
        }
        if inComment {
            if line.contains("-->") { inComment = false }
            return false
        }
        if let marker = Self.fenceMarker(line) {
            fence = (marker.character, marker.count)
            return false
        }
        let trimmed = line.drop { $0 == " " }
        if trimmed.hasPrefix("<!--"), !trimmed.dropFirst(4).contains("-->") {
            inComment = true
            return false
        }
        return true
    }

    /// A fence line: up to three spaces, then three or more backticks or tildes.
    private static func fenceMarker(_ line: String) -> (character: Character, count: Int, isBare: Bool)? {
        let indent = line.prefix { $0 == " " }
        guard indent.count <= 3 else { return nil }
        let rest = line.dropFirst(indent.count)
        guard let character = rest.first, character == "`" || character == "~" else { return nil }
        let run = rest.prefix { $0 == character }
        guard run.count >= 3 else { return nil }
        let info = rest.dropFirst(run.count)
        if character == "`", info.contains("`") { return nil }
        return (character, run.count, info.trimmingWhitespace.isEmpty)
    }
}
