import Foundation
import Strata
import StrataInterop
import StrataJSON

/// Reads a proposal from a JSON file (the ``DecisionContent`` shape) or a Markdown ADR (MADR,
/// adr-tools or Nygard style, through StrataInterop's importer).
enum ProposalFile {
    static func read(_ path: String) throws -> DecisionContent {
        let data = try InputFile.read(path)
        let trimmed = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if path.lowercased().hasSuffix(".json") || trimmed.hasPrefix("{") { return try json(data, path: path) }
        return try markdown(data, name: (path as NSString).lastPathComponent)
    }

    static func json(_ data: Data, path: String) throws -> DecisionContent {
        do {
            return try JSONCodec.decode(DecisionContent.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw CommandFailure.usage("\(path): field '\(fieldPath(context.codingPath + [key]))' is missing; add it (only \"title\" is required at the top level)")
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw CommandFailure.usage("\(path): field '\(fieldPath(context.codingPath))' has the wrong type; expected \(type)")
        } catch let DecodingError.dataCorrupted(context) {
            throw CommandFailure.usage("\(path): field '\(fieldPath(context.codingPath))': \(context.debugDescription)")
        } catch {
            throw CommandFailure.usage("\(path) is not valid JSON for a decision; see 'strata propose --help'")
        }
    }

    static func markdown(_ data: Data, name: String) throws -> DecisionContent {
        let result = ADRImporter().read(files: [ADRSourceFile(name: name, data: data)])
        guard let record = result.records.first, !record.title.isEmpty else {
            throw CommandFailure.usage("\(name): no ADR title found; start the file with '# Title' or pass --title")
        }
        return DecisionContent(
            title: record.title, problem: record.context, drivers: record.decisionDrivers,
            options: record.options.map { DecisionOption(name: $0.name, description: $0.description.isEmpty ? nil : $0.description, pros: $0.pros, cons: $0.cons) },
            chosenOption: record.chosenOption, rationale: record.rationale.isEmpty ? record.decision : record.rationale,
            consequences: Consequences(good: record.consequences.good, bad: record.consequences.bad),
            deciders: record.deciders, consulted: record.consulted, informed: record.informed, tags: record.tags)
    }

    private static func fieldPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// Opens `$EDITOR` on a MADR template and reads the result; only when stdin is a terminal.
    static func edit() throws -> DecisionContent {
        guard isatty(STDIN_FILENO) == 1, let editor = ProcessInfo.processInfo.environment["EDITOR"], !editor.isEmpty else {
            throw CommandFailure.usage("nothing to propose; pass --title TEXT or --file PATH (or set $EDITOR and run interactively)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("strata-proposal-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: url) }
        try template.write(to: url, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\(editor) \"$1\"", "editor", url.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CommandFailure.usage("$EDITOR exited with status \(process.terminationStatus); nothing was proposed") }
        let content = try markdown(try Data(contentsOf: url), name: "proposal.md")
        guard content.title != "TITLE" else { throw CommandFailure.usage("the template's title was left as TITLE; nothing was proposed") }
        return content
    }

    static let template = """
        # TITLE

        ## Context and Problem Statement

        Describe the problem.

        ## Decision Drivers

        * driver

        ## Considered Options

        * Option A
        * Option B

        ## Decision Outcome

        Chosen option: "Option A", because it fits the drivers best.

        ### Consequences

        * Good, because ...
        * Bad, because ...

        """
}
