import Foundation
import GRDB
import Testing
import Strata

/// System time (`recorded_at`) is assigned by the store and never goes backwards; valid time
/// (`effective_at`) defaults to it.
@Suite struct RecordedTimeTests {
    @Test func recordedAtComesFromTheStoresClock() throws {
        let clock = ManualClock(Timestamp(microseconds: 1_750_000_000_123_456))
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        clock.advance(microseconds: 7)
        try store.log.appendNotes(1, to: "note-1")

        let recorded = try store.log.events().map(\.recordedAt.microseconds)
        #expect(recorded == [1_750_000_000_123_456, 1_750_000_000_123_463])
    }

    @Test func recordedAtNeverDecreasesWhenTheClockGoesBackwards() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        let first = clock.now
        clock.advance(microseconds: -300_000_000)   // five minutes back: within the allowed skew
        try store.log.appendNotes(2, to: "note-1")
        clock.advance(microseconds: 300_000_000 + 5)
        try store.log.appendNotes(1, to: "note-1")

        let recorded = try store.log.events().map(\.recordedAt)
        #expect(recorded == [first, first, first, Timestamp(microseconds: first.microseconds + 5)])
        #expect(try store.log.verify().isSound)
    }

    @Test func recordedAtNeverDecreasesAcrossProcessesWithSkewedClocks() throws {
        let ahead = ManualClock()
        let store = try TemporaryStore(clock: ahead.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        let lag = ahead.now.microseconds - 90_000_000
        let behind = try SQLiteEventLog.open(at: store.path, clock: { Timestamp(microseconds: lag) })
        try behind.appendNotes(1, to: "note-1")

        let recorded = try store.log.events().map(\.recordedAt)
        #expect(recorded == [ahead.now, ahead.now])
    }

    @Test func aClockFarBehindTheLogIsRefusedInsteadOfFreezingTime() throws {
        let future = ManualClock(Timestamp(microseconds: 4_070_908_800_000_000))   // 2099-01-01
        let store = try TemporaryStore(clock: future.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        let today = try SQLiteEventLog.open(at: store.path, clock: { Timestamp(microseconds: 1_764_633_600_000_000) })
        #expect {
            try today.appendNotes(1, to: "note-1")
        } throws: { error in
            guard case .clockBehind(_, let reading, let last)? = error as? EventLogError else { return false }
            return last == future.now && reading.microseconds == 1_764_633_600_000_000
        }
        #expect(try store.log.events().count == 1)
    }

    @Test func effectiveTimeDefaultsToTheClockNotTheHeldRecordedTime() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")
        clock.advance(microseconds: -60_000_000)
        try store.log.appendNotes(1, to: "note-1")
        let second = try #require(try store.log.events().last)
        #expect(second.effectiveAt == clock.now && second.recordedAt.microseconds == clock.now.microseconds + 60_000_000)
    }

    @Test func timesAreStoredAsUTCMicroseconds() throws {
        let clock = ManualClock(Timestamp(microseconds: 1_735_689_600_000_001))
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        try store.log.appendNotes(1, to: "note-1")

        let row = try #require(try store.rawConnection().read { db in
            try Row.fetchOne(db, sql: "SELECT recorded_at, typeof(recorded_at) AS kind FROM events")
        })
        #expect(row["recorded_at"] == 1_735_689_600_000_001 as Int64)
        #expect(row["kind"] == "integer")
        let view = try store.rawConnection().read { db in
            try String.fetchOne(db, sql: "SELECT recorded_at FROM event_log")
        }
        #expect(view == "2025-01-01T00:00:00.000Z")
        #expect(try store.log.events().first?.recordedAt.iso8601 == "2025-01-01T00:00:00.000001Z")
    }

    @Test func effectiveAtDefaultsToRecordedAt() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        let backdated = Timestamp(microseconds: 1_600_000_000_000_000)
        try store.log.append(
            [note(), NewEvent(eventType: "note.written", data: "{}", effectiveAt: backdated)],
            to: "note-1", expected: .any, metadata: testMetadata)

        let events = try store.log.events()
        #expect(events[0].effectiveAt == clock.now)
        #expect(events[0].effectiveAt == events[0].recordedAt)
        #expect(events[1].effectiveAt == backdated)
        #expect(events[1].recordedAt == clock.now)
    }

    @Test func oneAppendSharesOneRecordedTime() throws {
        let clock = ManualClock()
        let store = try TemporaryStore(clock: clock.closure)
        defer { store.remove() }
        try store.log.append([note(), note(), note()], to: "note-1", expected: .any, metadata: testMetadata)
        #expect(Set(try store.log.events().map(\.recordedAt)) == [clock.now])
    }
}
