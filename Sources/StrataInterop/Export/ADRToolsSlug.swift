/// File-name slugs as adr-tools makes them.
///
/// adr-tools runs the title through `tr -Ccs '[:alnum:]' -`, lowercases it and trims
/// non-alphanumerics from both ends. `tr` works on bytes, so only ASCII letters and
/// digits survive; every other run (spaces, punctuation, accents, emoji, RTL marks)
/// becomes one `-`. That makes slugs safe file names by construction. One deviation:
/// slugs are cut at ``maxLength`` characters so very long titles still fit a file name.
public enum ADRToolsSlug {
    /// The longest slug produced.
    public static let maxLength = 100

    /// The slug of a title: `Something About Node.JS` → `something-about-node-js`.
    public static func slug(_ title: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in title.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                if slug.count >= maxLength { break }
            } else {
                pendingDash = true
            }
        }
        return slug
    }

    /// `NNNN-slug.md`, as `adr new` names files.
    public static func fileName(number: Int, title: String) -> String {
        ADRNumber.padded(number) + "-" + slug(title) + ".md"
    }
}
