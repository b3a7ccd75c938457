import Benchmark
import BenchmarkSupport
import SanctionsLists

// Loading and parsing official list files with `ListLoader.load(paths:)`: reading the file,
// unpacking zip/xlsx/gzip containers, parsing XML or CSV, and mapping records to entities.
//
// One benchmark per format the loader reads, each on a real file from the shared lists
// folder, plus the whole folder at once (every file, parsed in parallel on two threads, then
// merged). One iteration loads once, so the throughput is loads per second (omitted when below
// one); entities per second are recorded too. The peak resident memory is that of the whole
// benchmark process during the measurement.

let benchmarks: @Sendable () -> Void = {
  let perLoad = Benchmark.Configuration(
    metrics: standardMetrics + [RateMetric.entitiesPerSecond], maxDuration: .seconds(4), maxIterations: 20)

  for format in SharedLists.formats {
    /// Loads one list file of this format.
    Benchmark("Load \(format.label) (\(format.relative))", configuration: perLoad) { benchmark, path in
      try load([path], benchmark)
    } setup: {
      try SharedLists.path(format.relative)
    }
  }

  /// Loads every list file under the shared lists folder in one call.
  Benchmark("Load every list (whole folder)", configuration: perLoad) { benchmark, path in
    try load([path], benchmark)
  } setup: {
    try SharedLists.directory()
  }
}

/// Loads the paths, records the entities per second and checks that there were some.
@inline(never)
func load(_ paths: [String], _ benchmark: Benchmark) throws {
  let loaded = try benchmark.measureRate(RateMetric.entitiesPerSecond) {
    let loaded = try ListLoader.load(paths: paths)
    return (loaded, loaded.entities.count)
  }
  if loaded.entities.isEmpty { benchmark.error("\(paths) yielded no entities") }
  blackHole(loaded)
}
