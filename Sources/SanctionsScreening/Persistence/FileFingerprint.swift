#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// What the persisted index was built from: every file under the list paths
/// with its size and modification time, and the engine binary itself (so a
/// new engine version never trusts an old index).
struct FileFingerprint: Equatable {
  struct FileState: Equatable {
    var path: String
    var size: UInt64
    var modified: UInt64
  }

  var files: [FileState]

  /// The engine binary alone (for an index that stands on its own).
  static func engineOnly() -> FileFingerprint { of(paths: []) }

  /// Walks the paths (folders recursively, hidden files skipped, each folder once: a
  /// symbolic-link cycle ends; a path that cannot be examined is recorded as never matching).
  static func of(paths: [String]) -> FileFingerprint {
    var files: [FileState] = []
    for path in paths { walk(absolute(path), into: &files) }
    if let engine = state(of: "/proc/self/exe", follow: true) {
      files.append(FileState(path: "<engine>", size: engine.size, modified: engine.modified))
    }
    files.sort { $0.path < $1.path }
    return FileFingerprint(files: files)
  }

  /// The canonical absolute form of a path (for naming the cache file).
  static func absolute(_ path: String) -> String { FileSystem.realPath(path) ?? path }

  private static func state(of path: String, follow: Bool) -> (size: UInt64, modified: UInt64)? {
    var info = stat()
    let result = follow ? stat(path, &info) : lstat(path, &info)
    guard result == 0 else { return nil }
    let modified = UInt64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ UInt64(info.st_mtim.tv_nsec)
    return (UInt64(info.st_size), modified)
  }

  private static func walk(_ path: String, into files: inout [FileState]) {
    FileSystem.walk(
      path,
      skipped: { skippedPath, _ in
        // A link loop or an unreadable folder: recorded so the fingerprint still notices when
        // it changes into something readable.
        files.append(FileState(path: skippedPath, size: 0, modified: 0))
      }
    ) { file in
      if let info = state(of: file, follow: true) {
        files.append(FileState(path: file, size: info.size, modified: info.modified))
      } else {
        files.append(FileState(path: file, size: .max, modified: .max))  // missing: never matches
      }
    }
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(UInt32(files.count))
    for file in files {
      writer.write(file.path)
      writer.write(file.size)
      writer.write(file.modified)
    }
  }

  static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> FileFingerprint {
    let count = Int(try reader.read(UInt32.self))
    var files: [FileState] = []
    for _ in 0..<count {
      files.append(FileState(path: try reader.readString(), size: try reader.read(UInt64.self), modified: try reader.read(UInt64.self)))
    }
    return FileFingerprint(files: files)
  }
}
