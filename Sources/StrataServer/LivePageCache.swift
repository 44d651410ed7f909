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
    /// Timelines being read off the actor, by the as-of text and the position they answer.
    private var reading: [TimelineKey: Task<Result<LiveTimeline, AppError>, Never>] = [:]
    private var clock: UInt64 = 0

    struct TimelineKey: Hashable {
        var asOf: String
        var position: Int64
    }

    /// The pages whose content moves with the valid time through the slider's timeline.
    private static let movingWithValidTime: Set<String> = ["", "index.html", "moving.html", "log", "audit"]

    /// The page at `path` at `moment`, rendered now unless it is kept; nil when there is no such page.
    ///
    /// A front page at a moment with no valid time starts reading the slider's timeline in the
    /// background, off the actor, since its reader is likely to move the slider next; a page at a
    /// valid time waits for that read (or starts it) without holding up other pages.
    func page(_ path: String, at moment: LiveMoment, of store: StrataStore) async throws(AppError) -> LivePage? {
        if let asset = LiveSite.asset(path) { return asset }
        let position = try store.livePosition(asOf: moment.asOf)
        let key = PageKey(path: path, moment: moment, position: position)
        clock += 1
        if let kept = pages[key] {
            pages[key]?.used = clock
            return kept.page
        }
        let knowledge = try readModels(LiveMoment(asOf: moment.asOf), position: position, of: store)
        let moving = !moment.validAt.isEmpty && Self.movingWithValidTime.contains(path)
        let read = moving ? try await timeline(of: knowledge, asOf: moment.asOf, of: store) : nil
        let page = try store.livePage(path, at: moment, knowledge: knowledge, timeline: { () throws(AppError) in
            if let read { return read }
            return try store.liveTimeline(knowledge)
        })
        guard let page else { return nil }
        keep(page, as: key)
        if moment.validAt.isEmpty, path.isEmpty || path == "index.html" { ahead(knowledge, asOf: moment.asOf, of: store) }
        return page
    }

    /// Starts reading the slider's timeline at the head, so that the first move of a slider on a
    /// just-started server finds it read; a store that cannot be read now is left to the pages.
    func warm(_ store: StrataStore) {
        guard let position = try? store.livePosition(asOf: ""), let knowledge = try? readModels(.head, position: position, of: store) else { return }
        ahead(knowledge, asOf: "", of: store)
    }

    /// Reads the timeline at `knowledge`'s position ahead of a move of the slider, unless one at
    /// the same as-of text is being read already: on a store taking appends, each front page
    /// would otherwise start a read for its own position, and a move starts the one it needs.
    private func ahead(_ knowledge: LiveReadModels, asOf: String, of store: StrataStore) {
        guard kept(asOf: asOf, position: knowledge.position) == nil, !reading.keys.contains(where: { $0.asOf == asOf }) else { return }
        _ = startReading(knowledge, asOf: asOf, of: store)
    }

    /// The slider's timeline at `knowledge`'s position, read once for every valid time.
    private func timeline(of knowledge: LiveReadModels, asOf: String, of store: StrataStore) async throws(AppError) -> LiveTimeline {
        if let kept = kept(asOf: asOf, position: knowledge.position) { return kept }
        let result = await startReading(knowledge, asOf: asOf, of: store).value
        return try result.get()
    }

    private func kept(asOf: String, position: Int64) -> LiveTimeline? {
        timelines.first { $0.asOf == asOf && $0.timeline.position == position }?.timeline
    }

    /// The read of the timeline at `knowledge`'s position, started unless it is under way; kept
    /// when done. Callers look for a kept one first.
    private func startReading(_ knowledge: LiveReadModels, asOf: String, of store: StrataStore) -> Task<Result<LiveTimeline, AppError>, Never> {
        let key = TimelineKey(asOf: asOf, position: knowledge.position)
        if let task = reading[key] { return task }
        let task = Task.detached(priority: .utility) { () -> Result<LiveTimeline, AppError> in
            do throws(AppError) { return .success(try store.liveTimeline(knowledge)) } catch { return .failure(error) }
        }
        reading[key] = task
        Task { await settle(key, task) }
        return task
    }

    private func settle(_ key: TimelineKey, _ task: Task<Result<LiveTimeline, AppError>, Never>) async {
        let result = await task.value
        reading[key] = nil
        guard case .success(let read) = result else { return }
        timelines = [(key.asOf, read)] + timelines.filter { $0.asOf != key.asOf }.prefix(Self.modelsKept - 1)
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
