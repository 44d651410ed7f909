import Foundation

/// The fuzz loop: seeds first, then mutations of corpus entries; inputs with a new verdict
/// signature join the corpus. A watchdog ends the process on a hang, keeping the input.
struct FuzzRun {
    let target: any FuzzTarget
    let artifacts: String
    var generator: SplitMix
    var report: Report
    private var corpus: [Data]
    private var signatures: Set<String> = []
    private let mutator: Mutator
    /// An execution slower than this is a failure (a near-hang); inputs are at most 16 KiB.
    static let slowSeconds = 2.0
    static let corpusLimit = 4096

    init(target: any FuzzTarget, seed: UInt64, artifacts: String) {
        self.target = target
        self.artifacts = artifacts
        generator = SplitMix(seed: seed)
        report = Report("fuzz \(target.name)")
        corpus = target.seeds
        mutator = Mutator(dictionary: target.dictionary, maximumLength: 16 * 1024)
    }

    mutating func run(executions: Int, hangSeconds: Double) {
        let crashFile = artifacts + "/crash-\(target.name)"
        CrashCapture.install(path: crashFile, capacity: 16 * 1024 + 1)
        let watchdog = Watchdog(limit: hangSeconds, file: artifacts + "/hang-\(target.name)")
        var slowest: UInt64 = 0
        for index in 0..<executions {
            let input = index < target.seeds.count ? target.seeds[index] : next()
            CrashCapture.current(input)
            watchdog.begin(input)
            let start = DispatchTime.now().uptimeNanoseconds
            let verdict = target.execute(input)
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            watchdog.end()
            slowest = max(slowest, elapsed)
            if Double(elapsed) / 1e9 > Self.slowSeconds {
                fail("an input took \(elapsed / 1_000_000) ms", input)
            }
            record(verdict, input, isSeed: index < target.seeds.count)
        }
        report.set("executions", executions)
        report.set("corpus", corpus.count)
        report.set("signatures", signatures.count)
        report.set("slowestMicroseconds", Int(slowest / 1000))
        CrashCapture.finish(path: crashFile)
    }

    /// Writes the seeds and the first `limit` inputs that found a new verdict to `directory`,
    /// as the replay corpus for `swift test` and the starting corpus for libFuzzer.
    func writeCorpus(to directory: String, limit: Int) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for (index, input) in corpus.prefix(target.seeds.count + limit).enumerated() {
            let name = index < target.seeds.count ? "seed-\(index)" : "found-\(index - target.seeds.count)"
            try input.write(to: URL(fileURLWithPath: directory + "/" + name))
        }
    }

    private mutating func next() -> Data {
        let base = corpus.randomElement(using: &generator) ?? Data()
        if Int.random(in: 0..<3, using: &generator) == 0, let structured = target.structuredMutation(base, using: &generator) {
            return structured.count <= 16 * 1024 ? structured : structured.prefix(16 * 1024)
        }
        return mutator.mutate(base, other: corpus.randomElement(using: &generator) ?? Data(), using: &generator)
    }

    private mutating func record(_ verdict: Verdict, _ input: Data, isSeed: Bool) {
        let signature: String
        switch verdict {
        case .accepted(let text): report.count("accepted"); signature = "+" + text
        case .rejected(let text): report.count("rejected"); signature = "-" + text
        case .failure(let message): fail(message, input); return
        }
        if signatures.insert(signature).inserted, !isSeed, corpus.count < Self.corpusLimit { corpus.append(input) }
    }

    private mutating func fail(_ message: String, _ input: Data) {
        let index = report.failures.count
        if index < 20 {
            let path = artifacts + "/failure-\(target.name)-\(index)"
            try? input.write(to: URL(fileURLWithPath: path))
            report.fail("\(message) (input saved to \(path))")
        } else {
            report.fail(message)
        }
    }
}

/// Ends the process when one execution runs past its limit, saving the input first.
final class Watchdog: @unchecked Sendable {   // all mutable state is guarded by `lock`
    private let lock = NSLock()
    private var started: UInt64?
    private var input = Data()

    init(limit: Double, file: String) {
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 0.5)
                let (started, input) = self.lock.withLock { (self.started, self.input) }
                guard let started, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 > limit else { continue }
                try? input.write(to: URL(fileURLWithPath: file))
                FileHandle.standardError.write(Data("hang: one input ran over \(limit) s; saved to \(file)\n".utf8))
                exit(3)
            }
        }
        thread.start()
    }

    func begin(_ input: Data) { lock.withLock { started = DispatchTime.now().uptimeNanoseconds; self.input = input } }

    func end() { lock.withLock { started = nil } }
}
