#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Minimal POSIX file access, so the modules do not depend on Foundation.
package enum FileSystem {
  /// What a path names (symbolic links followed).
  package enum Kind: Sendable { case file, directory, other, missing }

  package static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// What `path` names (symbolic links followed) and its identity, or the error of `stat`
  /// (so a symbolic-link loop says so instead of "no such file").
  package static func inspect(_ path: String) throws(FileSystemError) -> (kind: Kind, id: FileID) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
    return (kind(ofMode: info.st_mode), FileID(info))
  }

  static func kind(ofMode mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The name of a non-regular file type, for messages ("a FIFO").
  static func typeName(ofMode mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFSOCK: return "a socket"
    case S_IFCHR: return "a character device"
    case S_IFBLK: return "a block device"
    case S_IFDIR: return "a folder"
    default: return "not a regular file"
    }
  }

  /// The size of a file in bytes (0 when it cannot be read).
  package static func size(of path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return Int(info.st_size)
  }

  /// Reads a whole file into storage that `make` creates for the file's
  /// size: `make` calls the `fill` it is given once with its buffer, which
  /// reads the file into it and returns the number of bytes read (fewer
  /// when the file shrank meanwhile).
  package static func readFile<Storage>(
    _ path: String,
    into make: (
      _ size: Int, _ fill: (UnsafeMutableBufferPointer<UInt8>) throws(FileSystemError) -> Int
    ) throws(FileSystemError) -> Storage
  ) throws(FileSystemError) -> Storage {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below. (The flag
    // does nothing for regular files.)
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 { throw FileSystemError(path: path, code: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileSystemError(path: path, code: errno) }
    guard info.st_mode & S_IFMT == S_IFREG else {
      throw FileSystemError(path: path, code: EINVAL, note: typeName(ofMode: info.st_mode) + ", not a regular file")
    }
    return try make(Int(info.st_size)) { (target) throws(FileSystemError) -> Int in
      var total = 0
      while total < target.count {
        let count = read(fd, target.baseAddress! + total, target.count - total)
        if count < 0 {
          if errno == EINTR { continue }
          throw FileSystemError(path: path, code: errno)
        }
        if count == 0 { break }
        total += count
      }
      return total
    }
  }

  /// A small file's bytes (such as `/proc` and `/sys` files, whose stated
  /// size is 0), or nil when it cannot be read.
  package static func contentsOfSmallFile(_ path: String, limit: Int = 1 << 16) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: limit)
    var total = 0
    while total < limit {
      let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + total, limit - total) }
      if count < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if count == 0 { break }
      total += count
    }
    bytes.removeSubrange(total...)
    return bytes
  }

  /// The entries of a directory (names only, without `.` and `..`), sorted
  /// by their bytes.
  package static func entries(ofDirectory path: String) throws(FileSystemError) -> [String] {
    guard let directory = opendir(path) else { throw FileSystemError(path: path, code: errno) }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    return names.sorted()
  }

  /// Calls `visit` with every path at or under `path` that is not a
  /// folder: `path` itself when it is not a folder (even when it does not
  /// exist), else the contents of the folder, recursively, in sorted order,
  /// skipping hidden entries (names starting with `.`). Each folder is
  /// walked once, by its device and inode, so a symbolic-link cycle ends;
  /// `skipped` hears of every path left out that way, of a folder that
  /// cannot be read, and of an entry `stat` fails on (a symbolic-link
  /// loop), with the reason.
  package static func walk(
    _ path: String, skipped: (_ path: String, _ reason: String) -> Void = { _, _ in },
    _ visit: (_ path: String) -> Void
  ) {
    var walker = DirectoryWalker()
    walker.walk(path, root: true, skipped: skipped, visit)
  }

  /// The system's message for an `errno` value.
  package static func describe(errno code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }

  /// `a/b` joined without doubling the separator.
  package static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// The last path component.
  package static func baseName(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    if let slash = trimmed.lastIndex(of: "/") {
      return String(trimmed[trimmed.index(after: slash)...])
    }
    return String(trimmed)
  }

  /// Everything before the last path component ("." when there is none).
  package static func directoryName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The whole file's bytes; nil when it cannot be read.
  package static func readBytes(_ path: String) -> [UInt8]? {
    try? readAllBytes(path)
  }

  /// The whole file's bytes, or the error that stopped reading them.
  package static func readAllBytes(_ path: String) throws(FileSystemError) -> [UInt8] {
    try readFile(path) { (size, fill) throws(FileSystemError) -> [UInt8] in
      var bytes = [UInt8](repeating: 0, count: size)
      let count = try bytes.withUnsafeMutableBufferPointer { (buffer) throws(FileSystemError) -> Int in try fill(buffer) }
      return Array(bytes[..<count])
    }
  }
}
