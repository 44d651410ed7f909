import StrataApp

/// The line `strata export` prints about what it wrote.
enum ExportText {
    static func summary(_ report: ExportReport, format: ExportFormat) -> String {
        let decisions = "\(report.decisions) decision\(report.decisions == 1 ? "" : "s")"
        switch format {
        case .graph:
            let stores = report.stores ?? 0
            return "Wrote \(decisions) and \(stores) store\(stores == 1 ? "" : "s") to \(report.path) "
                + "(\(report.files) file\(report.files == 1 ? "" : "s"))"
        case .html:
            let snapshots = report.snapshots ?? 0
            return "Wrote a report of \(decisions) and \(snapshots) dated architecture\(snapshots == 1 ? "" : "s") to \(report.path) "
                + "(\(report.files) files); open \(report.path)/index.html"
        case .jsonADR, .events: return "Wrote \(decisions) to \(report.path)"
        case .adrTools, .madr: return "Wrote \(decisions) to \(report.path) (\(report.files) files)"
        }
    }
}
