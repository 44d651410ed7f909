import Foundation
import StrataTestSupport
import Testing

/// A temporary working directory with a store, driven through the binary.
struct CLIWorkspace {
    let url: URL
    /// The store this workspace's commands use (created by ``init(withStore:)``).
    var store: String { url.appendingPathComponent("store.db").path }

    init(withStore: Bool = true) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("strata-cli-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if withStore {
            let result = try StrataBinary.run(["init", store], in: url)
            #expect(result.status == 0, "\(result)")
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Runs `strata` in this directory.
    func run(_ arguments: String..., environment: [String: String] = [:]) throws -> CommandResult {
        try StrataBinary.run(arguments, in: url, environment: environment)
    }

    /// Runs `strata` with `--store` pointing at this workspace's store.
    func runOnStore(_ command: String, _ arguments: String...) throws -> CommandResult {
        try StrataBinary.run([command, "--store", store] + arguments, in: url)
    }

    /// `strata append` of one small event, as a script would.
    @discardableResult
    func append(
        _ stream: String, type: String = "note.written", data: String = "{\"text\":\"hi\"}", _ extra: String...
    ) throws -> CommandResult {
        try StrataBinary.run(
            ["append", "--store", store, "--stream=\(stream)", "--type", type, "--data=\(data)", "--actor", "tester"] + extra,
            in: url)
    }
}

/// Expects `result` to be a clean failure: the exit code, and exactly one stderr line starting `error:`.
func expectError(
    _ result: CommandResult, exit status: Int32, mentioning fragments: [String] = [],
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status == status, "\(result)", sourceLocation: sourceLocation)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "stderr must be one line: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.hasPrefix("error: "), "\(result.stderr)", sourceLocation: sourceLocation)
    for fragment in fragments {
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
    }
}
