// swift-tools-version: 6.2
//
// The screening service: a yente-compatible HTTP API over the sanctions engine, on Hummingbird 2.
//
// This is a separate package nested in the repository (like `Benchmarks/`) so that the root
// package's `swift build` / `swift test`, and programs embedding the engine, never resolve or build
// Hummingbird and SwiftNIO. From this folder:
//
//   swift build -c release --product sanctions-serve
//   .build/release/sanctions-serve --index lists.sidx          # or --lists PATH..., --lists-dir DIR
//   swift test                                                  # in-process route tests
//
// See README.md beside this file.

import PackageDescription

let strictSwift: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
  name: "SanctionsServer",
  platforms: [.macOS(.v15)],
  products: [
    .library(name: "SanctionsServer", targets: ["SanctionsServer"]),
    .executable(name: "sanctions-serve", targets: ["SanctionsServe"]),
  ],
  dependencies: [
    // The engine itself (the repository root). The explicit name keeps product references
    // independent of the folder the repository was cloned into.
    .package(name: "sanctions", path: ".."),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
  ],
  targets: [
    /// Routes, yente request and response mapping, the screener holder with hot reload.
    .target(
      name: "SanctionsServer",
      dependencies: [
        .product(name: "SanctionsScreening", package: "sanctions"),
        .product(name: "SanctionsSupport", package: "sanctions"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
      ],
      swiftSettings: strictSwift
    ),
    /// `sanctions-serve`: command-line options, then runs the service until SIGTERM or SIGINT.
    .executableTarget(
      name: "SanctionsServe",
      dependencies: [
        "SanctionsServer",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        .product(name: "Hummingbird", package: "hummingbird"),
      ],
      swiftSettings: strictSwift
    ),
    .testTarget(
      name: "SanctionsServerTests",
      dependencies: [
        "SanctionsServer",
        .product(name: "SanctionsScreening", package: "sanctions"),
        .product(name: "SanctionsSupport", package: "sanctions"),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ],
      swiftSettings: strictSwift
    ),
  ]
)
