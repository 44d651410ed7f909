// swift-tools-version:6.0
import PackageDescription

/// The archives a statically linked Foundation needs on Linux, grouped so their order never matters.
let staticFoundation = ["--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization",
                        "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization",
                        "-lswift_Concurrency", "-lswift_StringProcessing", "-lswift_RegexParser", "-lswiftDispatch", "-lswiftGlibc",
                        "--end-group"].flatMap { ["-Xlinker", $0] }

/// Strata: a decision log for data architecture.
///
/// Dependency direction (never reversed): faces (`strata`) → StrataApp → Projections → Strata,
/// Advisor → Migrations → GRDB. The advisory and interop targets are pure and know nothing about
/// the log; only StrataApp joins them, and only the faces and tools depend on StrataApp.
/// StrataJSON, the one JSON parser, writer and `Codable` configuration, depends on nothing.
let package = Package(
    name: "Strata",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Strata", targets: ["StrataApp"]),
        .executable(name: "strata", targets: ["StrataCLI"]),
        .executable(name: "strata-mcp", targets: ["StrataMCP"]),
        .executable(name: "strata-server", targets: ["StrataServer"]),
        .executable(name: "strata-team", targets: ["StrataTeam"]),
        .executable(name: "strata-bench", targets: ["StrataBench"]),
        .executable(name: "strata-reliability", targets: ["StrataReliability"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/modelcontextprotocol/swift-sdk", from: "0.12.1"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.37.6"),
    ],
    targets: [
        .target(
            name: "StrataMigrations",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift")],
            path: "Migrations"),
        .target(name: "StrataJSON", path: "Sources/StrataJSON"),
        .target(name: "StrataProfile", dependencies: ["StrataJSON"], path: "Sources/StrataProfile"),
        .target(name: "StrataAdvisor", dependencies: ["StrataProfile", "StrataJSON"], path: "Sources/StrataAdvisor"),
        .target(
            name: "StrataInterop",
            dependencies: ["StrataJSON", .product(name: "Yams", package: "Yams")],
            path: "Sources/StrataInterop"),
        .target(
            name: "Strata",
            dependencies: [
                "StrataMigrations",
                "StrataProfile",
                "StrataJSON",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            path: "Sources/Strata"),
        .target(
            name: "StrataProjections",
            dependencies: [
                "Strata", "StrataAdvisor", "StrataProfile", "StrataJSON", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Projections"),
        .target(
            name: "StrataApp",
            dependencies: [
                "Strata", "StrataProjections", "StrataAdvisor", "StrataInterop", "StrataProfile", "StrataJSON",
                .product(name: "Crypto", package: "swift-crypto"),
                // Markdown of ADR text, always through SafeMarkdown, which rebuilds what Ink passes through.
                .product(name: "Ink", package: "Ink"),
            ],
            path: "Sources/StrataApp"),
        .executableTarget(
            name: "StrataCLI",
            dependencies: ["StrataApp", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "cli",
            // A release `strata` carries the Swift runtime and Foundation inside it: it starts in
            // 7 ms instead of 18 (no dynamic symbol binding) and runs on a machine without Swift.
            // lld packs its 107,000 relative relocations (DT_RELR), which the loader applies in a
            // tight loop: half a million fewer instructions on every start.
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"] + staticFoundation, .when(platforms: [.linux], configuration: .release))]),
        // The MCP face: its own executable, so the SDK never weighs on `strata`'s start-up.
        .executableTarget(
            name: "StrataMCP",
            dependencies: ["StrataApp", .product(name: "MCP", package: "swift-sdk"), .product(name: "Logging", package: "swift-log")],
            path: "Sources/StrataMCP"),
        // The HTTP face: its own executable, so Hummingbird and NIO never weigh on `strata`'s
        // start-up; `strata serve` execs it. TLS (NIOSSL) and metrics (swift-metrics with a
        // Prometheus exporter) are linked here only, never into `strata`.
        .executableTarget(
            name: "StrataServer",
            dependencies: [
                "StrataApp", .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdTLS", package: "hummingbird"), .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Metrics", package: "swift-metrics"), .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            path: "Sources/StrataServer"),
        // The team store's log on PostgreSQL: a library of its own, so NIO never loads in a
        // `strata` that works on a file.
        .target(
            name: "StrataPostgres",
            dependencies: ["Strata", "StrataMigrations", "StrataJSON", .product(name: "PostgresNIO", package: "postgres-nio"), .product(name: "Logging", package: "swift-log")],
            path: "Sources/StrataPostgres"),
        // The team store's companion: `strata` starts it for a postgres:// store and talks to it
        // over a pipe, so the network stack stays out of the command-line tool.
        .executableTarget(
            name: "StrataTeam",
            dependencies: ["Strata", "StrataPostgres"],
            path: "Sources/StrataTeam"),
        .executableTarget(
            name: "StrataBench",
            dependencies: [
                "StrataApp", "Strata", "StrataProjections", "StrataJSON", "StrataPostgres",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            path: "Sources/StrataBench"),
        .executableTarget(
            name: "StrataReliability",
            dependencies: [
                "StrataApp", "Strata", "StrataProjections", "StrataProfile", "StrataInterop", "StrataJSON",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/StrataReliability"),
        .target(name: "StrataTestSupport", path: "Tests/StrataTestSupport"),
        .testTarget(
            name: "StrataTests",
            dependencies: ["Strata", "StrataMigrations", "StrataJSON", "StrataTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/StrataTests"),
        // The event-log contract, run against SQLite and a throwaway PostgreSQL cluster.
        .testTarget(
            name: "StrataPostgresTests",
            dependencies: [
                "StrataPostgres", "Strata", "StrataTestSupport", "StrataTeam", "StrataCLI", "StrataReliability",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Tests/StrataPostgresTests"),
        .testTarget(name: "StrataJSONTests", dependencies: ["StrataJSON"], path: "Tests/StrataJSONTests"),
        .testTarget(
            name: "StrataProjectionsTests",
            dependencies: ["StrataProjections", "Strata", "StrataProfile", "StrataTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/StrataProjectionsTests"),
        .testTarget(name: "StrataProfileTests", dependencies: ["StrataProfile"], path: "Tests/StrataProfileTests"),
        .testTarget(
            name: "StrataAdvisorTests", dependencies: ["StrataAdvisor", "StrataProfile"],
            path: "Tests/StrataAdvisorTests"),
        .testTarget(name: "StrataInteropTests", dependencies: ["StrataInterop", "StrataTestSupport"], path: "Tests/StrataInteropTests"),
        .testTarget(
            name: "StrataAppTests",
            dependencies: ["StrataApp", "StrataCLI", "StrataTestSupport"],
            path: "Tests/StrataAppTests"),
        // Runs the built `strata-mcp` (and `strata`) as subprocesses under the Python MCP client;
        // depending on both executables makes `swift test` build them first.
        .testTarget(
            name: "StrataMCPTests",
            dependencies: ["StrataMCP", "StrataCLI", "StrataTestSupport"],
            path: "Tests/StrataMCPTests",
            exclude: ["mcp_client_check.py", "readme_conversation.py"]),
        // Starts the built `strata-server` (and `strata serve`) on a loopback port and drives it with curl.
        .testTarget(
            name: "StrataServerTests",
            dependencies: ["StrataServer", "StrataCLI", "StrataTestSupport"],
            path: "Tests/StrataServerTests",
            exclude: ["web_ui_check.py", "web_log_window_check.py"]),
        .testTarget(
            name: "StrataCLITests",
            dependencies: ["StrataCLI", "Strata", "StrataJSON", "StrataTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            path: "Tests/StrataCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
