#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// The `--audit` file: JSON lines appended (never truncated), each write
/// checked, synced to disk when the run ends.
struct AuditLog: ~Copyable {
  let path: String
  private let fd: Int32
  private var pending: [UInt8] = []
  private static let flushThreshold = 1 << 16

  /// Opens (or creates) the file for appending.
  init(path: String) throws(AuditLogError) {
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
    guard fd >= 0 else { throw AuditLogError(path: path, reason: FileSystem.describe(errno: errno)) }
    self.path = path
    self.fd = fd
    pending.reserveCapacity(Self.flushThreshold * 2)
  }

  deinit { Glibc.close(fd) }

  /// Appends one line (with its newline).
  mutating func append(_ line: String) throws(AuditLogError) {
    var line = line
    line.withUTF8 { pending.append(contentsOf: $0) }
    if pending.count >= Self.flushThreshold { try flush() }
  }

  /// Writes what is buffered.
  mutating func flush() throws(AuditLogError) {
    let failure = pending.withUnsafeBytes { FileSystem.writeAll(fd, $0) }
    if let failure { throw AuditLogError(path: path, reason: FileSystem.describe(errno: failure)) }
    pending.removeAll(keepingCapacity: true)
  }

  /// Writes what is buffered and syncs the file to disk.
  mutating func finish() throws(AuditLogError) {
    try flush()
    guard fsync(fd) == 0 || errno == EINVAL else { throw AuditLogError(path: path, reason: FileSystem.describe(errno: errno)) }
  }
}

/// The audit file could not be opened or written.
struct AuditLogError: Error, CustomStringConvertible {
  let path: String
  let reason: String
  var description: String { "write error: audit file \(path): \(reason)" }
}
