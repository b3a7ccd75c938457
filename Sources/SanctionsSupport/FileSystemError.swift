#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file system call failed: on which path, and the system's reason.
package struct FileSystemError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file or folder.
  package let path: String
  /// The `errno` value.
  package let code: Int32

  /// A more precise reason than `errno` gives (e.g. "a FIFO, not a regular file"), if any.
  package let note: String?

  package init(path: String, code: Int32, note: String? = nil) {
    self.path = path
    self.code = code
    self.note = note
  }

  /// True when the path does not exist (`ENOENT`).
  package var isMissing: Bool { code == ENOENT }

  /// The system's message (e.g. "Permission denied").
  package var reason: String { note ?? FileSystem.describe(errno: code) }

  package var description: String { "\(path): \(reason)" }
}
