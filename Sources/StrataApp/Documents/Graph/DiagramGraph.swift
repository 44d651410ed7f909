import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// A graph ready to draw, independent of the notation: DOT and Mermaid writers render the same one.
///
/// Node ids are minted here (`n1`, `n2`, …) and never come from record text, so only labels need
/// escaping, and each writer escapes them for its own syntax.
struct DiagramGraph: Equatable {
    enum Shape: String { case decision, context, store, workload }

    struct Node: Equatable {
        var id: String
        /// Label lines, as recorded; writers escape them.
        var lines: [String]
        var shape: Shape
        /// A decision's status or a store's role, for styling.
        var style: String
    }

    struct Edge: Equatable {
        var from: String
        var to: String
        var label: String
    }

    /// Nodes drawn together in a box: a bounded context.
    struct Cluster: Equatable {
        var id: String
        var label: String
        var nodes: [String]
    }

    /// `decisions` or `architecture`: the graph's name and its file's stem.
    var name: String
    var nodes: [Node] = []
    var edges: [Edge] = []
    var clusters: [Cluster] = []

    /// Decisions labelled with id, title and status, joined by every link they record.
    static func decisions(_ log: DecisionLog) -> DiagramGraph {
        var graph = DiagramGraph(name: "decisions")
        var ids: [String: String] = [:]
        for entry in log.decisions {
            let id = "n\(graph.nodes.count + 1)"
            ids[entry.id] = id
            graph.nodes.append(Node(id: id, lines: ["\(entry.id): \(entry.title)", entry.status.rawValue], shape: .decision, style: entry.status.rawValue))
        }
        for entry in log.decisions {
            for link in entry.links where link.direction == .outgoing {
                guard let from = ids[entry.id], let to = ids[link.target] else { continue }
                graph.edges.append(Edge(from: from, to: to, label: link.type.rawValue))
            }
        }
        return graph
    }

    /// Contexts boxing their stores and workloads, each store joined to the workloads it serves.
    ///
    /// A workload is drawn once, in its own context, even when a store elsewhere serves it.
    static func architecture(_ report: ArchitectureReport) -> DiagramGraph {
        var graph = DiagramGraph(name: "architecture")
        var members = report.contexts.map { _ in [String]() }
        var workloadIDs: [String: String] = [:]
        for (index, context) in report.contexts.enumerated() {
            for workload in context.workloads where workloadIDs[workload.id] == nil {
                workloadIDs[workload.id] = graph.addWorkload(workload, into: &members[index])
            }
        }
        for (index, context) in report.contexts.enumerated() {
            for store in context.stores {
                let id = "n\(graph.nodes.count + 1)"
                members[index].append(id)
                graph.nodes.append(Node(
                    id: id, lines: ["\(store.id): \(store.name)", "\(store.technology) · \(store.role)", "adopted by \(store.adoptedBy)"],
                    shape: .store, style: store.role.rawValue))
                for workload in store.workloads {
                    let target = workloadIDs[workload.id] ?? graph.addWorkload(workload, into: &members[index])
                    workloadIDs[workload.id] = target
                    graph.edges.append(Edge(from: id, to: target, label: "serves"))
                }
            }
            graph.clusters.append(Cluster(id: "c\(index + 1)", label: "\(context.id): \(context.name)", nodes: members[index]))
        }
        return graph
    }

    private mutating func addWorkload(_ workload: ArchitectureReport.WorkloadRef, into members: inout [String]) -> String {
        let id = "n\(nodes.count + 1)"
        nodes.append(Node(id: id, lines: ["\(workload.id): \(workload.name)"], shape: .workload, style: "workload"))
        members.append(id)
        return id
    }
}
