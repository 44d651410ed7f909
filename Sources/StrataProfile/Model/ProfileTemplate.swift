/// A complete workload profile that explains itself in `//` comments, printed by
/// `strata workload template` so nobody needs the schema file to write one.
///
/// It is built from ``ProfileSchema`` (every field, in schema order, with its allowed values
/// taken from the same table the validator walks), so it cannot fall behind the schema.
/// With the comments blanked it is a valid profile as it stands.
public enum ProfileTemplate {
    /// The commented profile, lines at most 78 columns wide but for long example values.
    public static var text: String {
        var lines = header.map { "// " + $0 } + ["{"]
        for (offset, field) in ProfileSchema.fields.enumerated() {
            let note = notes[field.name]
            let comment = (note?.meaning ?? field.name) + ". " + allowed(field.constraint)
            lines += wrap(comment).map { "  // " + $0 }
            let example = note?.example ?? fallback(field.constraint)
            lines.append("  \"\(field.name)\": \(example)" + (offset == ProfileSchema.fields.count - 1 ? "" : ","))
        }
        return (lines + ["}"]).joined(separator: "\n") + "\n"
    }

    /// What a field means and a value that suits the example workload.
    struct Note {
        let meaning: String
        let example: String
    }

    static let header = [
        "A workload profile, for 'strata workload add --file', 'strata workload",
        "revise --file' and 'strata advise --workload'. Lines starting with // are",
        "comments and are ignored. Only name and accessPatterns are required: delete",
        "the lines you do not know, and the advisor says what it assumed instead.",
    ]

    /// Every field's meaning and example; a test checks each schema field has one.
    static let notes: [String: Note] = [
        "name": Note(meaning: "The workload's name, unique within its context", example: "\"product-catalog\""),
        "context": Note(meaning: "The bounded context that owns the data (its name); --context overrides it", example: "\"catalog\""),
        "description": Note(meaning: "Free text for humans", example: "\"Product pages and category browsing\""),
        "accessPatterns": Note(meaning: "How the data is read and written (required)", example: "[\"key-lookup\", \"document\", \"full-text\"]"),
        "structure": Note(meaning: "How settled the data's shape is (variety)", example: "\"evolving\""),
        "consistency": Note(meaning: "Veracity: strong means ACID transactions are required", example: "\"eventual\""),
        "dataSizeGB": Note(meaning: "Volume today, in gigabytes", example: "40"),
        "projectedDataSizeGB": Note(meaning: "Volume expected within the planning horizon, in gigabytes", example: "120"),
        "readsPerSecond": Note(meaning: "Peak reads per second", example: "2000"),
        "writesPerSecond": Note(meaning: "Peak writes per second (velocity)", example: "50"),
        "concurrentWriters": Note(meaning: "Processes or connections writing at the same time", example: "4"),
        "latencyP99Ms": Note(meaning: "Target p99 latency of the hot path, in milliseconds", example: "50"),
        "ephemeral": Note(meaning: "Whether the data may expire or be lost without harm (TTL data)", example: "false"),
        "deployment": Note(meaning: "Where the workload's code runs", example: "\"server\""),
        "offline": Note(meaning: "Whether it must keep working without a network", example: "false"),
        "multiRegionWrites": Note(meaning: "Whether writes are accepted in more than one region", example: "false"),
        "multiTenant": Note(meaning: "Whether the data belongs to several customers", example: "false"),
        "tenantCount": Note(meaning: "How many tenants there are", example: "1"),
        "networkFilesystem": Note(meaning: "Whether the data files would live on NFS, SMB or similar", example: "false"),
        "vectorCount": Note(meaning: "How many embedding vectors are stored", example: "0"),
        "vectorDimensions": Note(meaning: "Dimensions of each embedding vector", example: "768"),
        "traversalDepth": Note(meaning: "Hops in the deepest relationship query", example: "1"),
        "maxRecordSizeMB": Note(meaning: "Size of the largest single record or document, in megabytes", example: "0.5"),
        "unboundedGrowth": Note(meaning: "Whether a record accumulates children without bound (comments, readings)", example: "false"),
        "auditTrail": Note(meaning: "Whether full history, replay or time travel is required", example: "false"),
        "retention": Note(meaning: "How long written data is kept", example: "\"infinite\""),
        "stage": Note(meaning: "How far the system is from serving real users", example: "\"production\""),
        "figures": Note(meaning: "Whether the volume, rate and latency figures were measured or estimated", example: "\"estimated\""),
        "relationships": Note(meaning: "The widest cardinality between entities read together", example: "\"one-to-many\""),
        "databasePerTenant": Note(meaning: "Whether each tenant must get its own isolated database", example: "false"),
        "complexPermissions": Note(meaning: "Whether row- or user-level access rules are enforced by the database", example: "false"),
        "readModels": Note(meaning: "How many differently shaped read representations of the same data are needed", example: "1"),
        "dataResidency": Note(meaning: "Whether the data must stay within a region or jurisdiction", example: "false"),
        "existingStores": Note(meaning: "Technologies already running in the architecture", example: "[\"postgresql\"]"),
        "teamExpertise": Note(meaning: "Technologies the team already knows well", example: "[\"postgresql\", \"redis\"]"),
        "operations": Note(meaning: "Who is expected to run the database", example: "\"managed\""),
        "budget": Note(meaning: "How much the team can spend", example: "\"standard\""),
        "needs": Note(meaning: "Specific capabilities the store must offer", example: "[]"),
    ]

    /// The values a constraint allows, in words.
    static func allowed(_ constraint: ProfileSchema.Constraint) -> String {
        switch constraint {
        case .text(let minimum, let maximum): "Text of \(minimum) to \(maximum) characters."
        case .number(let exclusive): exclusive ? "A number above 0." : "A number, 0 or more."
        case .integer(let minimum): "A whole number, \(minimum) or more."
        case .boolean: "true or false."
        case .choice(let values): "One of: " + values.joined(separator: ", ") + "."
        case .choices(let values, let minItems):
            (minItems > 0 ? "A list of at least \(minItems), each one of: " : "A list, each one of: ")
                + values.joined(separator: ", ") + "."
        }
    }

    /// A valid value for a field the notes forgot (a test keeps this from being used).
    static func fallback(_ constraint: ProfileSchema.Constraint) -> String {
        switch constraint {
        case .text: "\"example\""
        case .number: "1"
        case .integer(let minimum): "\(minimum)"
        case .boolean: "false"
        case .choice(let values): "\"\(values.first ?? "")\""
        case .choices(let values, let minItems): minItems > 0 ? "[\"\(values.first ?? "")\"]" : "[]"
        }
    }

    /// `text` broken at spaces into lines of at most 73 characters (78 with the `  // `).
    static func wrap(_ text: String) -> [String] {
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > 73 { lines.append(line); line = "" }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + [line]
    }
}
