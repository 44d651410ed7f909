import StrataJSON

/// Rejects malformed appends before a transaction is opened, with a message naming the field.
package enum AppendValidation {
    package static func check(_ appends: [StreamAppend]) throws {
        guard !appends.isEmpty, appends.contains(where: { !$0.events.isEmpty }) else {
            throw EventLogError.invalidEvent("an append needs at least one event")
        }
        var seen = Set<String>()
        for request in appends {
            try checkStream(request.streamID)
            for event in request.events {
                try checkEvent(event)
                guard seen.insert(event.eventID).inserted else {
                    throw EventLogError.invalidEvent("event id \(event.eventID) appears twice in one append")
                }
            }
        }
    }

    static func checkStream(_ streamID: String) throws {
        let length = streamID.utf8.count
        guard length >= 1, length <= 200, !streamID.hasPrefix("-"),
              !streamID.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else {
            throw EventLogError.invalidEvent(
                "stream id '\(streamID)' must be 1 to 200 characters, start with its category and hold no control characters")
        }
    }

    static func checkEvent(_ event: NewEvent) throws {
        // Lowercase only: ids are compared byte for byte, so one UUID must have one spelling.
        guard EventID.isValid(event.eventID), event.eventID == event.eventID.lowercased() else {
            throw EventLogError.invalidEvent("event id '\(event.eventID)' is not a lowercase canonical UUID")
        }
        guard !event.eventType.isEmpty, event.eventType.utf8.count <= 100 else {
            throw EventLogError.invalidEvent("event type must be 1 to 100 characters")
        }
        guard event.schemaVersion >= 1 else {
            throw EventLogError.invalidEvent("schema version of \(event.eventType) must be at least 1")
        }
        guard JSONValidation.isValid(event.data) else {
            throw EventLogError.invalidEvent("payload of \(event.eventType) (\(event.eventID)) is not valid JSON")
        }
        if let metadata = event.metadata, !JSONValidation.isValid(metadata) {
            throw EventLogError.invalidEvent("metadata of \(event.eventType) (\(event.eventID)) is not valid JSON")
        }
    }
}
