import ArgumentParser
import Foundation
import StrataAdvisor
import StrataProfile

extension StrataCommand {
    struct Advise: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recommend stores for a workload, saying which rule led where.",
            discussion: """
                Reads a workload profile (JSON, see spec/workload.schema.json) and ranks technologies. \
                Every reason, caution and warning names its rule; 'strata rules ID' explains one. \
                What the profile leaves out is listed under assumptions. The same profile always \
                gets the same answer.

                Examples:
                  strata advise --workload checkout.json
                  strata advise --workload checkout.json --json
                  cat checkout.json | strata advise --workload -
                """)

        @Option(help: ArgumentHelp("The workload profile: a JSON file, or - for standard input.", valueName: "file"))
        var workload: String

        @Flag(help: "Print the advice as one JSON object (see spec/ADVICE-CONTRACT.md).")
        var json = false

        func run() throws {
            let profile = try ProfileInput.load(workload)
            let advice = Advisor.advise(profile)
            print(json ? advice.jsonString(pretty: true) : AdviceRenderer.human(advice, width: 80))
        }
    }
}

/// Reads and validates a workload profile from a file or standard input.
enum ProfileInput {
    static func load(_ argument: String) throws -> WorkloadProfile {
        let data = try read(argument)
        do {
            return try WorkloadProfile.parse(data)
        } catch {
            let source = argument == "-" ? "standard input" : argument
            throw CommandFailure.usage("\(source): \(error)")
        }
    }

    private static func read(_ argument: String) throws -> Data {
        if argument == "-" {
            return FileHandle.standardInput.readData(ofLength: WorkloadProfile.maximumInputBytes + 1)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw CommandFailure.usage("no workload profile file at '\(argument)'; pass the path of a JSON profile")
        }
        guard let handle = FileHandle(forReadingAtPath: argument) else {
            throw CommandFailure.usage("cannot read '\(argument)'; check its permissions")
        }
        defer { try? handle.close() }
        // Read one byte past the limit so the parser reports the size instead of us holding 100 MB.
        return (try? handle.read(upToCount: WorkloadProfile.maximumInputBytes + 1)) ?? Data()
    }
}
