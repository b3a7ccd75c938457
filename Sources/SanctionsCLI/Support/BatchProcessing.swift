import SanctionsSupport

/// What one record of a batch gives: its output text, a diagnostic for
/// standard error when the record could not be processed, whether it
/// alerted, and its audit line.
struct BatchLineResult: Sendable {
  var text: String
  /// The whole diagnostic line (with its newline); nil when the record succeeded.
  var diagnostic: String?
  /// Whether the record's query matched something.
  var alerted = false
  /// The record's line for the audit file (with its newline), if one is kept.
  var audit: String? = nil

  static func success(_ text: String, alerted: Bool = false, audit: String? = nil) -> BatchLineResult {
    BatchLineResult(text: text, diagnostic: nil, alerted: alerted, audit: audit)
  }
}

/// Counts of a finished batch.
struct BatchSummary: Sendable {
  var records = 0
  var alerted = 0
  var failures = 0
}

/// Runs a per-record transformation over a batch in parallel chunks,
/// writing results, audit lines and diagnostics in input order (whatever the
/// number of workers, the output is the same bytes).
enum BatchProcessing {
  /// Records per chunk; each chunk is split across the available cores.
  static let chunkSize = 4096

  /// Reads every record of `reader`, transforms each with `transform`
  /// (which may run on any thread, on at most `workers` at once), and
  /// appends results to `output`, audit lines to `audit` and diagnostics to
  /// standard error, in input order; `progress` hears of every chunk.
  /// `separator` goes between two non-empty results (JSON's commas).
  static func run(
    _ reader: inout BatchRecordReader, output: inout OutputBuffer, audit: inout AuditLog?,
    progress: inout BatchProgress, separator: String? = nil,
    workers maximumWorkers: Int = ProcessInfoLite.activeProcessorCount,
    transform: @Sendable (_ record: BatchRecord) -> BatchLineResult
  ) throws(BatchError) -> BatchSummary {
    var summary = BatchSummary()
    var wroteResult = false
    var records: [BatchRecord] = []
    records.reserveCapacity(chunkSize)
    func process() throws(BatchError) {
      guard !records.isEmpty else { return }
      let input = records
      let workers = max(1, min(maximumWorkers, input.count / 64))
      let results = ParallelLoop.map(count: input.count, workers: workers) { index in transform(input[index]) }
      for result in results {
        if let separator, !result.text.isEmpty {
          if wroteResult { output.append(separator) }
          wroteResult = true
        }
        output.append(result.text)
        if let line = result.audit, audit != nil {
          do throws(AuditLogError) { try audit!.append(line) } catch { throw .audit(error) }
        }
        if result.alerted { summary.alerted += 1 }
        if let diagnostic = result.diagnostic {
          summary.failures += 1
          StandardStreams.writeError(diagnostic)
        }
      }
      summary.records += input.count
      records.removeAll(keepingCapacity: true)
    }
    while let record = try nextRecord(&reader) {
      records.append(record)
      if records.count >= chunkSize {
        try process()
        progress.update(summary, bytesRead: reader.bytesRead, totalBytes: reader.totalBytes)
      }
    }
    try process()
    return summary
  }
}

extension BatchProcessing {
  private static func nextRecord(_ reader: inout BatchRecordReader) throws(BatchError) -> BatchRecord? {
    do throws(LineReaderError) { return try reader.next() } catch { throw .input(error) }
  }
}

/// A batch that could not go on: its input could not be read, or its audit
/// file not written.
enum BatchError: Error, CustomStringConvertible {
  case input(LineReaderError)
  case audit(AuditLogError)

  var description: String {
    switch self {
    case .input(let error): return error.description
    case .audit(let error): return error.description
    }
  }
}
