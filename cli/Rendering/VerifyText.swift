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
        } else {
            let anchored = report.anchorHeld == true ? " and extends the anchor" : ""
            lines.append("ok: \(report.events) events verified\(anchored)")
            lines.append("head \(report.head)")
        }
        return lines.joined(separator: "\n")
    }
}
