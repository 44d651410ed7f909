import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Renders a ``DiagramGraph`` as a Graphviz DOT digraph.
///
/// Every label is a double-quoted DOT string: backslashes and quotes are escaped, line breaks
/// become DOT's `\n` and other control characters are dropped, so a title can neither close the
/// string nor smuggle an escape such as `\N` or `\G` in. Plain `box` shapes (not `record`) keep
/// `{}|<>` literal, and quoted strings are never read as HTML labels.
enum DotWriter {
    static func render(_ graph: DiagramGraph) -> String {
        var out = "digraph \(graph.name) {\n"
        out += "  graph [rankdir=LR, fontname=\"Helvetica\", label=\(quoted(graph.name)), labelloc=t];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10];\n  edge [fontname=\"Helvetica\", fontsize=9];\n"
        let clustered = Set(graph.clusters.flatMap(\.nodes))
        for cluster in graph.clusters {
            out += "  subgraph cluster_\(cluster.id) {\n    label=\(quoted(cluster.label));\n    style=rounded;\n"
            for id in cluster.nodes { if let node = graph.nodes.first(where: { $0.id == id }) { out += "    \(line(node))\n" } }
            out += "  }\n"
        }
        for node in graph.nodes where !clustered.contains(node.id) { out += "  \(line(node))\n" }
        for edge in graph.edges { out += "  \(edge.from) -> \(edge.to) [label=\(quoted(edge.label))];\n" }
        return out + "}\n"
    }

    private static func line(_ node: DiagramGraph.Node) -> String {
        let shape = switch node.shape {
        case .decision: "shape=box, style=\"rounded,filled\", fillcolor=\(quoted(fill(node.style)))"
        case .store: "shape=cylinder"
        case .workload: "shape=ellipse"
        case .context: "shape=folder"
        }
        return "\(node.id) [label=\(quoted(node.lines.joined(separator: "\n"))), \(shape)];"
    }

    /// A fill colour per decision status, so superseded and rejected ones read as such.
    private static func fill(_ status: String) -> String {
        switch status {
        case "accepted": "#d9f2d9"
        case "proposed": "#fff4cc"
        case "superseded", "deprecated": "#e6e6e6"
        case "rejected": "#f7d4d4"
        default: "#ffffff"
        }
    }

    /// `text` as a DOT quoted string: `\` and `"` escaped, newlines as `\n`, other controls dropped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
