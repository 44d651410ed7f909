import Foundation
import Strata
import StrataAdvisor
import StrataInterop
import StrataProfile
import StrataProjections

extension AppError {
    /// What an error is about, as far as it is known: faces point at it their own way.
    public struct Subject: Sendable, Equatable, Codable {
        /// An entity's human id or UUID (`ADR-7`), or a stream.
        public var entity: String?
        /// The input field at fault.
        public var field: Field?
        /// A file the request named, and the line in it.
        public var file: String?
        public var line: Int?

        /// A subject with whatever is known of it.
        public init(entity: String? = nil, field: Field? = nil, file: String? = nil, line: Int? = nil) {
            self.entity = entity
            self.field = field
            self.file = file
            self.line = line
        }

        public static func entity(_ id: String) -> Subject { Subject(entity: id) }
        public static func field(_ field: Field) -> Subject { Subject(field: field) }
        public static func file(_ path: String, line: Int? = nil) -> Subject { Subject(file: path, line: line) }
    }

    /// An input of a use case, named once: the CLI maps it to a flag, a server to a JSON pointer,
    /// an agent to an argument name.
    public struct Field: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        // The inputs use cases take, named as a server's JSON or an agent's arguments name them.
        public static let store = Field(rawValue: "store")
        public static let asOf = Field(rawValue: "asOf")
        public static let validAt = Field(rawValue: "validAt")
        public static let from = Field(rawValue: "from")
        public static let to = Field(rawValue: "to")
        public static let effective = Field(rawValue: "effective")
        public static let reason = Field(rawValue: "reason")
        public static let successors = Field(rawValue: "by")
        public static let title = Field(rawValue: "title")
        public static let context = Field(rawValue: "context")
        public static let workload = Field(rawValue: "workload")
        public static let profile = Field(rawValue: "profile")
        public static let file = Field(rawValue: "file")
        public static let path = Field(rawValue: "path")
        public static let format = Field(rawValue: "format")
        public static let anchor = Field(rawValue: "anchor")
        public static let expectedVersion = Field(rawValue: "expect")
        /// The caller's own command id, named by faces that retry (an agent's tool call).
        public static let idempotencyKey = Field(rawValue: "idempotencyKey")
        public static let eventType = Field(rawValue: "type")
        public static let stream = Field(rawValue: "stream")
        public static let data = Field(rawValue: "data")
        public static let metric = Field(rawValue: "metric")
        public static let unit = Field(rawValue: "unit")
        public static let source = Field(rawValue: "source")
        public static let observed = Field(rawValue: "observed")
        public static let technology = Field(rawValue: "technology")
        public static let role = Field(rawValue: "role")
        public static let status = Field(rawValue: "status")
        public static let rule = Field(rawValue: "rule")
        public static let subject = Field(rawValue: "subject")
        public static let id = Field(rawValue: "id")
        public static let force = Field(rawValue: "force")
        public static let option = Field(rawValue: "option")
        public static let chosenOption = Field(rawValue: "choose")
        public static let linkType = Field(rawValue: "link-type")
        public static let target = Field(rawValue: "target")
        public static let readReplicas = Field(rawValue: "replicas")
        public static let readModel = Field(rawValue: "read-model")
        public static let shard = Field(rawValue: "shard")
        public static let scaleUp = Field(rawValue: "scale-up")
        public static let adopt = Field(rawValue: "adopt")
        public static let move = Field(rawValue: "move")
        public static let because = Field(rawValue: "because")
        public static let supersedes = Field(rawValue: "supersedes")
        public static let becauseMeasured = Field(rawValue: "because-measured")
        public static let becauseWorkloads = Field(rawValue: "because-pattern")
        public static let tag = Field(rawValue: "tag")
        public static let decider = Field(rawValue: "decider")
        public static let affects = Field(rawValue: "affects")
        public static let ref = Field(rawValue: "ref")
        public static let changed = Field(rawValue: "changed")
        public static let approvals = Field(rawValue: "approvals")
        public static let comment = Field(rawValue: "comment")
        public static let query = Field(rawValue: "query")
        public static let limit = Field(rawValue: "limit")
        public static let verdict = Field(rawValue: "verdict")
    }
}
