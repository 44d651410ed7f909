import Foundation
import Strata

/// `strata-bench`: Strata's speed, measured against raw SQLite in the same run.
///
/// Usage: strata-bench [--events N] [--runs N] [--quick] [--peers | --peers-postgres URL] [--json]
let options = BenchOptions.parse(CommandLine.arguments.dropFirst())
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("strata-bench-\(UUID().uuidString)")
do {
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer {
        if options.keep {
            FileHandle.standardError.write(Data("strata-bench: stores kept in \(directory.path)\n".utf8))
        } else {
            try? FileManager.default.removeItem(at: directory)
        }
    }
    let emit: (Figure) -> Void = { figure in
        let line: String
        if options.json {
            line = figure.json
        } else {
            let name = figure.name.padding(toLength: 24, withPad: " ", startingAt: 0)
            line = "\(name) \(figure.format(figure.median)) \(figure.unit)  (min \(figure.format(figure.min)), "
                + "max \(figure.format(figure.max)), runs \(figure.samples.count)) \(figure.note)"
        }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
    if let server = options.peersPostgres {
        try await PostgresPeerBench(options: options, server: server, strata: BenchSuite.sibling("strata")).run(report: emit)
    } else {
        try BenchSuite(options: options, directory: directory).run(report: emit)
    }
} catch {
    FileHandle.standardError.write(Data("strata-bench: \(error)\n".utf8))
    exit(1)
}
