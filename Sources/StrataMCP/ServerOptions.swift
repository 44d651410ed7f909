import Foundation
import StrataApp

/// How `strata-mcp` was started: which store, whether lifecycle tools may run, and whose agent it is.
///
/// Parsed by hand from the few flags it takes: the server has no subcommands, and a parser
/// library would only lengthen its start-up.
struct ServerOptions: Sendable {
    /// `--store PATH`; nil finds the store the way `strata` does (`STRATA_STORE`, then discovery).
    var store: String?
    /// `--allow-lifecycle`: accept, reject, supersede and deprecate may run.
    var allowLifecycle = false
    /// `--on-behalf-of NAME` or `STRATA_ON_BEHALF_OF`: the person the agent works for.
    var onBehalfOf: String?

    static let usage = """
        usage: strata-mcp [--store PATH] [--allow-lifecycle] [--on-behalf-of NAME]

        An MCP server over stdio for Strata, the decision log for data architecture.
          --store PATH          the store's database file (default: $STRATA_STORE, then the nearest .strata/strata.db upward)
          --allow-lifecycle     let the agent accept, reject, supersede and deprecate decisions (refused otherwise)
          --on-behalf-of NAME   the person the agent works for, recorded beside it (default: $STRATA_ON_BEHALF_OF)
          --version, --help
        """

    /// What the command line asks for: options to serve with, or text to print and exit.
    enum Request: Sendable {
        case serve(ServerOptions)
        case print(String)
        case usageError(String)
    }

    static func parse(_ arguments: [String], environment: [String: String]) -> Request {
        var options = ServerOptions(onBehalfOf: environment["STRATA_ON_BEHALF_OF"].flatMap { $0.isEmpty ? nil : $0 })
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--allow-lifecycle": options.allowLifecycle = true
            case "--store", "--on-behalf-of":
                guard let value = rest.popFirst(), !value.hasPrefix("--") else { return .usageError("\(argument) needs a value") }
                if argument == "--store" { options.store = value } else { options.onBehalfOf = value }
            case "--help", "-h": return .print(usage)
            case "--version": return .print("strata-mcp \(StrataVersion.current)")
            default:
                if let value = argument.split(separator: "=", maxSplits: 1).last, argument.hasPrefix("--store=") {
                    options.store = String(value)
                } else {
                    return .usageError("unknown argument '\(argument)'")
                }
            }
        }
        return .serve(options)
    }
}
