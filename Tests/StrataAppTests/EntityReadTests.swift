import Foundation
import StrataApp
import Testing

/// `list` and `show` for contexts, workloads, stores and measurements, read at a moment.
@Suite struct EntityReadTests {
    @Test func contextsListWhatTheyOwnAndShowTheirDecisions() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let list = try demo.store.listContexts()
        #expect(list.contexts.map(\.name) == ["storefront", "payments"])
        #expect(list.contexts.last?.stores == ["S-2"])
        let payments = try demo.store.contextDetail("payments")
        #expect(payments.context.id == "C-2")
        #expect(payments.workloads.map(\.id) == ["W-3"])
        #expect(payments.decisions.map(\.id) == ["ADR-2"])
        #expect(try demo.store.listContexts(at: .now, .init(status: "retired")).contexts.isEmpty)
    }

    @Test func workloadShowCarriesProfileStoresAndLatestMeasurements() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let detail = try demo.store.workloadDetail("w-1")
        #expect(detail.profile?.name == "catalog-browse")
        #expect(detail.profile?.accessPatterns.contains(.relational) == true)
        #expect(detail.stores.map(\.id) == ["S-1", "S-3"])
        #expect(detail.latestMeasurements.map(\.id) == ["M-2"], "the latest latency figure, not the bottleneck before it")
        let inPayments = try demo.store.listWorkloads(at: .now, .init(context: "C-2"))
        #expect(inPayments.workloads.map(\.id) == ["W-3"])
    }

    @Test func storeShowHasTopologyDecisionsAndVerdict() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let shop = try demo.store.storeDetail("S-1")
        #expect(shop.topology.readReplicas == 2)
        #expect(shop.changes.map(\.decision) == ["ADR-1", "ADR-4"])
        #expect(shop.changes.first?.change == .adopted)
        #expect(shop.audit?.verdict == .baseline)
        #expect(shop.workloads.map(\.id) == ["W-1", "W-2"])
        let retired = try demo.store.storeDetail("S-5")
        #expect(retired.store.status == .retired && retired.audit == nil)
        let postgres = try demo.store.listStores(at: .now, .init(technology: "PostgreSQL"))
        #expect(postgres.stores.map(\.id) == ["S-1", "S-2"])
    }

    @Test func readsHonourTheMoment() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let firstYear = try demo.store.moment(asOf: "2024-09-30", validAt: nil)
        #expect(try demo.store.listStores(at: firstYear).stores.map(\.technology) == ["postgresql", "postgresql", "redis"])
        let early = try demo.store.moment(asOf: "2024-04-30", validAt: nil)
        #expect(try demo.store.storeDetail("S-1", at: early).topology.readReplicas == 0)
        #expect(try demo.store.listMeasurements(at: early).measurements.map(\.id) == ["M-1"])
    }

    @Test func measurementsListByFilterAndShowOne() throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let cpu = try demo.store.listMeasurements(at: .now, .init(subject: "S-1", metric: "cpu-percent"))
        #expect(cpu.measurements.map(\.id) == ["M-3", "M-4"])
        #expect(cpu.measurements.first?.bottleneck == true)
        let one = try demo.store.measurementDetail("M-1")
        #expect(one.subjectName == "catalog-browse")
        #expect(one.measurement.subject == "W-1" && one.measurement.value == 340)
    }

    @Test(arguments: ["context", "workload", "store", "measurement"])
    func unknownIdsAreNotFoundWithARemedy(kind: String) throws {
        let demo = try DemoStore()
        defer { demo.remove() }
        let error = demo.error { () throws(AppError) -> Any in
            switch kind {
            case "context": try demo.store.contextDetail("C-99")
            case "workload": try demo.store.workloadDetail("W-99")
            case "store": try demo.store.storeDetail("S-99")
            default: try demo.store.measurementDetail("M-99")
            }
        }
        #expect(error?.code == .notFound)
        #expect(error?.subject?.entity?.hasSuffix("-99") == true)
        #expect(error?.remedy == .listKnown(EntityKind(rawValue: kind)!))
    }
}
