import Foundation
import Testing
import Strata

@Suite("Measurements")
struct MeasurementTests {
    @Test func bottlenecksFollowTheMetricsDirection() {
        #expect(Bottleneck.misses(.latencyP99Ms, value: 180, target: 50))
        #expect(!Bottleneck.misses(.latencyP99Ms, value: 50, target: 50))
        #expect(Bottleneck.misses(.cacheHitRatio, value: 0.6, target: 0.9))
        #expect(!Bottleneck.misses(.cacheHitRatio, value: 0.95, target: 0.9))
        #expect(Bottleneck.misses(.readsPerSecond, value: 400, target: 1000))
    }

    @Test func aMeasurementMissingTheWorkloadsTargetIsABottleneck() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        let slow = try f.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .production), about: "W-1", f.by())
        #expect(slow.subject.shortID == "M-1" && slow.eventTypes == ["measurement.recorded"])
        #expect(slow.notes.first?.contains("above target 50 ms") == true)
        let fast = try f.measurements.record(.init(metric: .latencyP99Ms, value: 20, source: .benchmark), about: "W-1", f.by())
        #expect(fast.notes.isEmpty)
        let throughput = try f.measurements.record(.init(metric: .readsPerSecond, value: 300, source: .loadTest), about: "W-1", f.by())
        #expect(throughput.notes.first?.contains("below target 1000") == true)
        let own = try f.measurements.record(.init(metric: .cacheHitRatio, value: 0.5, source: .production, target: 0.9), about: "W-1", f.by())
        #expect(own.notes.first?.contains("own target") == true)
    }

    @Test func observedTimeIsTheValidTime() throws {
        let f = try DomainFixture().seeded(effective: Timestamp(parsing: "2024-01-01")); defer { f.remove() }
        let when = try #require(Timestamp(parsing: "2024-03-01"))
        try f.measurements.record(.init(metric: .cpuPercent, value: 91, source: .production), about: "W-1", f.by(effective: when))
        #expect(try f.log.events(EventQuery(eventType: "measurement.recorded")).first?.effectiveAt == when)
    }

    @Test func impossibleFiguresAreRefused() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        #expect(try f.refuses(containing: "expected 'ms'") {
            try f.measurements.record(.init(metric: .latencyP99Ms, value: 1, unit: "s", source: .benchmark), about: "W-1", f.by())
        })
        #expect(try f.refuses(containing: "out of range") {
            try f.measurements.record(.init(metric: .cpuPercent, value: 130, source: .benchmark), about: "W-1", f.by())
        })
        #expect(try f.refuses(containing: "finite number") {
            try f.measurements.record(.init(metric: .connections, value: -1, source: .benchmark), about: "W-1", f.by())
        })
        #expect(try f.refuses(containing: "in the future") {
            try f.measurements.record(.init(metric: .connections, value: 1, source: .benchmark), about: "W-1",
                                      f.by(effective: Timestamp(microseconds: Timestamp.now().microseconds + 86_400_000_000)))
        })
        #expect(try f.expectRefusal(.notFound(.workload, "W-7")) {
            try f.measurements.record(.init(metric: .connections, value: 1, source: .benchmark), about: "W-7", f.by())
        })
        try f.workloads.retire("W-1", f.by())
        #expect(try f.expectRefusal(.retired(subject: "W-1", action: "measured")) {
            try f.measurements.record(.init(metric: .connections, value: 1, source: .benchmark), about: "W-1", f.by())
        })
    }

    @Test func retractionNeedsAReasonAndHappensOnce() throws {
        let f = try DomainFixture().seeded(); defer { f.remove() }
        try f.measurements.record(.init(metric: .latencyP99Ms, value: 180, source: .benchmark), about: "W-1", f.by())
        #expect(try f.expectRefusal(.reasonRequired(subject: "M-1", action: "retracting")) { try f.measurements.retract("M-1", reason: " ", f.by()) })
        let change = try f.measurements.retract("M-1", reason: "debug build", f.by())
        #expect(change.eventTypes == ["measurement.retracted"])
        #expect(try f.refuses(containing: "already retracted") { try f.measurements.retract("M-1", reason: "again", f.by()) })
    }
}
