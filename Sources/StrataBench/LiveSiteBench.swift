import Foundation
@_spi(Tools) import StrataApp
import Strata

/// The served web UI on a store the size of a large organisation's record, timed by the browser:
/// `strata-server` on a free loopback port, Debian's headless Chromium driven through
/// chromium-driver and Selenium (`bench/live_site_timing.py`, from the repository's `.venv`), and
/// the figures read from the page's Navigation Timing and the script's own step measures.
///
/// The store is the generated architecture and measurements of ``DomainLogGenerator`` plus an
/// imported adr-tools collection (``HTMLExportBench/writeCollection(_:to:)``), so the slider has
/// thousands of instants and the log tens of thousands of decision events.
struct LiveSiteBench {
    let options: BenchOptions
    let directory: URL
    let strata: URL
    let server: URL

    func run(report: (Figure) -> Void) throws {
        guard let driver = ["/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"].first(where: FileManager.default.isExecutableFile) else {
            throw BenchError("web.live needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)")
        }
        let python = try Self.seleniumPython()
        let store = try makeStore()
        let token = try Spawn.output([strata.path, "token", "add", "bench", "--role", "reader", "--store", store.path, "--actor", "bench"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let script = Self.root.appendingPathComponent("bench/live_site_timing.py").path
        var timings = Timings()
        // A new server each round, so every first load finds nothing rendered yet.
        for _ in 0..<options.runs {
            let running = try ServerProcess(binary: server, store: store.path)
            defer { running.stop() }
            timings.add(try Timings(json: try Spawn.output([python, script, running.baseURL, driver, token, String(options.liveSteps)])))
        }
        let size = "\(store.decisions) decisions, \(store.events) events"
        report(Figure(name: "web.first-load", unit: "ms", samples: timings.firstLoad,
                      note: "the front page on a just-started server, Navigation Timing start to load end; \(size); target < 1000"))
        report(Figure(name: "web.first-load.response", unit: "ms", samples: timings.firstResponse,
                      note: "the same loads, request start to the page's last byte"))
        let steps = Figure(name: "web.slider-step", unit: "ms", samples: timings.sliderStep, note: "")
        let over = timings.sliderStep.filter { $0 >= 200 }.count
        report(Figure(name: "web.slider-step", unit: "ms", samples: timings.sliderStep,
                      note: "one arrow key on the slider until the architecture, decision log and audit show that moment; "
                          + "p90 \(steps.format(steps.percentile(90))) ms, \(over) of \(timings.sliderStep.count) at 200 ms or more; target < 200"))
        // Each round's first step, on a server started moments before: it may wait for the
        // slider's timeline, which the server reads in the background from its start.
        let first = stride(from: 0, to: timings.sliderStep.count, by: max(1, options.liveSteps)).map { timings.sliderStep[$0] }
        report(Figure(name: "web.slider-first-step", unit: "ms", samples: first,
                      note: "the first of those steps in each round, seconds after the server started"))
        report(Figure(name: "web.page-load", unit: "ms", samples: timings.otherPages,
                      note: "a decision page, a measurement page and the audit, each opened at the slider's moment"))
    }

    /// The package's root, where `bench/` and `.venv` are: found upward from the binary.
    static var root: URL {
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while url.path != "/" {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
            url.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    /// The repository's `.venv` Python with Selenium, created and installed into when missing.
    static func seleniumPython() throws -> String {
        let venv = root.appendingPathComponent(".venv")
        let python = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.isExecutableFile(atPath: python) {
            try Spawn.output(["/usr/bin/env", "python3", "-m", "venv", venv.path])
        }
        if (try? Spawn.output([python, "-c", "import selenium"])) == nil {
            try Spawn.output([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "selenium"])
        }
        return python
    }

    /// The generated log, then the imported records on top, through the real `strata import`.
    private func makeStore() throws -> (path: String, decisions: Int, events: Int64) {
        let path = directory.appendingPathComponent("live-\(UUID().uuidString).db").path
        let records = directory.appendingPathComponent("live-adr-\(UUID().uuidString)")
        try HTMLExportBench.writeCollection(options.liveDecisions, to: records)
        // An imported record is about three events (its short id, proposal, acceptance); the
        // generator makes up the rest of the size asked for.
        let generated = max(10_000, options.liveEvents - 3 * options.liveDecisions)
        try DomainLogGenerator(log: try StrataStore.create(at: path).log, events: generated).generate()
        guard try Spawn.run([strata.path, "import", "adr-tools", records.path, "--store", path]) == 0 else {
            throw BenchError("strata import adr-tools exited non-zero")
        }
        let opened = try StrataStore.open(at: path)
        return (path, try opened.decisionLog().decisions.count, try opened.headPosition())
    }

    /// What the browser script measured, in milliseconds.
    struct Timings {
        var firstLoad: [Double] = []
        var firstResponse: [Double] = []
        var sliderStep: [Double] = []
        var otherPages: [Double] = []

        init() {}

        mutating func add(_ other: Timings) {
            firstLoad += other.firstLoad
            firstResponse += other.firstResponse
            sliderStep += other.sliderStep
            otherPages += other.otherPages
        }

        /// Reads the script's last line of output, one JSON object of arrays.
        init(json: String) throws {
            let line = json.split(separator: "\n").last.map(String.init) ?? ""
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw BenchError("the browser script printed no timings: \(json.suffix(500))")
            }
            func samples(_ key: String) throws -> [Double] {
                guard let values = object[key] as? [Double], !values.isEmpty else { throw BenchError("the browser script reported no '\(key)'") }
                return values
            }
            firstLoad = try samples("firstLoad")
            firstResponse = try samples("firstResponse")
            sliderStep = try samples("sliderStep")
            otherPages = try samples("otherPages")
        }
    }
}
