import Foundation
import StrataApp

/// The served pages rendered lately, by page, moment and the log position it answers, and the
/// read models and slider timelines of the last few moments, so pages at one moment share one
/// read of the log.
///
/// Both are bounded: a page is rendered when first asked for at a moment, and the least recently
/// used go first once the pages pass ``pageBytesKept`` or the moments ``modelsKept``. A moment
/// such as a date still takes in events recorded since, up to that date, so every lookup checks
/// the position the moment answers now; an entry for an older position is never served.
actor LivePageCache {
    struct PageKey: Hashable {
        var path: String
        var moment: LiveMoment
        var position: Int64
    }

    struct ModelsKey: Hashable {
        var moment: LiveMoment
        var position: Int64
    }

    static let pageBytesKept = 64 << 20
    static let modelsKept = 3

    private var pages: [PageKey: (page: LivePage, used: UInt64)] = [:]
    private var pageBytes = 0
    private var models: [(key: ModelsKey, models: LiveReadModels)] = []
    private var timelines: [(asOf: String, timeline: LiveTimeline)] = []
    private var clock: UInt64 = 0

    /// The page at `path` at `moment`, rendered now unless it is kept; nil when there is no such page.
    func page(_ path: String, at moment: LiveMoment, of store: StrataStore) throws(AppError) -> LivePage? {
        let position = try store.livePosition(asOf: moment.asOf)
        let key = PageKey(path: path, moment: moment, position: position)
        clock += 1
        if let kept = pages[key] {
            pages[key]?.used = clock
            return kept.page
        }
        let knowledge = try readModels(LiveMoment(asOf: moment.asOf), position: position, of: store)
        let page = try store.livePage(
            path, at: moment, knowledge: knowledge,
            timeline: { () throws(AppError) in try timeline(of: knowledge, asOf: moment.asOf, of: store) })
        guard let page else { return nil }
        keep(page, as: key)
        return page
    }

    /// The slider's timeline at `knowledge`'s position, read once for every valid time.
    private func timeline(of knowledge: LiveReadModels, asOf: String, of store: StrataStore) throws(AppError) -> LiveTimeline {
        if let kept = timelines.first(where: { $0.asOf == asOf && $0.timeline.position == knowledge.position }) { return kept.timeline }
        let read = try store.liveTimeline(knowledge)
        timelines = [(asOf, read)] + timelines.filter { $0.asOf != asOf }.prefix(Self.modelsKept - 1)
        return read
    }

    private func readModels(_ moment: LiveMoment, position: Int64, of store: StrataStore) throws(AppError) -> LiveReadModels {
        let key = ModelsKey(moment: moment, position: position)
        if let index = models.firstIndex(where: { $0.key == key }) {
            let kept = models.remove(at: index)
            models.insert(kept, at: 0)
            return kept.models
        }
        let built = try store.liveReadModels(at: moment)
        models.insert((key, built), at: 0)
        if models.count > Self.modelsKept { models.removeLast(models.count - Self.modelsKept) }
        return built
    }

    private func keep(_ page: LivePage, as key: PageKey) {
        pages[key] = (page, clock)
        pageBytes += page.body.utf8.count
        while pageBytes > Self.pageBytesKept, let oldest = pages.min(by: { $0.value.used < $1.value.used }) {
            pages[oldest.key] = nil
            pageBytes -= oldest.value.page.body.utf8.count
        }
    }
}
