/// The JSON-ADR v1 wire format (`joshrotenberg/adrs` `schema/json-adr/v1.json`).
///
/// Kept separate from ``ADRRecord`` so the model can grow without changing the wire
/// format. Every field is optional when decoding so one malformed record yields a
/// precise problem instead of rejecting the whole document; the writer fills every
/// field the schema requires.
struct JSONADRDocument: Codable, Sendable {
    var schema: String?
    var version: String?
    var generatedAt: String?
    var tool: Tool?
    var repository: Repository?
    var adrs: [Lenient<JSONADRRecord>]?
    var adr: Lenient<JSONADRRecord>?

    enum CodingKeys: String, CodingKey {
        case schema = "$schema", version, generatedAt = "generated_at", tool, repository, adrs, adr
    }

    struct Tool: Codable, Sendable {
        var name: String
        var version: String
    }

    struct Repository: Codable, Sendable {
        var name: String?
        var adrDirectory: String?

        enum CodingKeys: String, CodingKey { case name, adrDirectory = "adr_directory" }
    }
}

/// One record in JSON-ADR form.
struct JSONADRRecord: Codable, Sendable {
    var number: Int?
    var title: String?
    var status: String?
    var date: String?
    var deciders: [String]?
    var consulted: [String]?
    var informed: [String]?
    var tags: [String]?
    var sourceURI: String?
    var context: String?
    var decisionDrivers: [String]?
    var consideredOptions: [Option]?
    var decision: String?
    var consequences: Consequences?
    var confirmation: String?
    var links: [Link]?
    var customSections: [String: String]?
    var path: String?

    enum CodingKeys: String, CodingKey {
        case number, title, status, date, deciders, consulted, informed, tags
        case sourceURI = "source_uri", context, decisionDrivers = "decision_drivers"
        case consideredOptions = "considered_options", decision, consequences, confirmation
        case links, customSections = "custom_sections", path
    }

    struct Option: Codable, Sendable {
        var name: String
        var description: String?
        var pros: [String]?
        var cons: [String]?
    }

    struct Link: Codable, Sendable {
        var type: String
        var target: Int
        var description: String?
    }

    /// Either a plain list or `{positive, negative, risks}`.
    enum Consequences: Codable, Sendable {
        case list([String])
        case structured(positive: [String]?, negative: [String]?, risks: [String]?)

        private enum CodingKeys: String, CodingKey { case positive, negative, risks }

        init(from decoder: any Decoder) throws {
            if let list = try? decoder.singleValueContainer().decode([String].self) {
                self = .list(list)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self = .structured(
                positive: try container.decodeIfPresent([String].self, forKey: .positive),
                negative: try container.decodeIfPresent([String].self, forKey: .negative),
                risks: try container.decodeIfPresent([String].self, forKey: .risks))
        }

        func encode(to encoder: any Encoder) throws {
            switch self {
            case .list(let list):
                var container = encoder.singleValueContainer()
                try container.encode(list)
            case let .structured(positive, negative, risks):
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encodeIfPresent(positive, forKey: .positive)
                try container.encodeIfPresent(negative, forKey: .negative)
                try container.encodeIfPresent(risks, forKey: .risks)
            }
        }
    }
}

/// A value that decodes to a result instead of failing its container, so one bad
/// element of an array does not discard its siblings.
struct Lenient<Value: Codable & Sendable>: Codable, Sendable {
    var result: Result<Value, DecodingFailure>

    struct DecodingFailure: Error, Sendable {
        let message: String
    }

    init(_ value: Value) {
        result = .success(value)
    }

    init(from decoder: any Decoder) throws {
        do {
            result = .success(try Value(from: decoder))
        } catch {
            result = .failure(DecodingFailure(message: JSONADRReader.describe(error)))
        }
    }

    func encode(to encoder: any Encoder) throws {
        if case .success(let value) = result { try value.encode(to: encoder) }
    }
}
