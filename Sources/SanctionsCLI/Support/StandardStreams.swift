#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// Buffered standard output and unbuffered standard error, without Foundation.
///
/// Output is collected into a byte buffer and written with `write(2)` in large
/// chunks, so batch commands are not dominated by per-line system calls.
enum StandardStreams {
  /// Writes `text` to standard error immediately (a failure cannot be
  /// reported anywhere, so it is ignored). Diagnostics quote paths, list
  /// text and queries, so control characters are escaped
  /// (``TerminalText/safe(_:)``) as in text output.
  static func writeError(_ text: String) {
    var text = TerminalText.safe(text)
    text.withUTF8 { _ = FileSystem.writeAll(2, UnsafeRawBufferPointer($0)) }
  }

  /// Writes raw bytes to standard output, retrying short writes; a failure
  /// (a full disk, a closed pipe: SIGPIPE is ignored, so it is EPIPE) ends
  /// the process with status 2 and `sanctions: write error: …` on standard
  /// error, since output that silently stops mid-line cannot be trusted.
  static func writeOutput(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let failure = FileSystem.writeAll(1, UnsafeRawBufferPointer(buffer)) else { return }
    failWrite(FileSystem.describe(errno: failure))
  }

  /// Reports a failed write of standard output and exits with status 2.
  static func failWrite(_ reason: String) -> Never {
    writeError("sanctions: write error: standard output: \(reason)\n")
    ProcessExit.now(ExitStatus.error)
  }
}

/// An output buffer for standard output that flushes in 64 KiB chunks. Every
/// write is checked: a failed one ends the process (see
/// ``StandardStreams/writeOutput(_:)``).
struct OutputBuffer: ~Copyable {
  private var bytes: [UInt8] = []
  private let flushThreshold = 1 << 16

  init() { bytes.reserveCapacity(1 << 17) }

  /// Appends a string's UTF-8 bytes.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
    if bytes.count >= flushThreshold { flush() }
  }

  /// Appends raw bytes.
  mutating func append(bytes more: some Sequence<UInt8>) {
    bytes.append(contentsOf: more)
    if bytes.count >= flushThreshold { flush() }
  }

  /// Writes everything buffered so far to standard output (exits with
  /// status 2 when the write fails).
  mutating func flush() {
    bytes.withUnsafeBufferPointer { StandardStreams.writeOutput($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  deinit {
    bytes.withUnsafeBufferPointer { StandardStreams.writeOutput($0) }
  }
}
