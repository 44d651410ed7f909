import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

/// Short words for a `DecodingError`, instead of its multi-line debug description.
enum DecodingMessage {
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing field '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "wrong type at '\(path(context))'"
        case .dataCorrupted(let context):
            if let unknown = context.underlyingError as? UnknownTechnology {
                "unreadable at '\(path(context))': \(unknown)"
            } else {
                "unreadable at '\(path(context))'"
            }
        @unknown default: "unreadable"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map(\.stringValue).joined(separator: ".")
    }
}
