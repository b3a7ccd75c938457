import Benchmark
import BenchmarkSupport
import Foundation
import SanctionsLists
import SanctionsScreening

// Building the screening index from loaded lists, and loading a persisted index.
//
// - `Screener(entities:)`: every name of every entity is normalized and prepared for
//   scoring (on every core), then the unit index is built. The lists
//   are loaded in the setup, outside the measurement; after the warm-up build the engine's
//   romanization cache is warm, as in a long-running process.
// - `IndexStore.loadOrBuild(listPaths:store:)` reading an index saved by the setup in a
//   temporary folder: what one `sanctions screen` invocation does before its first query
//   (map the file, check it, decode the distinct units; no list parsing, no name
//   preparation). Each iteration checks the index came from the store (not rebuilt).
//
// Names per second are recorded as a custom metric (the built-in throughput counts
// iterations per second and is omitted below one). The resident memory is sampled during the
// measurement and includes what the setup left resident (loaded lists, freed heap that the
// allocator kept).

let benchmarks: @Sendable () -> Void = {
  let perBuild = Benchmark.Configuration(
    metrics: standardMetrics + [RateMetric.namesPerSecond], maxDuration: .seconds(8), maxIterations: 10)

  for corpus in ListCorpus.allCases {
    /// Builds the index over already-loaded entities.
    Benchmark("Build index: \(corpus.rawValue)", configuration: perBuild) { benchmark, entities in
      let screener = benchmark.measureRate(RateMetric.namesPerSecond) {
        let screener = Screener(entities: entities)
        return (screener, screener.nameCount)
      }
      blackHole(screener)
    } setup: {
      try ListLoader.load(paths: try corpus.paths()).entities
    }
  }

  for corpus in ListCorpus.allCases {
    do {
      let label = corpus.rawValue
      let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("sanctions-benchmarks-\(ProcessInfo.processInfo.processIdentifier)-\(corpus)")
        .path

      /// Loads the index that the setup saved in a temporary folder.
      Benchmark("Load saved index: \(label)", configuration: perBuild) { benchmark, paths in
        let result = try benchmark.measureRate(RateMetric.namesPerSecond) {
          let result = try IndexStore.loadOrBuild(listPaths: paths, store: IndexStore(directory: directory))
          return (result, result.screener.nameCount)
        }
        if result.rebuilt { benchmark.error("the saved index was not used: \(result.warnings)") }
        blackHole(result.screener.nameCount)
      } setup: {
        let paths = try corpus.paths()
        let first = try IndexStore.loadOrBuild(listPaths: paths, store: IndexStore(directory: directory))
        guard first.rebuilt else { throw SetupFailure("\(directory) already held an index") }
        let second = try IndexStore.loadOrBuild(listPaths: paths, store: IndexStore(directory: directory))
        guard !second.rebuilt else { throw SetupFailure("the index saved in \(directory) cannot be read back") }
        return paths
      } teardown: {
        try? FileManager.default.removeItem(atPath: directory)
      }
    }
  }
}
