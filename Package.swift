// swift-tools-version: 6.1
//
// Sanctions screening engine: list ingestion, ICU-based name normalization,
// calibrated name matching, an exact name index and the `sanctions` CLI.
//
// Each pipeline stage is its own module:
//   list files → SanctionsLists → SanctionsNormalization → SanctionsMatching
//   → SanctionsIndex → SanctionsScreening → sanctions (CLI)
// SanctionsSupport holds what several of them share (JSON, UTF-8 validation,
// file system access, parallel loops); it is internal to the package.

import PackageDescription

let strictSwift: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The fuzz targets (`Fuzz/Targets/<name>/<name>.swift`) and the modules each one exercises.
/// `Fuzz/run.sh <name>` builds one with libFuzzer and runs it.
let fuzzTargets: [(name: String, modules: [Target.Dependency])] = [
  ("FuzzListParsers", ["SanctionsLists"]),
  ("FuzzIndexLoader", ["SanctionsScreening", "SanctionsLists"]),
  ("FuzzNormalizer", ["SanctionsNormalization"]),
  ("FuzzMatcher", ["SanctionsMatching"]),
  ("FuzzQueryReaders", ["SanctionsSupport"]),
]

let package = Package(
  name: "sanctions",
  products: [
    .library(name: "SanctionsNormalization", targets: ["SanctionsNormalization"]),
    .library(name: "SanctionsLists", targets: ["SanctionsLists"]),
    .library(name: "SanctionsMatching", targets: ["SanctionsMatching"]),
    .library(name: "SanctionsIndex", targets: ["SanctionsIndex"]),
    .library(name: "SanctionsScreening", targets: ["SanctionsScreening"]),
    /// JSON reading and writing shared with programs built on the engine (the HTTP service).
    .library(name: "SanctionsSupport", targets: ["SanctionsSupport"]),
    .executable(name: "sanctions", targets: ["SanctionsCLI"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // MARK: System libraries and C shims

    /// The system ICU (Debian's libicu-dev). Only `ICUShim` includes its headers.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev"])]
    ),
    /// The system zlib, for gzip files and the deflate members of zip/xlsx containers.
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"])]
    ),
    /// A small C facade over zlib's raw inflate, with plain C types only.
    .target(
      name: "ZlibShim",
      dependencies: ["CZlib"]
    ),
    /// Processor hints (prefetching) for the index's hot loops, as static inline C.
    .target(name: "MemoryHints"),
    /// Fatal-signal handling for the CLI: SIGPIPE ignored; SIGABRT, SIGSEGV
    /// and SIGBUS (out of memory or stack) end with one line and status 2.
    .target(name: "FatalSignals"),
    /// A version-independent C facade over ICU: its public header uses only
    /// `<stdint.h>` types and opaque pointers, so Swift code that also imports
    /// Foundation (which carries its own ICU headers) never sees ICU's headers.
    .target(
      name: "ICUShim",
      dependencies: ["CICU"]
    ),

    // MARK: Pipeline modules

    /// Shared utilities: JSON reading and writing (public, for the HTTP
    /// service); UTF-8 validation, file system access, parallel loops
    /// (package access only).
    .target(
      name: "SanctionsSupport",
      swiftSettings: strictSwift
    ),
    .target(
      name: "SanctionsNormalization",
      dependencies: ["ICUShim"],
      swiftSettings: strictSwift
    ),
    /// Calibrated name-pair scoring with explanations.
    .target(
      name: "SanctionsMatching",
      dependencies: ["SanctionsNormalization", "SanctionsSupport"],
      swiftSettings: strictSwift
    ),
    /// Exact candidate index over prepared list names.
    .target(
      name: "SanctionsIndex",
      dependencies: ["SanctionsMatching", "SanctionsSupport", "MemoryHints"],
      swiftSettings: strictSwift
    ),
    /// Screening: lists + index + matcher, ranked explained matches, persisted index.
    .target(
      name: "SanctionsScreening",
      dependencies: [
        "SanctionsLists", "SanctionsIndex", "SanctionsMatching", "SanctionsNormalization", "SanctionsSupport",
      ],
      swiftSettings: strictSwift
    ),
    /// Official list formats (OFAC, UN, UK, Canada, Australia, US CSL, FtM, custom) into one entity model.
    .target(
      name: "SanctionsLists",
      dependencies: ["ZlibShim", "SanctionsSupport"],
      swiftSettings: strictSwift
    ),

    // MARK: Command-line tool

    .executableTarget(
      name: "SanctionsCLI",
      dependencies: [
        "SanctionsNormalization",
        "SanctionsLists",
        "SanctionsMatching",
        "SanctionsScreening",
        "SanctionsSupport",
        "FatalSignals",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: strictSwift
    ),

    // MARK: Examples

    /// The embedding example of the README: loads lists, screens names,
    /// prints explained matches and one as JSON. It needs nothing but
    /// `SanctionsScreening` (which re-exports the list and matching types).
    .executableTarget(
      name: "ScreeningExample",
      dependencies: ["SanctionsScreening"],
      path: "Examples/ScreeningExample",
      swiftSettings: strictSwift
    ),

    // MARK: Fuzz targets

    /// The replay `main` shared by the fuzz targets (see Fuzz/README.md).
    .target(
      name: "FuzzSupport",
      dependencies: ["SanctionsSupport"],
      path: "Fuzz/Support",
      swiftSettings: strictSwift
    ),
  ]
  + fuzzTargets.map { target in
    /// A libFuzzer target; a plain build replays the files named on its command line.
    .executableTarget(
      name: target.name,
      dependencies: ["FuzzSupport"] + target.modules,
      path: "Fuzz/Targets/\(target.name)",
      swiftSettings: strictSwift
    )
  }
  + [
    // MARK: Tests

    .testTarget(
      name: "SanctionsNormalizationTests",
      dependencies: ["SanctionsNormalization"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsMatchingTests",
      dependencies: ["SanctionsMatching", "SanctionsNormalization", "SanctionsLists"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsScreeningTests",
      dependencies: [
        "SanctionsScreening", "SanctionsLists", "SanctionsMatching", "SanctionsIndex", "SanctionsSupport",
        "SanctionsNormalization",
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsListsTests",
      dependencies: ["SanctionsLists", "SanctionsSupport", "ZlibShim"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsSupportTests",
      dependencies: ["SanctionsSupport"],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsIndexTests",
      dependencies: ["SanctionsIndex", "SanctionsMatching", "SanctionsNormalization", "SanctionsLists", "SanctionsSupport"],
      swiftSettings: strictSwift
    ),
    /// Runs the `sanctions` and `ScreeningExample` binaries (built because
    /// the target depends on them).
    .testTarget(
      name: "SanctionsCLITests",
      dependencies: ["SanctionsCLI", "ScreeningExample", "SanctionsSupport"],
      swiftSettings: strictSwift
    ),
  ]
)
