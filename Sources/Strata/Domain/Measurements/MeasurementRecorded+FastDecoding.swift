import Foundation
import StrataJSON

extension MeasurementRecorded {
    /// Measurements are most of a monitored log, so a rebuild reads them without `Codable`.
    /// The payload goes through ``JSONParser`` with exact options; any payload this does not
    /// recognise field by field (an unknown or repeated key, an unpaired surrogate, an unknown
    /// metric) returns nil and takes the `Codable` path instead.
    public static func decodeFast(_ payload: String) -> MeasurementRecorded? {
        if let last = lastDecoded.value(for: payload) { return last }
        guard let decoded = decodeFields(payload) else { return nil }
        lastDecoded.remember(decoded, for: payload)
        return decoded
    }

    /// Every projection folding an event decodes it; remembering the last payload makes the
    /// second and later decodes of a measurement a comparison.
    private static let lastDecoded = LastDecoded()

    private static func decodeFields(_ payload: String) -> MeasurementRecorded? {
        guard case .object(let fields)? = try? JSONParser.parse(payload, options: .exact) else { return nil }
        var id: String?, number: Int?, subject: Subject?, metric: Metric?, value: Double?, unit: String?
        var source: MeasurementSource?, target: Double?, note: String?
        for field in fields {
            switch field.key {
            case "measurementID": guard let text = field.value.string else { return nil }; id = text
            case "number": guard let integer = field.value.integer else { return nil }; number = integer
            case "subject": guard let parsed = Self.subject(field.value) else { return nil }; subject = parsed
            case "metric": guard let parsed = field.value.string.flatMap(Metric.init(rawValue:)) else { return nil }; metric = parsed
            case "value": guard let parsed = field.value.double else { return nil }; value = parsed
            case "unit": guard let text = field.value.string else { return nil }; unit = text
            case "source":
                guard let parsed = field.value.string.flatMap(MeasurementSource.init(rawValue:)) else { return nil }
                source = parsed
            case "target": guard let parsed = field.value.optionalDouble else { return nil }; target = parsed
            case "note": guard let parsed = field.value.optionalString else { return nil }; note = parsed
            default: return nil
            }
        }
        guard let id, let number, let subject, let metric, let value, let unit, let source else { return nil }
        var event = MeasurementRecorded(
            measurementID: id, number: number, subject: subject, metric: metric, value: value, source: source,
            target: target, note: note)
        event.unit = unit
        return event
    }

    private static func subject(_ value: JSONValue) -> Subject? {
        guard case .object(let fields) = value, fields.count == 2 else { return nil }
        var id: String?, kind: EntityKind?
        for field in fields {
            switch field.key {
            case "id": id = field.value.string
            case "kind": kind = field.value.string.flatMap(EntityKind.init(rawValue:))
            default: return nil
            }
        }
        guard let id, let kind else { return nil }
        return Subject(kind: kind, id: id)
    }
}

/// A field's value read the way `Codable` reads it into the measurement's types.
private extension JSONValue {
    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// A finite number; nil for anything else.
    var double: Double? {
        if case .number(let number) = self { number.finiteDouble } else { nil }
    }

    /// An integer written without fraction or exponent; nil for anything else.
    var integer: Int? {
        if case .number(let number) = self { Int(number.lexeme) } else { nil }
    }

    /// `.some(nil)` for null, `.some(value)` for a number, nil for anything else: an optional
    /// number field as `Codable` reads it.
    var optionalDouble: Double?? {
        if case .null = self { return .some(nil) }
        return double.map { .some($0) }
    }

    /// As ``optionalDouble``, for text.
    var optionalString: String?? {
        if case .null = self { return .some(nil) }
        return string.map { .some($0) }
    }
}

/// The last payload decoded and its value, behind a lock.
private final class LastDecoded: @unchecked Sendable {
    private let lock = NSLock()
    private var payload: String?
    private var value: MeasurementRecorded?

    func value(for payload: String) -> MeasurementRecorded? {
        lock.lock()
        defer { lock.unlock() }
        return self.payload == payload ? value : nil
    }

    func remember(_ value: MeasurementRecorded, for payload: String) {
        lock.lock()
        defer { lock.unlock() }
        self.payload = payload
        self.value = value
    }
}
