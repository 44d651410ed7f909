import ArgumentParser
import Foundation
import StrataInterop
import StrataJSON
import StrataProjections

extension StrataCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check a directory of Markdown decision records, or the store's decisions.",
            discussion: """
                Reads an adr-tools, MADR or Log4brains directory (the format is detected) and reports \
                duplicate numbers, gaps, dangling links, missing reverse links, statuses that contradict \
                the links and unparseable dates, each with a code, a file and a line. Without a \
                directory, checks the store's decisions: numbering gaps, links to decisions it does \
                not hold, and statuses that contradict the links (the finding names the ADR).

                Exit status: 0 nothing found; 1 findings; 2 the directory cannot be read.

                Examples:
                  strata lint doc/adr
                  strata lint docs/decisions --json
                  strata lint --store .strata/strata.db
                """)

        @Argument(help: ArgumentHelp("The directory of Markdown records; omit it to lint the store.", valueName: "path"))
        var path: String?

        @OptionGroup var storeOptions: StoreOptions

        @Flag(help: "Print the findings as one JSON object.")
        var json = false

        func run() throws {
            guard let path else { return try lintStore() }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw CommandFailure.usage("'\(path)' is not a directory; pass the folder that holds the decision records")
            }
            let result = ADRImporter.read(directory: URL(fileURLWithPath: path))
            let findings = ADRLinter.lint(records: result.records, problems: result.problems)
            if json {
                print(try Self.json(findings, records: result.records.count))
            } else {
                findings.forEach { print($0.description) }
                print("\(result.records.count) records, \(findings.count) finding\(findings.count == 1 ? "" : "s")")
            }
            if !findings.isEmpty { throw ExitCode(ExitStatus.refused) }
        }

        private func lintStore() throws {
            let side = ReadSide(log: try storeOptions.openLog(), projection: ReadModels.readSide)
            let log = try side.query { try DecisionLog.build($0) }
            let findings = StoreLint.findings(log)
            if json {
                print(try Self.json(findings, records: log.decisions.count))
            } else {
                findings.forEach { print($0.description) }
                print("\(log.decisions.count) decisions, \(findings.count) finding\(findings.count == 1 ? "" : "s")")
            }
            if !findings.isEmpty { throw ExitCode(ExitStatus.refused) }
        }

        private static func json(_ findings: [LintFinding], records: Int) throws -> String {
            struct Report: Encodable { var records: Int; var findings: [LintFinding] }
            return try JSONCodec.text(Report(records: records, findings: findings), .pretty)
        }
    }
}
