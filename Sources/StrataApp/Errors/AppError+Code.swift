import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension AppError {
    /// A stable identifier for one kind of failure; an open set, so new codes break no caller.
    public struct Code: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        /// The code's spelling, e.g. `reason-required`; never changes once published.
        public let rawValue: String
        /// The class the code belongs to.
        public let category: Category

        /// A code of the catalogue: its published spelling and its class.
        public init(_ rawValue: String, _ category: Category) {
            self.rawValue = rawValue
            self.category = category
        }

        /// Recovers a known code from its spelling (unknown spellings are classed as input).
        public init(rawValue: String) {
            self = Code.known.first { $0.rawValue == rawValue } ?? Code(rawValue, .input)
        }

        public var description: String { rawValue }

        /// Codes travel as their spelling alone; the class is recovered from the catalogue.
        public init(from decoder: any Decoder) throws {
            self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }
    }
}
