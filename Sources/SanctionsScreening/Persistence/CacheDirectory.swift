#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif
import SanctionsSupport

/// The index cache folder's safety rules: it is created with mode 0700 and
/// used only when it is a real folder (not a symbolic link) owned by the
/// current user and writable by nobody else — otherwise another user could
/// plant an index (and so control screening results) or redirect writes.
enum CacheDirectory {
  /// Why a cache folder is not used.
  struct Refusal: Error, CustomStringConvertible, Sendable {
    let description: String
    /// True when the folder is unsafe (a link, another user's, writable by
    /// others); false when it merely cannot be inspected or created.
    var unsafe = true
  }

  /// Temporary files older than this are left over from killed runs.
  static let staleAge: Int = 3600

  /// Checks an existing folder; `.success(false)` when there is none yet.
  static func check(_ path: String) -> Result<Bool, Refusal> {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return .success(false) }
      return .failure(Refusal(description: "cannot inspect it: \(FileSystem.describe(errno: errno))", unsafe: false))
    }
    let kind = info.st_mode & S_IFMT
    if kind == S_IFLNK { return .failure(Refusal(description: "it is a symbolic link")) }
    if kind != S_IFDIR { return .failure(Refusal(description: "it is not a folder")) }
    if info.st_uid != geteuid() {
      return .failure(Refusal(description: "it belongs to another user (uid \(info.st_uid))"))
    }
    if info.st_mode & 0o022 != 0 {
      return .failure(
        Refusal(description: "it is writable by its group or by others (mode \(String(info.st_mode & 0o7777, radix: 8)))"))
    }
    return .success(true)
  }

  /// Creates the folder (and missing parents) with mode 0700, then checks it.
  static func prepare(_ path: String) -> Refusal? {
    if case .success(false) = check(path) {
      do throws(FileSystemError) { try FileSystem.makeDirectories(path, mode: 0o700) } catch {
        return Refusal(description: "cannot create it: \(error)", unsafe: false)
      }
    }
    if case .failure(let refusal) = check(path) { return refusal }
    return nil
  }

  /// Removes temporary index files (`*.tmp-*`) not changed for
  /// ``staleAge`` seconds: those of runs that were killed while writing.
  static func removeStaleTemporaries(in directory: String) {
    guard let names = try? FileSystem.entries(ofDirectory: directory) else { return }
    let now = Int(time(nil))
    for name in names where name.contains(".tmp-") {
      let path = FileSystem.join(directory, name)
      var info = stat()
      guard lstat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
      if now - Int(info.st_mtim.tv_sec) > staleAge { unlink(path) }
    }
  }
}
