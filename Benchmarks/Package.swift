// swift-tools-version: 6.1
//
// Benchmarks of the sanctions screening engine (package-benchmark).
//
// This is a separate package nested in the repository so that the root package's
// `swift build` / `swift test` never resolve or build the benchmark dependencies.
// Run every benchmark from this folder with:
//
//   swift package benchmark
//
// and one suite with `swift package benchmark --target Scale` (see README.md beside this file).

import PackageDescription

let strictSwift: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
]

/// The benchmark suites: each is `Benchmarks/<Name>/<Name>.swift`, run by `BenchmarkPlugin`.
let suites: [(name: String, engineModules: [String])] = [
  ("Normalization", ["SanctionsNormalization", "SanctionsLists"]),
  ("Matching", ["SanctionsMatching", "SanctionsLists"]),
  ("ListLoading", ["SanctionsLists"]),
  ("IndexBuilding", ["SanctionsScreening", "SanctionsLists"]),
  ("Screening", ["SanctionsScreening", "SanctionsLists", "SanctionsMatching"]),
  ("Scale", ["SanctionsScreening", "SanctionsLists", "SanctionsMatching"]),
]

let package = Package(
  name: "SanctionsBenchmarks",
  platforms: [.macOS(.v15)],
  dependencies: [
    // The engine itself (the repository root). The explicit name keeps product references
    // independent of the folder the repository was cloned into.
    .package(name: "sanctions", path: ".."),
    // The MallocInterposer trait replaces the default jemalloc-based malloc statistics.
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    /// Shared by the suites: list file paths, a seeded name generator, query mutations, metrics.
    .target(
      name: "BenchmarkSupport",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "SanctionsLists", package: "sanctions"),
        .product(name: "SanctionsMatching", package: "sanctions"),
        .product(name: "SanctionsScreening", package: "sanctions"),
      ],
      path: "Sources/BenchmarkSupport",
      swiftSettings: strictSwift
    ),
    /// Writes distinct synthetic query names as JSON lines (`swift run -c release GenerateNames --help`).
    .executableTarget(
      name: "GenerateNames",
      dependencies: ["BenchmarkSupport"],
      path: "Sources/GenerateNames",
      swiftSettings: strictSwift
    ),
  ]
    + suites.map { suite in
      .executableTarget(
        name: suite.name,
        dependencies: [
          "BenchmarkSupport",
          .product(name: "Benchmark", package: "benchmark"),
        ] + suite.engineModules.map { .product(name: $0, package: "sanctions") },
        path: "Benchmarks/\(suite.name)",
        swiftSettings: strictSwift,
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
      )
    }
)
