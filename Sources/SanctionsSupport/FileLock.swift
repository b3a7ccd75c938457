#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock on a file (`flock(2)`), held until the value
/// is dropped or the process ends (the kernel releases it even after
/// `SIGKILL`, so a killed holder never leaves a stale lock).
package struct FileLock: ~Copyable {
  private let fd: Int32
  /// The lock file.
  package let path: String

  /// Why a lock could not be taken.
  package enum Failure: Error, Sendable {
    /// Another process holds the lock.
    case busy(path: String)
    /// The lock file cannot be opened or locked.
    case system(FileSystemError)
  }

  /// Opens (creating it if needed, never through a symbolic link) and
  /// locks `path`: without waiting (``Failure/busy(path:)`` when another
  /// process holds it), or, with `wait`, until the holder lets go.
  package init(exclusive path: String, wait: Bool = false) throws(Failure) {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
    if fd < 0 { throw .system(FileSystemError(path: path, code: errno)) }
    while flock(fd, wait ? LOCK_EX : LOCK_EX | LOCK_NB) != 0 {
      let code = errno
      if code == EINTR { continue }
      close(fd)
      if code == EWOULDBLOCK { throw .busy(path: path) }
      throw .system(FileSystemError(path: path, code: code))
    }
    self.fd = fd
    self.path = path
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
