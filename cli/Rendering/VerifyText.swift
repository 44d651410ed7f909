import StrataApp

/// What `strata verify` prints: the first break, or the head to keep as an anchor.
enum VerifyText {
    static func render(_ report: VerificationReport) -> String {
        var lines = report.warnings.map { "warning: \($0)" }
        if let broken = report.firstBreak {
            lines.append("BROKEN at position \(broken.position) (\(broken.kind)): \(broken.detail)")
            lines.append("The log is sound up to position \(report.head.split(separator: ":").first ?? ""): \(report.head)")
        } else if report.anchorHeld == false {
            lines.append("The anchor does not hold: the log no longer extends it.")
        } else if !report.readModels.isEmpty {
            lines.append("The log is sound: \(report.events) events verified, head \(report.head)")
            lines += report.readModels.map { "BROKEN read model: \($0)" }
            lines.append("The read models are folded from the log: run 'strata rebuild' to refold them.")
        } else {
            let anchored = report.anchorHeld == true ? " and extends the anchor" : ""
            lines.append("ok: \(report.events) events verified\(anchored)")
            lines.append("head \(report.head)")
        }
        return lines.joined(separator: "\n")
    }

    static func render(_ report: AnchorsReport) -> String {
        var lines = [render(report.verification)]
        for check in report.checks {
            let verdict = check.held ? "holds" : "DOES NOT HOLD: the log no longer extends it"
            lines.append("anchor \(check.position):\(check.hash.prefix(12))… in \(Text.safe(check.place)): \(verdict)")
        }
        lines += report.unreadable.map { "UNREADABLE anchor place: \(Text.safe($0))" }
        if report.checks.isEmpty && report.unreadable.isEmpty {
            lines.append("warning: no anchor of this store was found; write one with 'strata anchor'")
        } else if report.otherStores > 0 {
            lines.append("(\(report.otherStores) anchors of other stores skipped)")
        }
        return lines.joined(separator: "\n")
    }
}
