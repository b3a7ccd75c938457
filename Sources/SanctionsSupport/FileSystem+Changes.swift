#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Changing the file system durably: folders, copies, renames, symbolic links
/// and `fsync`. Every system call's result is checked; a failure throws a
/// ``FileSystemError`` naming the path.
extension FileSystem {
  /// Creates a folder and any missing parents (an existing folder is fine).
  package static func makeDirectories(_ path: String, mode: UInt32 = 0o755) throws(FileSystemError) {
    if kind(of: path) == .directory { return }
    let parent = directoryName(path)
    if parent != path, parent != ".", parent != "/", kind(of: parent) == .missing {
      try makeDirectories(parent, mode: mode)
    }
    if mkdir(path, mode_t(mode)) != 0, !(errno == EEXIST && kind(of: path) == .directory) {
      throw FileSystemError(path: path, code: errno)
    }
  }

  /// Creates one folder; it must not exist yet.
  package static func makeDirectory(_ path: String, mode: UInt32 = 0o755) throws(FileSystemError) {
    if mkdir(path, mode_t(mode)) != 0 { throw FileSystemError(path: path, code: errno) }
  }

  /// Flushes a file's or a folder's data and metadata to stable storage.
  package static func synchronize(_ path: String) throws(FileSystemError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw FileSystemError(path: path, code: errno) }
    if fsync(fd) != 0 {
      let code = errno
      close(fd)
      throw FileSystemError(path: path, code: code)
    }
    if close(fd) != 0 { throw FileSystemError(path: path, code: errno) }
  }

  /// Reads the file at `path` in 1 MiB chunks, handing each to `body`.
  package static func forEachChunk(
    of path: String, _ body: (UnsafeRawBufferPointer) throws(FileSystemError) -> Void
  ) throws(FileSystemError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { throw FileSystemError(path: path, code: errno) }
    defer { close(fd) }
    var chunk = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw FileSystemError(path: path, code: errno)
      }
      if count == 0 { return }
      let failure = chunk.withUnsafeBytes { bytes -> FileSystemError? in
        do throws(FileSystemError) {
          try body(UnsafeRawBufferPointer(rebasing: bytes[0..<count]))
          return nil
        } catch {
          return error
        }
      }
      if let failure { throw failure }
    }
  }

  /// Copies a regular file's bytes to a new file (created with mode 0644,
  /// failing if it exists) and flushes the copy to stable storage.
  /// Returns the number of bytes copied.
  @discardableResult
  package static func copyFile(from source: String, to target: String) throws(FileSystemError) -> Int {
    let output = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if output < 0 { throw FileSystemError(path: target, code: errno) }
    var closed = false
    defer { if !closed { close(output) } }
    var total = 0
    try forEachChunk(of: source) { (chunk) throws(FileSystemError) in
      if let failure = writeAll(output, chunk) { throw FileSystemError(path: target, code: failure) }
      total += chunk.count
    }
    if fsync(output) != 0 { throw FileSystemError(path: target, code: errno) }
    closed = true
    if close(output) != 0 { throw FileSystemError(path: target, code: errno) }
    return total
  }

  /// Writes bytes to a new file (replacing none: it must not exist),
  /// flushing it to stable storage.
  package static func writeNewFile(_ path: String, bytes: [UInt8]) throws(FileSystemError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if fd < 0 { throw FileSystemError(path: path, code: errno) }
    var failure = bytes.withUnsafeBytes { writeAll(fd, $0) }
    if failure == nil, fsync(fd) != 0 { failure = errno }
    if let failure {
      close(fd)
      throw FileSystemError(path: path, code: failure)
    }
    if close(fd) != 0 { throw FileSystemError(path: path, code: errno) }
  }

  /// Writes every byte to a descriptor, retrying short writes and `EINTR`;
  /// returns the `errno` of a failed write, nil when all was written.
  package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = write(fd, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      offset += written
    }
    return nil
  }

  /// Renames atomically (`rename(2)`): `target` is replaced if it exists
  /// (an empty folder, or anything but a folder when `source` is not one).
  package static func moveAtomically(_ source: String, to target: String) throws(FileSystemError) {
    if rename(source, target) != 0 { throw FileSystemError(path: "\(source) → \(target)", code: errno) }
  }

  /// Creates a symbolic link at `path` whose content is `target`.
  package static func makeSymbolicLink(at path: String, to target: String) throws(FileSystemError) {
    if symlink(target, path) != 0 { throw FileSystemError(path: path, code: errno) }
  }

  /// The content of a symbolic link, or nil when `path` is not one.
  package static func symbolicLinkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink(path, &buffer, buffer.count - 1)
    guard length >= 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The canonical absolute path (symbolic links, `.` and `..` resolved),
  /// or nil when the path or a link in it does not lead anywhere.
  package static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Whether something (even a dangling symbolic link) exists at `path`.
  package static func exists(noFollow path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  /// Removes a file, a symbolic link (not what it points to) or a folder
  /// with everything in it. A missing path is not an error.
  package static func removeTree(_ path: String) throws(FileSystemError) {
    var info = stat()
    if lstat(path, &info) != 0 {
      if errno == ENOENT { return }
      throw FileSystemError(path: path, code: errno)
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      for name in try entries(ofDirectory: path) { try removeTree(join(path, name)) }
      if rmdir(path) != 0, errno != ENOENT { throw FileSystemError(path: path, code: errno) }
    } else if unlink(path) != 0, errno != ENOENT {
      throw FileSystemError(path: path, code: errno)
    }
  }
}
