#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The progress line of a long batch on a terminal: records screened, rate
/// and (when the input's size is known) an ETA, redrawn at most every
/// ``redrawInterval`` seconds; then a one-line summary. Silent when standard
/// error is not a terminal or when asked to be.
struct BatchProgress {
  /// Seconds between redraws of the progress line.
  static let redrawInterval = 0.5
  /// Batches shorter than this many seconds show no progress line.
  static let quietPeriod = 1.0

  private let enabled: Bool
  private let start = Clock.monotonicSeconds()
  private var lastDrawn = 0.0
  private var drawn = false

  /// Progress for a batch; `quiet` silences it.
  init(quiet: Bool) {
    enabled = !quiet && isatty(2) == 1
  }

  /// A silent progress (for commands without one).
  static var silent: BatchProgress { BatchProgress(quiet: true) }

  /// Redraws the progress line for what is done so far.
  mutating func update(_ summary: BatchSummary, bytesRead: Int, totalBytes: Int?) {
    guard enabled else { return }
    let now = Clock.monotonicSeconds()
    let elapsed = now - start
    guard elapsed >= Self.quietPeriod, now - lastDrawn >= Self.redrawInterval else { return }
    lastDrawn = now
    var line = "\rscreened \(Self.grouped(summary.records))  \(Self.grouped(Int(Double(summary.records) / elapsed)))/s"
    line += "  alerts \(Self.grouped(summary.alerted))"
    if summary.failures > 0 { line += "  errors \(Self.grouped(summary.failures))" }
    if let totalBytes, totalBytes > 0, bytesRead > 0 {
      let fraction = min(1, Double(bytesRead) / Double(totalBytes))
      line += "  \(Int(fraction * 100))%"
      if fraction > 0.01 { line += "  ETA \(Self.duration(elapsed / fraction - elapsed))" }
    }
    StandardStreams.writeError(line + "\u{1B}[K")
    drawn = true
  }

  /// Replaces the progress line by the batch's summary.
  mutating func finish(_ summary: BatchSummary) {
    guard enabled else { return }
    let elapsed = Clock.monotonicSeconds() - start
    var line = drawn ? "\r\u{1B}[K" : ""
    line += "sanctions: screened \(Self.grouped(summary.records)), alerted \(Self.grouped(summary.alerted)), "
    line += "errors \(Self.grouped(summary.failures)), in \(Self.duration(elapsed))"
    if elapsed > 0, summary.records > 0 { line += " (\(Self.grouped(Int(Double(summary.records) / elapsed)))/s)" }
    StandardStreams.writeError(line + "\n")
  }

  /// `12,345`.
  static func grouped(_ value: Int) -> String {
    let digits = String(value)
    var result = ""
    for (index, character) in digits.enumerated() {
      if index > 0, (digits.count - index) % 3 == 0 { result.append(",") }
      result.append(character)
    }
    return result
  }

  /// `4.2 s`, `3 min 05 s`, `1 h 02 min`.
  static func duration(_ seconds: Double) -> String {
    guard seconds.isFinite, seconds >= 0 else { return "?" }
    if seconds < 60 { return "\(Double(Int(seconds * 10)) / 10) s" }
    let whole = Int(seconds)
    if whole < 3600 { return "\(whole / 60) min \(whole % 60 < 10 ? "0" : "")\(whole % 60) s" }
    return "\(whole / 3600) h \(whole / 60 % 60 < 10 ? "0" : "")\(whole / 60 % 60) min"
  }
}
