/// Checks the evidence a store adoption cites: measurements that exist, stand, and miss a
/// target; workloads that exist and run.
struct JustificationCheck {
    let architecture: ArchitectureState

    func check(_ justifications: [Justification], for storeName: String) throws(CommandRejection) {
        for justification in justifications {
            switch justification {
            case .measuredBottleneck(let ids):
                guard !ids.isEmpty else { throw .invalidInput("a measured-bottleneck justification for '\(storeName)' must cite at least one measurement (M-N)", field: .becauseMeasured) }
                for id in ids { try checkBottleneck(id) }
            case .accessPattern(let ids, _), .capability(_, let ids):
                guard !ids.isEmpty else { throw .invalidInput("an access-pattern or capability justification for '\(storeName)' must name the workloads (W-N) that need it", field: .becauseWorkloads) }
                for id in ids { try checkWorkload(id) }
            case .freeText(let text):
                guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw .invalidInput("a free-text justification for '\(storeName)' cannot be empty", field: .because)
                }
            }
        }
    }

    private func checkBottleneck(_ id: String) throws(CommandRejection) {
        guard let measurement = architecture.measurements[id]?.state else { throw .notFound(.measurement, id) }
        if let reason = measurement.retraction {
            throw .invariant("\(measurement.ref) was retracted (\(reason))", code: .evidenceDoesNotHold, hint: .advice("cite a measurement that stands"))
        }
        let subject = measurement.recorded.subject
        let profile = subject.kind == .workload ? architecture.workloads[subject.id]?.state.profile : nil
        guard measurement.bottleneck(workload: profile) != nil else {
            throw .invariant(
                "\(measurement.ref) meets its target, so it shows no bottleneck", code: .evidenceDoesNotHold,
                hint: .advice("cite a measurement that misses one, or justify the store in words"))
        }
    }

    private func checkWorkload(_ id: String) throws(CommandRejection) {
        guard let workload = architecture.workloads[id]?.state else { throw .notFound(.workload, id) }
        guard !workload.isRetired else { throw .retired(subject: workload.ref.shortID, action: "cited as a justification") }
    }
}
