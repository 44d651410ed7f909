import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension StrataStore {
    /// Adds a workload from profile JSON (`workload.added`), to `context` or the context the profile names.
    ///
    /// - Parameter source: how the profile is named in errors (a file name, "standard input").
    public func addWorkload(profile json: Data, source: String, context: String?, _ recording: Recording) throws(AppError) -> ChangeReport {
        let profile = try Self.parseProfile(json, source: source)
        return try record(recording) { try WorkloadService(log: log).add(profile, context: context, $0) }
    }

    /// Records a new revision of a workload's profile (`workload.revised`); the old one stays in the log.
    public func reviseWorkload(
        _ id: String, profile json: Data, source: String, reason: String = "", _ recording: Recording
    ) throws(AppError) -> ChangeReport {
        let profile = try Self.parseProfile(json, source: source)
        return try record(recording) { try WorkloadService(log: log).revise(id, profile: profile, reason: reason, $0) }
    }

    /// Retires a workload (`workload.retired`).
    public func retireWorkload(_ id: String, reason: String = "", _ recording: Recording) throws(AppError) -> ChangeReport {
        try record(recording) { try WorkloadService(log: log).retire(id, reason: reason, $0) }
    }

    /// Parses profile JSON strictly against the workload schema, naming `source` in the error.
    ///
    /// Whole-line `//` comments (as `strata workload template` prints them) are blanked first,
    /// keeping every line and column, so a commented template is accepted as it stands.
    public static func parseProfile(_ json: Data, source: String) throws(AppError) -> WorkloadProfile {
        do {
            return try WorkloadProfile.parse(ProfileComments.blank(json))
        } catch {
            let path = error.path.map(AppError.Field.init(rawValue:))
            throw AppError(.invalidProfile, "\(source): \(error.description)", subject: AppError.Subject(field: path, file: source))
        }
    }
}
