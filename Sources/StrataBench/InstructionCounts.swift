import Foundation

/// Instructions the short commands execute on the demo store, counted by callgrind: stable
/// where wall times are noisy, so a change to start-up cost shows as a number that moves.
///
/// valgrind 3.19 cannot read the debug information Swift 6 writes, so the count runs on a copy
/// of `strata` with it stripped; the instructions are the same.
struct InstructionCounts {
    let directory: URL
    let strata: URL

    /// Nil when valgrind or strip is missing: the figures need both.
    static func available(directory: URL, strata: URL?) -> InstructionCounts? {
        guard let strata, tool("valgrind") != nil, tool("strip") != nil else { return nil }
        return InstructionCounts(directory: directory, strata: strata)
    }

    func run(report: (Figure) -> Void) throws {
        let binary = directory.appendingPathComponent("strata-stripped").path
        try? FileManager.default.removeItem(atPath: binary)
        try FileManager.default.copyItem(atPath: strata.path, toPath: binary)
        try Spawn.output([Self.tool("strip")!, "--strip-debug", binary])
        let store = directory.appendingPathComponent("demo-\(UUID().uuidString).db").path
        try Spawn.output([binary, "demo", "--store", store])
        let commands: [(String, [String])] = [
            ("cli.instructions.version", ["--version"]),
            ("cli.instructions.show", ["show", "ADR-1", "--store", store]),
            ("cli.instructions.arch", ["arch", "--store", store]),
            ("cli.instructions.append", ["append", "--stream", "bench-1", "--type", "bench.noted", "--data", #"{"n":1}"#, "--store", store]),
        ]
        for (name, arguments) in commands {
            report(Figure(name: name, unit: "M instructions", samples: [try count([binary] + arguments) / 1e6],
                          note: "callgrind, \(arguments.first ?? "") on the demo store"))
        }
    }

    /// The instructions one run executes: callgrind's "Collected" line.
    private func count(_ command: [String]) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.tool("valgrind")!)
        process.arguments = ["--tool=callgrind", "--callgrind-out-file=/dev/null"] + command
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchError("\(command.dropFirst().joined(separator: " ")) exited \(process.terminationStatus) under callgrind")
        }
        guard let line = text.split(separator: "\n").first(where: { $0.contains("Collected :") }),
              let value = line.split(separator: " ").last.flatMap({ Double($0) }) else {
            throw BenchError("callgrind printed no instruction count for \(command.dropFirst().joined(separator: " "))")
        }
        return value
    }

    private static func tool(_ name: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
