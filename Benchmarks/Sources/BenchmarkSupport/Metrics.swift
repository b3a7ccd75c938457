public import Benchmark

/// The metrics every benchmark reports: wall-clock percentiles, throughput, mallocs and the
/// process's peak resident memory.
public let standardMetrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident]

/// Why a benchmark's setup cannot proceed (the message is shown in the results).
public struct SetupFailure: Error, CustomStringConvertible {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}

/// Rates for work that takes long enough that the built-in throughput (iterations per
/// second, an integer) would round to zero or one.
public enum RateMetric {
  /// List entities loaded per second.
  public static let entitiesPerSecond = BenchmarkMetric.custom(
    "Entities loaded per second", polarity: .prefersLarger, useScalingFactor: false)
  /// Names indexed per second.
  public static let namesPerSecond = BenchmarkMetric.custom(
    "Names indexed per second", polarity: .prefersLarger, useScalingFactor: false)
  /// Queries screened per second.
  public static let queriesPerSecond = BenchmarkMetric.custom(
    "Queries per second", polarity: .prefersLarger, useScalingFactor: false)
}

extension Benchmark {
  /// Runs `work`, which processes the number of items it returns, and records the rate.
  public func measureRate<Result>(_ metric: BenchmarkMetric, _ work: () throws -> (Result, items: Int)) rethrows -> Result {
    let start = ContinuousClock.now
    let (result, items) = try work()
    let seconds = (ContinuousClock.now - start) / .seconds(1)
    measurement(metric, seconds > 0 ? Int((Double(items) / seconds).rounded()) : 0)
    return result
  }
}
