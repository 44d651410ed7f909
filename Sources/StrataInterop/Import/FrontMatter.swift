import Yams

/// YAML front matter reduced to the strings, lists and maps ADR metadata uses.
///
/// Real `consulted:` and `decision-makers:` values are scalars, lists, folded block
/// scalars and commented lists, so a real YAML parser (Yams) reads them; this type then
/// flattens whatever came out into text. Aliases are expanded with a budget so a YAML
/// "billion laughs" cannot exhaust memory.
enum FrontMatterValue: Sendable, Equatable {
    case text(String)
    case list([FrontMatterValue])
    /// Key–value pairs in order, with each key's 1-based line in the YAML text.
    case map([(key: String, value: FrontMatterValue, line: Int?)])

    static func == (lhs: FrontMatterValue, rhs: FrontMatterValue) -> Bool {
        switch (lhs, rhs) {
        case let (.text(a), .text(b)): a == b
        case let (.list(a), .list(b)): a == b
        case let (.map(a), .map(b)): a.map(\.key) == b.map(\.key) && a.map(\.value) == b.map(\.value)
        default: false
        }
    }

    /// The value as a list of strings: list items, or a scalar split on commas.
    var strings: [String] {
        switch self {
        case .text(let text):
            text.split(separator: ",").map { $0.trimmingWhitespace }.filter { !$0.isEmpty }
        case .list(let items):
            items.flatMap { item in
                if case .text(let text) = item { [text.trimmingWhitespace].filter { !$0.isEmpty } } else { [item.text] }
            }
        case .map:
            [text]
        }
    }

    /// The value as one line of text (lists joined with commas).
    var text: String {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.text).joined(separator: ", ")
        case .map(let pairs): pairs.map { "\($0.key): \($0.value.text)" }.joined(separator: ", ")
        }
    }
}

/// Parses front matter text.
enum FrontMatterParser {
    /// Why front matter could not be used.
    enum Failure: Error, Equatable {
        /// The YAML did not parse; the message is Yams' first line.
        case invalid(String, line: Int?)
        /// It parsed, but the top level is not a key–value map.
        case notAMap
        /// Expanding aliases would exceed the node budget.
        case tooLarge
    }

    /// The most nodes a front matter block may expand to.
    static let nodeBudget = 10_000

    /// Reads the top-level keys of a front matter block, in order, with their lines.
    static func parse(_ yaml: String) -> Result<[(key: String, value: FrontMatterValue, line: Int?)], Failure> {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            return .failure(invalid(error))
        } catch {
            return .failure(.invalid(String(describing: error), line: nil))
        }
        guard let node else { return .success([]) }
        var budget = nodeBudget
        guard let value = convert(node, budget: &budget) else { return .failure(.tooLarge) }
        switch value {
        case .map(let pairs): return .success(pairs)
        case .text(let text) where text.isEmpty: return .success([])
        default: return .failure(.notAMap)
        }
    }

    private static func convert(_ node: Node, budget: inout Int) -> FrontMatterValue? {
        budget -= 1
        guard budget >= 0 else { return nil }
        switch node {
        case .scalar(let scalar):
            return .text(node.null != nil ? "" : scalar.string)
        case .alias:
            return .text("")
        case .sequence(let sequence):
            var items: [FrontMatterValue] = []
            for item in sequence {
                guard let value = convert(item, budget: &budget) else { return nil }
                items.append(value)
            }
            return .list(items)
        case .mapping(let mapping):
            var pairs: [(key: String, value: FrontMatterValue, line: Int?)] = []
            for (key, item) in mapping {
                guard let keyValue = convert(key, budget: &budget), let value = convert(item, budget: &budget) else { return nil }
                pairs.append((keyValue.text, value, key.mark?.line))
            }
            return .map(pairs)
        }
    }

    private static func invalid(_ error: YamlError) -> Failure {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .invalid(problem, line: mark.line)
        default:
            let text = String(describing: error)
            return .invalid(text.split(separator: "\n").first.map(String.init) ?? text, line: nil)
        }
    }
}
