import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Lint findings and how many records were checked.
public struct LintReport: Codable, Sendable, Equatable {
    public var records: Int
    public var findings: [LintFinding]
}

extension StrataStore {
    /// Checks a directory of Markdown decision records (adr-tools, MADR, Log4brains): duplicate
    /// numbers, gaps, dangling or one-way links, contradicting statuses, bad dates. No store needed.
    public static func lint(directory path: String) throws(AppError) -> LintReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw AppError(
                .unreadableFile, "'\(path)' is not a directory; pass the folder that holds the decision records",
                subject: AppError.Subject(field: .path, file: path))
        }
        let result = ADRImporter.read(directory: URL(fileURLWithPath: path))
        return LintReport(records: result.records.count, findings: ADRLinter.lint(records: result.records, problems: result.problems))
    }

    /// The same checks that apply to the store's own decisions: numbering gaps, links to
    /// decisions it does not hold, statuses that contradict the links.
    public func lint() throws(AppError) -> LintReport {
        let log = try query(.now) { try DecisionLog.build($0) }
        return LintReport(records: log.decisions.count, findings: StoreLint.findings(log))
    }
}
