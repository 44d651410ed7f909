import Foundation
import StrataApp
import Testing

/// The stylesheet every report and served page uses: text meets WCAG's 4.5:1 contrast against
/// what it is drawn on, and names wrap between words only.
@Suite struct ReportStyleTests {
    static func stylesheet() throws -> String {
        let demo = try DemoStore()
        defer { demo.remove() }
        let head = try demo.store.liveReadModels(at: .head)
        let page = try demo.store.livePage(
            "strata.css", at: .head, knowledge: head, timeline: { () throws(AppError) in try demo.store.liveTimeline(head) })
        return try #require(page?.body)
    }

    /// `selector { declarations }` pairs, with `var(--name)` resolved from `:root`.
    static func rules(_ css: String) -> [(selector: String, declarations: [String: String])] {
        var rules: [(String, [String: String])] = []
        var variables: [String: String] = [:]
        for block in css.components(separatedBy: "}") {
            let parts = block.components(separatedBy: "{")
            guard parts.count == 2 else { continue }
            var declarations: [String: String] = [:]
            for declaration in parts[1].components(separatedBy: ";") {
                let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard pair.count == 2 else { continue }
                if pair[0].hasPrefix("--") { variables[pair[0]] = pair[1] }
                declarations[pair[0]] = pair[1]
            }
            rules.append((parts[0].components(separatedBy: "*/").last!.trimmingCharacters(in: .whitespacesAndNewlines), declarations))
        }
        return rules.map { rule in
            (rule.0, rule.1.mapValues { value in
                value.hasPrefix("var(") ? variables[String(value.dropFirst(4).dropLast())] ?? value : value
            })
        }
    }

    static func luminance(_ hex: String) -> Double? {
        let digits = hex.dropFirst()
        guard hex.first == "#", digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        func linear(_ channel: Int) -> Double {
            let c = Double(channel & 0xFF) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let red: Double = linear(value >> 16), green: Double = linear(value >> 8), blue: Double = linear(value)
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        guard let x = luminance(a), let y = luminance(b) else { return 0 }
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func everyTextColourHasContrastOnItsBackground() throws {
        let rules = Self.rules(try Self.stylesheet())
        let ink = try #require(rules.first { $0.selector == ":root" }?.declarations["--ink"])
        var checked = 0
        for rule in rules {
            let background = rule.declarations["background"].flatMap { Self.luminance($0) == nil ? nil : $0 } ?? "#ffffff"
            // SVG text is coloured by `fill`; a rule that only sets a background is drawn on with the ink.
            let last = rule.selector.split(separator: " ").last ?? ""
            let drawsText = last == "text" || last.hasSuffix("-label")
            let text = rule.declarations["color"] ?? (drawsText ? rule.declarations["fill"] : nil)
                ?? (rule.declarations["background"] != nil ? ink : nil)
            guard let text, Self.luminance(text) != nil else { continue }
            checked += 1
            #expect(Self.contrast(text, background) >= 4.5, "\(rule.selector): \(text) on \(background) is \(Self.contrast(text, background)):1")
        }
        #expect(checked >= 15, "the check saw \(checked) coloured rules")
        #expect(Self.contrast("#000000", "#ffffff") > 20.9 && Self.contrast("#777777", "#ffffff") < 4.5)
    }

    @Test func namesWrapBetweenWordsOnly() throws {
        let css = try Self.stylesheet()
        for breaking in ["overflow-wrap: anywhere", "overflow-wrap: break-word", "word-break: break-all", "word-wrap: break-word"] {
            #expect(!css.contains(breaking), "\(breaking) splits a long name mid-word")
        }
        #expect(css.contains("body { overflow-wrap: normal; word-break: normal; hyphens: manual; }"))
    }
}
