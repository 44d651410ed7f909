/// "as of now (position 42)", "as of 2025-01-31T23:59:59Z (position 17), in effect at …".
enum MomentHeading {
    static func text(position: Int64, asOf: String?, validAt: String?) -> String {
        var text = "as of \(asOf ?? "now") (position \(position))"
        if let validAt { text += ", in effect at \(validAt)" }
        return text
    }
}
