import ArgumentParser
import SanctionsSupport

/// `--workers N`: how many threads a batch uses.
struct WorkerOptions: ParsableArguments {
  @Option(help: "Threads for batches (default: the processors this process may use). Results do not depend on it.")
  var workers: Int?

  func validate() throws {
    if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
  }

  /// The number of threads to use.
  var count: Int { workers ?? ProcessInfoLite.activeProcessorCount }
}
