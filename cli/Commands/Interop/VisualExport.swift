import ArgumentParser
import Foundation
import StrataProjections

/// Options only `strata export graph` and `strata export html` read.
struct VisualExportOptions: ParsableArguments {
    @Option(name: .customLong("format"), help: ArgumentHelp(
        "For graph: dot, mermaid or both (default: both for a directory, else from the file's extension).", valueName: "notation"))
    var notation: GraphFormat?
}

/// Runs the exports drawn from the read models (`graph`, `html`), which read a moment rather than
/// fold decision streams like the other formats.
enum VisualExport {
    /// Runs `format` when it is `graph` or `html` and returns true; false for any other format.
    static func run(
        _ format: ExportFormat, path: String, asOf: String?, options: VisualExportOptions, force: Bool, store: StoreOptions
    ) throws -> Bool {
        guard format == .graph || format == .html else {
            if options.notation != nil { throw CommandFailure.usage("--format applies to 'strata export graph' only") }
            return false
        }
        if format == .html, options.notation != nil { throw CommandFailure.usage("--format applies to 'strata export graph' only") }
        let log = try store.openLog()
        let cut = try asOf.map { try MomentArgument.cut($0, option: "--as-of", log: log) }
        let side = ReadSide(log: log, projection: ReadModels.readSide)
        let message = format == .graph
            ? try GraphExport.run(side, upTo: cut, to: path, format: options.notation, force: force)
            : try HTMLExport.run(side, upTo: cut, to: path, force: force)
        print(message)
        return true
    }
}
