import ArgumentParser
import Foundation
import Strata
import StrataAdvisor
import StrataProfile

extension StrataCommand {
    struct Advise: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Recommend stores for a workload, saying which rule led where.",
            discussion: """
                Reads a workload profile (JSON, see spec/workload.schema.json), or a workload recorded \
                in the store (W-N), and ranks technologies. For a recorded workload, the stores already \
                serving its context count as existing stores. \
                Every reason, caution and warning names its rule; 'strata rules ID' explains one. \
                What the profile leaves out is listed under assumptions. The same profile always \
                gets the same answer.

                Examples:
                  strata advise --workload checkout.json
                  strata advise --workload checkout.json --json
                  strata advise --workload W-3
                  cat checkout.json | strata advise --workload -
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A profile file, - for standard input, or a recorded workload (W-N).", valueName: "file|W-N"))
        var workload: String

        @Flag(help: "Print the advice as one JSON object (see spec/ADVICE-CONTRACT.md).")
        var json = false

        func run() throws {
            let (profile, context) = ProfileInput.isFile(workload)
                ? (try ProfileInput.load(workload), AdvisoryContext())
                : try RecordedWorkload.load(workload, from: storeOptions)
            let advice = Advisor.advise(profile, context: context)
            print(json ? advice.jsonString(pretty: true) : AdviceRenderer.human(advice, width: 80))
        }
    }
}

/// Reads and validates a workload profile from a file or standard input.
enum ProfileInput {
    /// Whether the argument names a file (or stdin) rather than a recorded workload.
    static func isFile(_ argument: String) -> Bool {
        argument == "-" || FileManager.default.fileExists(atPath: argument) || !RecordedWorkload.looksLikeID(argument)
    }

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

/// A workload recorded in the store, with the technologies already serving its context.
enum RecordedWorkload {
    static func looksLikeID(_ text: String) -> Bool {
        text.range(of: #"^[Ww]-[0-9]+$"#, options: .regularExpression) != nil || UUID(uuidString: text) != nil
    }

    static func load(_ id: String, from store: StoreOptions) throws -> (WorkloadProfile, AdvisoryContext) {
        let log = try store.openLog()
        let ref = try EntityResolver(log: log).resolve(id, as: .workload)
        let architecture = try ArchitectureState.load(from: log)
        guard let workload = architecture.workloads[ref.id]?.state else {
            throw CommandFailure.usage("no workload \(id) in this store; run 'strata events --category workload' to list them")
        }
        let existing = Set(architecture.stores.values.map(\.state)
            .filter { !$0.isRetired && $0.adopted.contextID == workload.contextID }
            .map(\.adopted.technology))
        let context = AdvisoryContext(existingTechnologies: existing.sorted { $0.rawValue < $1.rawValue })
        return (workload.profile, context)
    }
}
