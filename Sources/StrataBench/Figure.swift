import Foundation
import StrataJSON

/// One measured figure: the median of several runs, with their spread.
struct Figure {
    var name: String
    var unit: String
    var samples: [Double]
    /// Extra context printed with the figure (for example a ratio to the baseline).
    var note: String = ""

    var median: Double { percentile(50) }
    var min: Double { samples.min() ?? 0 }
    var max: Double { samples.max() ?? 0 }

    func percentile(_ p: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
        return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank))]
    }

    var json: String {
        var object = JSONObjectBuilder()
        object.add("name", name)
        object.add("unit", unit)
        object.add("median", .number(JSONNumber(lexeme: format(median))))
        object.add("min", .number(JSONNumber(lexeme: format(min))))
        object.add("max", .number(JSONNumber(lexeme: format(max))))
        object.add("runs", samples.count)
        if !note.isEmpty { object.add("note", note) }
        return object.json
    }

    func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(format: "%.3f", value)
    }
}

/// Wall-clock seconds of `body`.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Peak resident memory of this process so far, in MB (Linux `VmHWM`).
func peakMemoryMB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}
