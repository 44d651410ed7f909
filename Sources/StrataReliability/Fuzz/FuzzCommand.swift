import ArgumentParser
import Foundation

/// `strata-reliability fuzz`: mutation fuzzing of a parser, in process.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Fuzz the profile parser, the Markdown/YAML ADR importer or NDJSON event lines.",
        discussion: """
            Seeded and reproducible: byte flips, interesting bytes, dictionary tokens, deletions, \
            duplications, splices, and structure-aware JSON and Markdown mutations. Inputs whose \
            verdict is new join the corpus. Every input must be accepted with its invariants kept, \
            or refused with one clear line; a crash leaves crash-TARGET, a hang (over --hang-seconds) \
            hang-TARGET, and each failure failure-TARGET-N in --artifacts. For coverage-guided \
            fuzzing with libFuzzer, see .ci/fuzz/run.
            """)

    @Option(help: ArgumentHelp("profile, markdown, ndjson, or ndjson-append (without the merge importer).", valueName: "target"))
    var target: String
    @Option(help: "How many inputs to run.") var executions = 1_000_000
    @Option(help: "Seed; the same seed replays the same inputs.") var seed: UInt64 = 1
    @Option(help: "A single execution longer than this ends the run as a hang.") var hangSeconds: Double = 10
    @Option(help: ArgumentHelp("Where crashing and failing inputs are written.", valueName: "dir")) var artifacts = "."
    @Option(help: ArgumentHelp("Write the seeds and up to 40 found inputs here, for replay.", valueName: "dir"))
    var corpusOut: String?
    @Flag(help: "Print one JSON object of figures instead of a summary.") var json = false

    func run() throws {
        guard let fuzzTarget = FuzzTargets.named(target) else {
            throw ValidationError("--target \(target): expected one of \(FuzzTargets.names.joined(separator: ", "))")
        }
        try FileManager.default.createDirectory(atPath: artifacts, withIntermediateDirectories: true)
        var run = FuzzRun(target: fuzzTarget, seed: seed, artifacts: artifacts)
        let start = Date()
        run.run(executions: executions, hangSeconds: hangSeconds)
        if target == "ndjson" {
            run.report.notes.append("top-level string payloads are not round-tripped: 'strata import events' refuses them by design")
        }
        run.report.set("seconds", Int(Date().timeIntervalSince(start)))
        if let corpusOut { try run.writeCorpus(to: corpusOut, limit: 40) }
        run.report.print(json: json)
        if !run.report.failures.isEmpty { throw ExitCode.failure }
    }
}
