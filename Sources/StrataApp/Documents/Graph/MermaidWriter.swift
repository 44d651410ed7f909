import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Renders a ``DiagramGraph`` as a Mermaid flowchart.
///
/// Mermaid has no backslash escapes: inside a quoted label it reads `#NNN;` as a character code.
/// Every ASCII character but letters, digits, space and `-_.,:/+=!?@` is written that way, so no
/// title can close a label, start a comment (`%%`), inject markup (`<`, `&`), switch to Markdown
/// (a backtick) or form an entity of its own (`#`). Line breaks become `<br>`, the one piece of
/// markup Mermaid labels are given.
enum MermaidWriter {
    static func render(_ graph: DiagramGraph) -> String {
        var out = "flowchart LR\n"
        let clustered = Set(graph.clusters.flatMap(\.nodes))
        for cluster in graph.clusters {
            out += "  subgraph \(cluster.id) [\(quoted(cluster.label))]\n"
            for id in cluster.nodes { if let node = graph.nodes.first(where: { $0.id == id }) { out += "    \(line(node))\n" } }
            out += "  end\n"
        }
        for node in graph.nodes where !clustered.contains(node.id) { out += "  \(line(node))\n" }
        for edge in graph.edges { out += "  \(edge.from) -->|\(quoted(edge.label))| \(edge.to)\n" }
        for node in graph.nodes where node.shape == .decision { out += "  class \(node.id) \(styleClass(node.style))\n" }
        if graph.nodes.contains(where: { $0.shape == .decision }) {
            out += """
                  classDef accepted fill:#d9f2d9,stroke:#2e7d32
                  classDef proposed fill:#fff4cc,stroke:#b58900
                  classDef retired fill:#e6e6e6,stroke:#777
                  classDef rejected fill:#f7d4d4,stroke:#c62828
                  classDef other fill:#fff,stroke:#333

                """
        }
        return out
    }

    private static func line(_ node: DiagramGraph.Node) -> String {
        let label = quoted(node.lines)
        return switch node.shape {
        case .decision, .context: "\(node.id)(\(label))"
        case .store: "\(node.id)[(\(label))]"
        case .workload: "\(node.id)([\(label)])"
        }
    }

    private static func styleClass(_ status: String) -> String {
        switch status {
        case "accepted", "proposed", "rejected": status
        case "superseded", "deprecated": "retired"
        default: "other"
        }
    }

    /// Label lines as one quoted Mermaid string; lines, and line breaks within them, become `<br>`.
    static func quoted(_ lines: [String]) -> String {
        let broken = lines.flatMap { $0.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) }
        return "\"" + broken.map { encoded(String($0)) }.joined(separator: "<br>") + "\""
    }

    static func quoted(_ text: String) -> String { quoted([text]) }

    /// Safe characters as they are, other ASCII as `#NNN;`, controls dropped.
    static func encoded(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let category = scalar.properties.generalCategory
            if category == .control || category == .format || category == .lineSeparator || category == .paragraphSeparator { continue }
            if scalar.value > 0x7F || scalar.isASCIIAlphanumeric || " -_.,:/+=!?@".unicodeScalars.contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                out += "#\(scalar.value);"
            }
        }
        return out
    }
}

private extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self) }
}
