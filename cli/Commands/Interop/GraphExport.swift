import ArgumentParser
import Foundation
import Strata
import StrataInterop
import StrataProjections

/// Which notations `strata export graph` writes.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case dot, mermaid, both
}

/// `strata export graph DIR|FILE`: the decision graph and the architecture as Graphviz DOT and
/// Mermaid.
///
/// A path ending in `.dot` or `.gv` gets one DOT file holding both digraphs, and one ending in
/// `.md` a Markdown file with both as Mermaid blocks (as GitHub renders them); any other path is a
/// directory that gets `decisions.dot`, `architecture.dot`, `decisions.mmd`, `architecture.mmd`.
enum GraphExport {
    static func run(_ side: ReadSide, upTo cut: TimeCut?, to path: String, format: GraphFormat?, force: Bool) throws -> String {
        let (decisions, architecture) = try side.query(Moment(asOf: cut)) { view in
            (DiagramGraph.decisions(try DecisionLog.build(view)), DiagramGraph.architecture(try ArchitectureReport.build(view)))
        }
        let url = URL(fileURLWithPath: path)
        let graphs = [decisions, architecture]
        let files: [ExportedFile]
        var directory = url
        switch url.pathExtension.lowercased() {
        case "dot", "gv":
            try require(format, in: [.dot], path: path)
            files = [ExportedFile(relativePath: url.lastPathComponent, contents: graphs.map(DotWriter.render).joined(separator: "\n"))]
            directory = url.deletingLastPathComponent()
        case "md":
            try require(format, in: [.mermaid], path: path)
            files = [ExportedFile(relativePath: url.lastPathComponent, contents: markdown(graphs))]
            directory = url.deletingLastPathComponent()
        case "mmd":
            throw CommandFailure.usage("\(path): a Mermaid file holds one diagram and this export has two; give a directory or a .md file")
        default:
            let chosen = format ?? .both
            files = graphs.flatMap { graph in
                (chosen == .mermaid ? [] : [ExportedFile(relativePath: "\(graph.name).dot", contents: DotWriter.render(graph))])
                    + (chosen == .dot ? [] : [ExportedFile(relativePath: "\(graph.name).mmd", contents: MermaidWriter.render(graph))])
            }
        }
        try ExportWriter.write(files, to: directory, force: force)
        let stores = architecture.nodes.filter { $0.shape == .store }.count
        return "Wrote \(decisions.nodes.count) decision\(decisions.nodes.count == 1 ? "" : "s") and \(stores) "
            + "store\(stores == 1 ? "" : "s") to \(path) (\(files.count) file\(files.count == 1 ? "" : "s"))"
    }

    private static func require(_ format: GraphFormat?, in allowed: [GraphFormat], path: String) throws {
        guard let format, !allowed.contains(format) else { return }
        throw CommandFailure.usage(
            "--format \(format.rawValue) does not fit \(path); give a directory for both notations, a .dot file or a .md file")
    }

    private static func markdown(_ graphs: [DiagramGraph]) -> String {
        graphs.map { "## \($0.name.prefix(1).uppercased() + $0.name.dropFirst())\n\n```mermaid\n\(MermaidWriter.render($0))```\n" }
            .joined(separator: "\n")
    }
}
