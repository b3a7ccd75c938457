import SanctionsSupport

/// What one input line of a batch gives: its output text, and a diagnostic
/// for standard error when the line could not be processed.
struct BatchLineResult: Sendable {
  var text: String
  /// The whole diagnostic line (with its newline); nil when the line succeeded.
  var diagnostic: String?

  static func success(_ text: String) -> BatchLineResult { BatchLineResult(text: text, diagnostic: nil) }
}

/// Runs a per-line transformation over standard input in parallel chunks,
/// writing results and diagnostics in input order (whatever the number of
/// workers, the output is the same bytes).
enum BatchProcessing {
  /// Lines per chunk; each chunk is split across the available cores.
  static let chunkSize = 4096

  /// Reads every line of standard input, transforms each with `transform`
  /// (which may run on any thread, on at most `workers` at once), and appends
  /// results to `output` and diagnostics to standard error, in input order.
  /// Returns the number of lines whose transformation reported failure.
  static func run(
    output: inout OutputBuffer, workers maximumWorkers: Int = ProcessInfoLite.activeProcessorCount,
    transform: @Sendable (_ line: ArraySlice<UInt8>, _ lineNumber: Int) -> BatchLineResult
  ) throws(LineReaderError) -> Int {
    var reader = LineReader()
    var failures = 0
    var lines: [ArraySlice<UInt8>] = []
    var firstLineNumber = 1
    lines.reserveCapacity(chunkSize)
    func process() {
      guard !lines.isEmpty else { return }
      let count = lines.count
      let results = UnsafeMutableBufferPointer<BatchLineResult>.allocate(capacity: count)
      results.initialize(repeating: .success(""))
      defer { results.deinitialize(); results.deallocate() }
      let workers = max(1, min(maximumWorkers, count / 64))
      let input = lines
      let base = firstLineNumber
      nonisolated(unsafe) let shared = results
      ParallelLoop.forEach(count: count, workers: workers) { index in
        shared[index] = transform(input[index], base + index)
      }
      for result in results {
        output.append(result.text)
        if let diagnostic = result.diagnostic {
          failures += 1
          StandardStreams.writeError(diagnostic)
        }
      }
      firstLineNumber += count
      lines.removeAll(keepingCapacity: true)
    }
    while let line = try reader.next() {
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
        // Blank lines are skipped but still counted for line numbers.
        process()
        firstLineNumber += 1
        continue
      }
      lines.append(line)
      if lines.count >= chunkSize { process() }
    }
    process()
    return failures
  }
}
