/// The one way JSON text is written from a ``JSONValue``: compact, pretty or canonical.
public enum JSONWriter {
    /// No whitespace, members in their order, strings in ``JSONString/Style/lineSafe``.
    public static func compact(_ value: JSONValue) -> String {
        var out = ""
        write(value, layout: .compact, to: &out)
        return out
    }

    /// Two-space indentation and `"key" : value`, as `JSONEncoder`'s pretty printing lays it out.
    public static func pretty(_ value: JSONValue) -> String {
        var out = ""
        write(value, layout: .pretty(indent: 0), to: &out)
        return out
    }

    /// The canonical text: equal values always give equal bytes, which is what lets stored
    /// profiles be hashed and compared.
    ///
    /// No whitespace, members sorted by the UTF-8 bytes of their names, integral numbers
    /// without a fraction (`120`, not `120.0`), other numbers in Swift's shortest round-trip
    /// form, strings in ``JSONString/Style/canonical``.
    public static func canonical(_ value: JSONValue) -> String {
        var out = ""
        write(value, layout: .canonical, to: &out)
        return out
    }

    /// The canonical spelling of a number.
    public static func canonicalNumber(_ number: JSONNumber) -> String {
        if let integer = number.integerValue { return String(integer) }
        return String(describing: number.value)
    }

    /// An already-valid JSON text made safe to embed on one line: raw line breaks, which valid
    /// JSON holds only as whitespace between tokens, become spaces, so the value is unchanged
    /// and NDJSON keeps one record per line. The bytes are otherwise kept exactly. Not checked
    /// again here: stored payloads were validated on append, and a second scan per event would
    /// slow `strata events --json` on large logs.
    public static func embeddable(_ json: String) -> String {
        guard json.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return json }
        return String(decoding: json.utf8.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }, as: UTF8.self)
    }

    private enum Layout {
        case compact, canonical
        case pretty(indent: Int)

        var nested: Layout {
            if case .pretty(let indent) = self { return .pretty(indent: indent + 2) }
            return self
        }
    }

    private static func write(_ value: JSONValue, layout: Layout, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            if case .canonical = layout { out += canonicalNumber(number) } else { out += number.lexeme }
        case .string(let text): string(text, layout: layout, to: &out)
        case .array(let items):
            container("[", "]", items, layout: layout, to: &out) { item, out in write(item, layout: layout.nested, to: &out) }
        case .object(let members):
            let ordered = if case .canonical = layout {
                members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            } else {
                members
            }
            container("{", "}", ordered, layout: layout, to: &out) { member, out in
                string(member.key, layout: layout, to: &out)
                if case .pretty = layout { out += " : " } else { out += ":" }
                write(member.value, layout: layout.nested, to: &out)
            }
        }
    }

    private static func string(_ text: String, layout: Layout, to out: inout String) {
        out += "\""
        if case .canonical = layout {
            JSONString.append(text, style: .canonical, to: &out)
        } else {
            JSONString.append(text, style: .lineSafe, to: &out)
        }
        out += "\""
    }

    private static func container<Element>(
        _ open: String, _ close: String, _ elements: [Element], layout: Layout, to out: inout String,
        element: (Element, inout String) -> Void
    ) {
        out += open
        guard case .pretty(let indent) = layout, !elements.isEmpty else {
            for (position, item) in elements.enumerated() {
                if position > 0 { out += "," }
                element(item, &out)
            }
            out += close
            return
        }
        let inner = "\n" + String(repeating: " ", count: indent + 2)
        for (position, item) in elements.enumerated() {
            out += position > 0 ? "," + inner : inner
            element(item, &out)
        }
        out += "\n" + String(repeating: " ", count: indent) + close
    }
}
