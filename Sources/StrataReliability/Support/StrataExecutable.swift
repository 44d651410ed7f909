import ArgumentParser
import Foundation

/// Where the `strata` binary under test is: `--strata PATH`, or next to this executable.
///
/// `swift build` puts both products in the same directory, so the default tests the `strata`
/// built together with the harness, never one found on `PATH`.
struct StrataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The strata executable to test; defaults to the one next to this binary.", valueName: "path"))
    var strata: String?

    @Flag(help: "Print one JSON object of figures instead of a summary.")
    var json = false

    /// The absolute path of the executable, or a usage error naming where it looked.
    func executable() throws -> String {
        if let strata {
            guard FileManager.default.isExecutableFile(atPath: strata) else {
                throw ValidationError("--strata \(strata) is not an executable file")
            }
            return URL(fileURLWithPath: strata).standardizedFileURL.path
        }
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let candidate = me.deletingLastPathComponent().appendingPathComponent("strata").path
        guard FileManager.default.isExecutableFile(atPath: candidate) else {
            throw ValidationError("no strata executable at \(candidate); build it (swift build --product strata) or pass --strata PATH")
        }
        return candidate
    }
}
