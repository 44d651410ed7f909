/// Makes relative paths safe to join under an export directory on any platform.
///
/// Titles become file names, and titles are user input: they may hold `../`, slashes,
/// NUL, newlines, right-to-left override marks that disguise an extension, or names
/// Windows reserves. Each path component is cleaned so the result stays inside the
/// export directory and displays as what it is.
public enum SafePath {
    /// Component names Windows refuses to create, whatever the extension.
    private static let reservedNames: Set<String> = {
        var names: Set<String> = ["con", "prn", "aux", "nul"]
        for digit in 1...9 { names.insert("com\(digit)"); names.insert("lpt\(digit)") }
        return names
    }()

    /// The longest component, in UTF-8 bytes (most file systems allow 255).
    static let maxComponentBytes = 200

    /// Returns `path` with `.`/`..`/empty components dropped, separators `\` treated
    /// as `/`, unsafe characters removed or replaced, and each component shortened to
    /// fit file-system limits. Never returns an empty path.
    public static func sanitise(_ path: String) -> String {
        let components = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
            .map { sanitiseComponent(String($0)) }
            .filter { !$0.isEmpty }
        return components.isEmpty ? "untitled" : components.joined(separator: "/")
    }

    private static func sanitiseComponent(_ component: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in component.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
                continue
            default:
                scalars.append("<>:\"|?*".unicodeScalars.contains(scalar) ? "-" : scalar)
            }
        }
        var name = String(scalars).trimming { $0 == "." || $0.isWhitespace }
        let stem = name.split(separator: ".").first.map { $0.lowercased() } ?? ""
        if reservedNames.contains(stem) { name = "_" + name }
        return truncated(name)
    }

    /// The name cut to ``maxComponentBytes`` at a character boundary, keeping a short
    /// extension.
    private static func truncated(_ name: String) -> String {
        guard name.utf8.count > maxComponentBytes else { return name }
        var ext = ""
        if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 10 {
            ext = String(name[dot...])
        }
        var stem = ""
        var budget = maxComponentBytes - ext.utf8.count
        for character in name.dropLast(ext.count) {
            budget -= character.utf8.count
            guard budget >= 0 else { break }
            stem.append(character)
        }
        return stem + ext
    }
}
