/// Indexes each subject's bottleneck measurements, so counting them per subject (the served
/// front page's list of measured workloads and stores) reads that index alone instead of every
/// measurement row: most of a monitored store's rows, and a sixth of the page's time before.
///
/// A partial index: it holds only the rows marked as bottlenecks. The rebuild that drops the
/// measurement indexes before a full refold (`DeferredIndexes`) drops and restores it too.
enum V8_IndexBottlenecks {
    static let migration = Migration(version: 8, name: "v8-index-bottlenecks", sql: """
        CREATE INDEX rm_measurements_bottlenecks ON rm_measurements (subject_id, is_bottleneck) WHERE is_bottleneck = 1;
        """)
}
