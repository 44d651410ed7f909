import Foundation
import StrataProfile

/// Whether a workload profile validates, and if not, the first problem: for faces that let a
/// caller check a profile before recording it or asking advice.
public struct ProfileCheck: Codable, Sendable, Equatable {
    /// The first problem found, with the stable code every face matches on.
    public struct Problem: Codable, Sendable, Equatable {
        public var code: AppError.Code
        public var message: String
        /// The JSON path of the offending field, when one is at fault.
        public var field: String?
    }

    public var valid: Bool
    /// The profile's name, when it validates.
    public var name: String?
    /// The access patterns it declares, when it validates.
    public var accessPatterns: [String]?
    public var problem: Problem?
}

extension StrataStore {
    /// Checks `json` against the workload schema the way recording and advising do, and reports
    /// the outcome as data instead of throwing: an invalid profile is this use case's answer.
    public static func checkProfile(_ json: Data, source: String) -> ProfileCheck {
        do {
            let profile = try parseProfile(json, source: source)
            return ProfileCheck(valid: true, name: profile.name, accessPatterns: profile.accessPatterns.map(\.rawValue))
        } catch {
            return ProfileCheck(
                valid: false, problem: ProfileCheck.Problem(code: error.code, message: error.message, field: error.subject?.field?.rawValue))
        }
    }
}
