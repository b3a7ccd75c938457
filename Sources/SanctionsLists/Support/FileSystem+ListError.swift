import SanctionsSupport

/// File access for list loading, with failures as ``ListError``s.
extension FileSystem {
  /// Reads a whole file into memory.
  static func readFile(_ path: String) throws(ListError) -> ByteBuffer {
    do {
      return try readFile(path) { (size, fill) throws(FileSystemError) -> ByteBuffer in
        try ByteBuffer(capacity: size, fill: fill)
      }
    } catch {
      throw error.isMissing ? .fileNotFound(path: path) : .unreadable(path: path, reason: error.reason)
    }
  }

  /// The entries of a directory (names only, without `.` and `..`), sorted.
  static func list(directory path: String) throws(ListError) -> [String] {
    do {
      return try entries(ofDirectory: path)
    } catch {
      throw .unreadable(path: path, reason: error.reason)
    }
  }
}
