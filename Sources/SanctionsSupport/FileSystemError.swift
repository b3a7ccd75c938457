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

  package init(path: String, code: Int32) {
    self.path = path
    self.code = code
  }

  /// True when the path does not exist (`ENOENT`).
  package var isMissing: Bool { code == ENOENT }

  /// The system's message (e.g. "Permission denied").
  package var reason: String { FileSystem.describe(errno: code) }

  package var description: String { "\(path): \(reason)" }
}
