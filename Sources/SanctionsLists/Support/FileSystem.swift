#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Minimal POSIX file access, so the module does not depend on Foundation.
enum FileSystem {
  enum Kind { case file, directory, other, missing }

  static func kind(of path: String) -> Kind {
    var info = stat()
    guard stat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  static func size(of path: String) -> Int {
    var info = stat()
    guard stat(path, &info) == 0 else { return 0 }
    return Int(info.st_size)
  }

  /// Reads a whole file into memory.
  static func readFile(_ path: String) throws(ListError) -> ByteBuffer {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 {
      let code = errno
      if code == ENOENT { throw .fileNotFound(path: path) }
      throw .unreadable(path: path, reason: describe(errno: code))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .unreadable(path: path, reason: describe(errno: errno))
    }
    let expected = Int(info.st_size)
    return try ByteBuffer(capacity: expected) { (target) throws(ListError) -> Int in
      var total = 0
      while total < expected {
        let count = read(fd, target.baseAddress! + total, expected - total)
        if count < 0 {
          if errno == EINTR { continue }
          throw .unreadable(path: path, reason: describe(errno: errno))
        }
        if count == 0 { break }
        total += count
      }
      return total
    }
  }

  /// The entries of a directory (names only, without `.` and `..`), sorted.
  static func list(directory path: String) throws(ListError) -> [String] {
    guard let dir = opendir(path) else {
      throw .unreadable(path: path, reason: describe(errno: errno))
    }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      if name == "." || name == ".." { continue }
      names.append(name)
    }
    return names.sorted()
  }

  static func describe(errno code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    return String(cString: message)
  }

  /// `a/b` joined without doubling the separator.
  static func join(_ directory: String, _ name: String) -> String {
    directory.hasSuffix("/") ? directory + name : directory + "/" + name
  }

  /// The last path component.
  static func baseName(_ path: String) -> String {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    if let slash = trimmed.lastIndex(of: "/") {
      return String(trimmed[trimmed.index(after: slash)...])
    }
    return String(trimmed)
  }

  /// Everything before the last path component ("." when there is none).
  static func directoryName(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }
}
