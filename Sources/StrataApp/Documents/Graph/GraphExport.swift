import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Which notations a graph export writes.
public enum GraphNotation: String, CaseIterable, Sendable {
    case dot, mermaid, both
}

/// The decision graph and the architecture as Graphviz DOT and Mermaid files.
///
/// A path ending in `.dot` or `.gv` gets one DOT file holding both digraphs, and one ending in
/// `.md` a Markdown file with both as Mermaid blocks (as GitHub renders them); any other path is a
/// directory that gets `decisions.dot`, `architecture.dot`, `decisions.mmd`, `architecture.mmd`.
enum GraphExport {
    /// The files for `path`, and the directory they belong in.
    static func files(
        decisions: DiagramGraph, architecture: DiagramGraph, path: String, notation: GraphNotation?
    ) throws(AppError) -> (files: [ExportedFile], directory: URL) {
        let url = URL(fileURLWithPath: path)
        let graphs = [decisions, architecture]
        switch url.pathExtension.lowercased() {
        case "dot", "gv":
            try require(notation, in: [.dot], path: path)
            let file = ExportedFile(relativePath: url.lastPathComponent, contents: graphs.map(DotWriter.render).joined(separator: "\n"))
            return ([file], url.deletingLastPathComponent())
        case "md":
            try require(notation, in: [.mermaid], path: path)
            return ([ExportedFile(relativePath: url.lastPathComponent, contents: markdown(graphs))], url.deletingLastPathComponent())
        case "mmd":
            throw AppError(
                .exportRefused, "\(path): a Mermaid file holds one diagram and this export has two; give a directory or a .md file",
                subject: AppError.Subject(field: .path, file: path))
        default:
            let chosen = notation ?? .both
            let files = graphs.flatMap { graph in
                (chosen == .mermaid ? [] : [ExportedFile(relativePath: "\(graph.name).dot", contents: DotWriter.render(graph))])
                    + (chosen == .dot ? [] : [ExportedFile(relativePath: "\(graph.name).mmd", contents: MermaidWriter.render(graph))])
            }
            return (files, url)
        }
    }

    private static func require(_ notation: GraphNotation?, in allowed: [GraphNotation], path: String) throws(AppError) {
        guard let notation, !allowed.contains(notation) else { return }
        throw AppError(
            .exportRefused, "\(notation.rawValue) does not fit \(path); give a directory for both notations, a .dot file or a .md file",
            subject: .field(.format))
    }

    private static func markdown(_ graphs: [DiagramGraph]) -> String {
        graphs.map { "## \($0.name.prefix(1).uppercased() + $0.name.dropFirst())\n\n```mermaid\n\(MermaidWriter.render($0))```\n" }
            .joined(separator: "\n")
    }
}
