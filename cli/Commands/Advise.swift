import ArgumentParser
import Foundation
import Strata
import StrataAdvisor
import StrataJSON
import StrataProfile
import StrataProjections

extension StrataCommand {
    struct Advise: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "advise",
            abstract: "Recommend stores for a workload, or review the whole architecture, saying which rule led where.",
            discussion: """
                With --workload: reads a workload profile (JSON, see spec/workload.schema.json), or a \
                workload recorded in the store (W-N), and ranks technologies. For a recorded workload, \
                the stores of its context count as existing stores, its latest measured bottlenecks \
                count as evidence, and the next scaling steps for the stores serving it are named. \
                Every reason, caution and warning names its rule; 'strata rules ID' explains one. \
                What the profile leaves out is listed under assumptions. The same profile always \
                gets the same answer.

                Without --workload: reviews the architecture (now, or --as-of / --valid-at): whether \
                each workload's store is among the advisor's top choices, which scaling steps are \
                due, and which anti-patterns hold.

                --record keeps the advice in the log (advice.recorded), so 'strata audit' can show \
                what was advised next to what was decided.

                Examples:
                  strata advise --workload checkout.json
                  strata advise --workload checkout.json --json
                  strata advise --workload W-3 --record
                  strata advise --as-of 2025-06-30
                  cat checkout.json | strata advise --workload -
                """)

        @OptionGroup var storeOptions: StoreOptions

        @Option(help: ArgumentHelp("A profile file, - for standard input, or a recorded workload (W-N).", valueName: "file|W-N"))
        var workload: String?

        @Option(name: .customLong("as-of"), help: ArgumentHelp(
            "Advise on what the log knew then: a date, a date-time, @POSITION or ADR-N.", valueName: "time"))
        var asOf: String?

        @Option(name: .customLong("valid-at"), help: ArgumentHelp("Advise on the design in effect at this date.", valueName: "time"))
        var validAt: String?

        @Flag(help: "Record the advice in the log (advice.recorded).")
        var record = false

        @Option(help: ArgumentHelp("Who records the advice; defaults to git's user.name, then $USER.", valueName: "name"))
        var actor: String?

        @Flag(help: "Print the advice as one JSON object (see spec/ADVICE-CONTRACT.md).")
        var json = false

        func validate() throws {
            if workload == nil, record { throw ValidationError("--record needs --workload: only advice for one workload is recorded.") }
        }

        func run() throws {
            guard let workload else { return try review() }
            let recorded = ProfileInput.isFile(workload) ? nil : try RecordedWorkload.load(workload, from: storeOptions, moment: moment())
            let profile = try recorded?.profile ?? ProfileInput.load(workload)
            let advice = Advisor.advise(profile, context: recorded?.context ?? AdvisoryContext())
            let steps = recorded?.nextSteps ?? []
            if json {
                print(Self.withNextSteps(advice.jsonString(pretty: true), steps))
            } else {
                print(AdviceRenderer.human(advice, width: 80))
                if !steps.isEmpty {
                    print("\nNext scaling steps from measurements:")
                    for step in steps { print(DecisionText.wrap("\(step.store) \(step.step) [\(step.rule)]: \(step.text)", indent: 2), terminator: "") }
                }
            }
            if record {
                let log = try storeOptions.openLog()
                let result = try AdviceService(log: log).record(
                    adviceJSON: advice.jsonString(pretty: false), workloadName: profile.name,
                    topTechnology: advice.recommendations.first?.technology.rawValue ?? "", workload: recorded?.reference,
                    CommandContext(actor: Actor.resolve(actor)))
                if !json { print("Recorded the advice (advice.recorded at position \(result.head.position)).") }
            }
        }

        private func moment() throws -> Moment {
            guard asOf != nil || validAt != nil else { return .now }
            return try MomentArgument.moment(asOf: asOf, validAt: validAt, log: storeOptions.openLog())
        }

        private func review() throws {
            let side = ReadSide(log: try storeOptions.openLog(), projection: ReadModels.readSide)
            let report = try side.query(try moment()) { try ArchitectureAdviceReport.build($0) }
            if json { return try JSONOutput.print(report) }
            print(ReviewText.render(report, style: .current), terminator: "")
        }

        /// The contract's object with the measured next steps added under `nextSteps` (extra keys are free).
        static func withNextSteps(_ adviceJSON: String, _ steps: [ArchitectureAdviceReport.ScalingDue]) -> String {
            guard !steps.isEmpty, case .object(var members)? = try? JSONParser.parse(adviceJSON),
                  let list = try? JSONParser.parse(JSONCodec.text(steps)) else {
                return adviceJSON
            }
            members.removeAll { $0.key == "nextSteps" }
            members.append(JSONMember("nextSteps", list))
            members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return JSONWriter.pretty(.object(members))
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
        return try InputFile.read(argument, option: "--workload", limit: WorkloadProfile.maximumInputBytes)
    }
}

/// A workload recorded in the store, seen through the read models at one moment.
struct RecordedWorkload {
    var reference: String
    var profile: WorkloadProfile
    /// Its context's stores as existing stores, its latest measured bottlenecks as evidence.
    var context: AdvisoryContext
    /// What the measurements on it and its stores call for next.
    var nextSteps: [ArchitectureAdviceReport.ScalingDue]

    static func looksLikeID(_ text: String) -> Bool {
        // By hand: compiling a regular expression cost a tenth of the command.
        let digits = text.utf8.dropFirst(2)
        let shortID = text.utf8.count > 2 && text.uppercased().hasPrefix("W-") && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return shortID || EventID.isValid(text)
    }

    static func load(_ id: String, from store: StoreOptions, moment: Moment) throws -> RecordedWorkload {
        let log = try store.openLog()
        let ref = try EntityResolver(log: log).resolve(id, as: .workload)
        let side = ReadSide(log: log, projection: ReadModels.readSide)
        let found = try side.query(moment) { view -> RecordedWorkload? in
            guard let workload = try view.reader.workloads().first(where: { $0.id == ref.id }),
                  let profile = try? WorkloadProfile.parse(workload.profile) else { return nil }
            let stores = try view.reader.stores().filter(\.isActive)
            let existing = Set(stores.filter { $0.contextID == workload.contextID }.compactMap { Technology(rawValue: $0.technology) })
            let serving = try view.reader.serving()
            let servedBy = Set(stores.filter { serving[$0.id]?.contains(workload.id) == true }.map(\.id))
            let bottlenecks = ArchitectureAdviceReport.latestBottlenecks(try view.reader.latestMeasurements(about: [workload.id]))
            let steps = try ArchitectureAdviceReport.scalingSteps(view) { servedBy.contains($0.id) }
            return RecordedWorkload(
                reference: ref.id, profile: profile,
                context: AdvisoryContext(existingTechnologies: existing.sorted { $0.rawValue < $1.rawValue }, measuredBottlenecks: bottlenecks),
                nextSteps: steps)
        }
        guard let found else {
            throw CommandFailure.usage("no workload \(id) at that moment; list them with 'strata arch'")
        }
        return found
    }
}
