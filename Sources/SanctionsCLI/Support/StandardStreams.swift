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
  /// Writes `text` to standard error immediately.
  static func writeError(_ text: String) {
    var text = text
    text.withUTF8 { writeAll(fd: 2, $0) }
  }

  /// Writes raw bytes to a file descriptor, retrying short writes (a
  /// failure is not reported yet).
  static func writeAll(fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) {
    _ = FileSystem.writeAll(fd, UnsafeRawBufferPointer(buffer))
  }
}

/// An output buffer for standard output that flushes in 64 KiB chunks.
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

  /// Writes everything buffered so far to standard output.
  mutating func flush() {
    bytes.withUnsafeBufferPointer { StandardStreams.writeAll(fd: 1, $0) }
    bytes.removeAll(keepingCapacity: true)
  }

  deinit {
    bytes.withUnsafeBufferPointer { StandardStreams.writeAll(fd: 1, $0) }
  }
}
