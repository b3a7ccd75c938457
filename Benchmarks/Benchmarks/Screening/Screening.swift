import Benchmark
import BenchmarkSupport
import Dispatch
import SanctionsLists
import SanctionsMatching
import SanctionsScreening

// Screening queries with `Screener.screen(_:)` over real lists, with the index built in the
// setup: the candidate look-up, the scoring of each candidate, the
// per-entity ranking and the attribute adjustments.
//
// Two list selections: UN + OFAC SDN, and every list file of the shared lists folder.
// - One query that matches (`Usama bin Ladin`) and one that matches nothing: the latency of
//   a single look-up, one query per iteration.
// - A batch of 1,000 mixed queries (`scalingFactor: .kilo`, so figures are per query and the
//   throughput is queries per second): 30 % listed names typed differently (typos,
//   reordering, dropped middle names, upper case), 70 % generated ordinary names of many
//   cultures; screened on one thread, and split over two threads. The built-in throughput
//   is rounded to thousands there, so queries per second are also recorded exactly.

/// A screener and the queries to run against it.
struct ScreeningSetup {
  let screener: Screener
  let queries: [ScreeningQuery]
}

let benchmarks: @Sendable () -> Void = {
  let perQuery = Benchmark.Configuration(metrics: standardMetrics, maxDuration: .seconds(3), maxIterations: 20_000)
  let perBatch = Benchmark.Configuration(
    metrics: standardMetrics + [RateMetric.queriesPerSecond], scalingFactor: .kilo, maxDuration: .seconds(8), maxIterations: 20)

  let hit = ScreeningQuery(name: "Usama bin Ladin", kind: .person)
  let noHit = ScreeningQuery(name: "Harriet Lindqvist", kind: .person)

  for corpus in ListCorpus.allCases {
    /// One query that matches a listed person.
    Benchmark("Screen one name, hit (\(hit.name)): \(corpus.rawValue)", configuration: perQuery) { _, setup in
      blackHole(try setup.screener.screen(setup.queries[0]))
    } setup: {
      let screener = try buildScreener(corpus)
      guard try !screener.screen(hit).isEmpty else { throw SetupFailure("\(hit.name) no longer matches") }
      return ScreeningSetup(screener: screener, queries: [hit])
    }

    /// One ordinary name that matches nothing.
    Benchmark("Screen one name, no hit (\(noHit.name)): \(corpus.rawValue)", configuration: perQuery) { _, setup in
      blackHole(try setup.screener.screen(setup.queries[0]))
    } setup: {
      let screener = try buildScreener(corpus)
      let matches = try screener.screen(noHit)
      guard matches.isEmpty else {
        throw SetupFailure("\(noHit.name) unexpectedly matches \(matches.map(\.matchedName)); choose another name")
      }
      return ScreeningSetup(screener: screener, queries: [noHit])
    }

    /// 1,000 mixed queries, one after the other on one thread.
    Benchmark("Screen 1,000 mixed queries, 1 thread: \(corpus.rawValue)", configuration: perBatch) { benchmark, setup in
      try benchmark.measureRate(RateMetric.queriesPerSecond) {
        for query in setup.queries {
          blackHole(try setup.screener.screen(query))
        }
        return ((), setup.queries.count)
      }
    } setup: {
      try batchSetup(corpus)
    }

    /// The same 1,000 queries split over two threads (the machine's cores).
    Benchmark("Screen 1,000 mixed queries, 2 threads: \(corpus.rawValue)", configuration: perBatch) { benchmark, setup in
      let screener = setup.screener
      let queries = setup.queries
      benchmark.measureRate(RateMetric.queriesPerSecond) {
        DispatchQueue.concurrentPerform(iterations: 2) { worker in
          for index in stride(from: worker, to: queries.count, by: 2) {
            blackHole(try? screener.screen(queries[index]))
          }
        }
        return ((), queries.count)
      }
    } setup: {
      try batchSetup(corpus)
    }
  }
}

/// Loads the lists and builds the index.
func buildScreener(_ corpus: ListCorpus) throws -> Screener {
  Screener(entities: try ListLoader.load(paths: try corpus.paths()).entities)
}

/// The index and 1,000 mixed queries (30 % mutated listed names), checked to screen.
func batchSetup(_ corpus: ListCorpus) throws -> ScreeningSetup {
  let entities = try ListLoader.load(paths: try corpus.paths()).entities
  let screener = Screener(entities: entities)
  let queries = QuerySet.mixed(count: 1_000, from: entities, listedShare: 0.3, seed: 0x5C4E_E001)
  for query in queries {
    do {
      _ = try screener.screen(query)
    } catch {
      throw SetupFailure("query \"\(query.name)\" cannot be screened: \(error)")
    }
  }
  return ScreeningSetup(screener: screener, queries: queries)
}
