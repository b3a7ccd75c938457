#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// What the persisted index was built from: every file under the list paths
/// with its size, modification time, change time and inode, and the engine
/// binary itself (so a new engine version never trusts an old index). The
/// change time (st_ctim) cannot be set back by `touch -r` or `utimensat`,
/// and a file replaced by another one has a new inode, so neither hides an
/// edit that keeps the size.
struct FileFingerprint: Equatable {
  struct FileState: Equatable {
    var path: String
    var size: UInt64
    var modified: UInt64
    var changed: UInt64
    var inode: UInt64

    /// A path that does not exist: never matches a saved state.
    static func missing(_ path: String) -> FileState {
      FileState(path: path, size: .max, modified: .max, changed: .max, inode: .max)
    }
  }

  var files: [FileState]

  /// The engine build alone, by its build id (``EngineBuild/id``), not by
  /// the binary's path or times: an index that stands on its own stays valid
  /// when it and the binary are copied elsewhere (e.g. shipped to cluster
  /// workers), and only there.
  static func engineBuild() -> FileFingerprint {
    FileFingerprint(files: [FileState(path: "<engine build \(EngineBuild.id)>", size: 0, modified: 0, changed: 0, inode: 0)])
  }

  /// Walks the paths (folders recursively, hidden files skipped, each folder once: a
  /// symbolic-link cycle ends; a path that cannot be examined is recorded as never matching).
  static func of(paths: [String]) -> FileFingerprint {
    var files: [FileState] = []
    for path in paths { walk(absolute(path), into: &files) }
    if var engine = state(of: "/proc/self/exe") {
      engine.path = "<engine>"
      files.append(engine)
    }
    files.sort { $0.path < $1.path }
    return FileFingerprint(files: files)
  }

  /// The canonical absolute form of a path (for naming the cache file).
  static func absolute(_ path: String) -> String { FileSystem.realPath(path) ?? path }

  /// The state of the file at `path` (symbolic links followed).
  private static func state(of path: String) -> FileState? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    func nanoseconds(_ time: timespec) -> UInt64 { UInt64(bitPattern: Int64(time.tv_sec)) &* 1_000_000_000 &+ UInt64(time.tv_nsec) }
    return FileState(
      path: path, size: UInt64(info.st_size), modified: nanoseconds(info.st_mtim), changed: nanoseconds(info.st_ctim),
      inode: UInt64(info.st_ino))
  }

  private static func walk(_ path: String, into files: inout [FileState]) {
    FileSystem.walk(
      path,
      skipped: { skippedPath, _ in
        // A link loop or an unreadable folder: recorded so the fingerprint still notices when
        // it changes into something readable.
        files.append(FileState(path: skippedPath, size: 0, modified: 0, changed: 0, inode: 0))
      }
    ) { file in
      files.append(state(of: file) ?? .missing(file))
    }
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(UInt32(files.count))
    for file in files {
      writer.write(file.path)
      writer.write(file.size)
      writer.write(file.modified)
      writer.write(file.changed)
      writer.write(file.inode)
    }
  }

  static func read(from reader: inout BinaryReader) throws(BinaryFormatError) -> FileFingerprint {
    let count = Int(try reader.read(UInt32.self))
    var files: [FileState] = []
    for _ in 0..<count {
      files.append(
        FileState(
          path: try reader.readString(), size: try reader.read(UInt64.self), modified: try reader.read(UInt64.self),
          changed: try reader.read(UInt64.self), inode: try reader.read(UInt64.self)))
    }
    return FileFingerprint(files: files)
  }
}
