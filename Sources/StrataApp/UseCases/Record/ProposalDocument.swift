import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// A proposal written as a document: JSON in the ``DecisionContent`` shape, or a Markdown ADR
/// (MADR, adr-tools or Nygard style, read by StrataInterop's importer).
public enum ProposalDocument {
    /// Reads `data`, JSON when `name` ends in `.json` or the text starts with `{`, else Markdown.
    public static func read(_ data: Data, name: String) throws(AppError) -> DecisionContent {
        let start = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if name.lowercased().hasSuffix(".json") || start.hasPrefix("{") { return try json(data, name: name) }
        return try markdown(data, name: (name as NSString).lastPathComponent)
    }

    static func json(_ data: Data, name: String) throws(AppError) -> DecisionContent {
        do {
            return try JSONCodec.decode(DecisionContent.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            let field = fieldPath(context.codingPath + [key])
            throw invalid("\(name): field '\(field)' is missing; add it (only \"title\" is required at the top level)", name)
        } catch let DecodingError.typeMismatch(type, context), let DecodingError.valueNotFound(type, context) {
            throw invalid("\(name): field '\(fieldPath(context.codingPath))' has the wrong type; expected \(type)", name)
        } catch let DecodingError.dataCorrupted(context) {
            throw invalid("\(name): field '\(fieldPath(context.codingPath))': \(context.debugDescription)", name)
        } catch {
            throw AppError(
                .invalidInput, "\(name) is not valid JSON for a decision", subject: .file(name),
                remedy: .advice("a decision is an object with a \"title\" and optionally problem, drivers, options, chosenOption, rationale, consequences, deciders, tags, links, effects, context"))
        }
    }

    static func markdown(_ data: Data, name: String) throws(AppError) -> DecisionContent {
        let result = ADRImporter().read(files: [ADRSourceFile(name: name, data: data)])
        guard let record = result.records.first, !record.title.isEmpty else {
            throw AppError(.invalidInput, "\(name): no ADR title found; start the file with '# Title'", subject: .file(name), remedy: .provide(.title))
        }
        return DecisionContent(
            title: record.title, problem: record.context, drivers: record.decisionDrivers,
            options: record.options.map {
                DecisionOption(name: $0.name, description: $0.description.isEmpty ? nil : $0.description, pros: $0.pros, cons: $0.cons)
            },
            chosenOption: record.chosenOption, rationale: record.rationale.isEmpty ? record.decision : record.rationale,
            consequences: Consequences(good: record.consequences.good, bad: record.consequences.bad),
            deciders: record.deciders, consulted: record.consulted, informed: record.informed, tags: record.tags)
    }

    /// The content an editor session produced from ``template``, refused when left untouched.
    public static func edited(_ data: Data) throws(AppError) -> DecisionContent {
        let content = try markdown(data, name: "proposal.md")
        guard content.title != "TITLE" else {
            throw AppError(.invalidInput, "the template's title was left as TITLE; nothing was proposed", subject: .field(.title))
        }
        return content
    }

    private static func invalid(_ message: String, _ name: String) -> AppError {
        AppError(.invalidInput, message, subject: .file(name))
    }

    private static func fieldPath(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// A MADR skeleton to fill in, for faces that open an editor.
    public static let template = """
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
