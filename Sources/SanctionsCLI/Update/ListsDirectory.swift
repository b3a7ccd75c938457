import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// The on-disk layout of a lists directory and the steps that replace its
/// active set atomically.
///
/// ```
/// <root>/current                 symbolic link "sets/<name>": the active set
/// <root>/sets/<name>/<source>/…  complete, validated sets (the active one and a few previous ones)
/// <root>/staging-<pid>/          a set being downloaded (ignored by readers)
/// <root>/.update.lock            held (flock) while an update runs
/// ```
///
/// Readers only follow `current`. An update fills a staging folder, fsyncs
/// it, renames it into `sets/`, then points `current` at it by renaming a
/// new link over the old one (`rename(2)` is atomic), so a reader sees
/// either the whole previous set or the whole new one, and a process killed
/// at any moment leaves `current` valid. Leftovers of a killed update
/// (staging folders, temporary links, sets being pruned) are removed by the
/// next update, under the lock.
struct ListsDirectory {
  /// The lists directory.
  let root: String

  /// The link to the active set.
  var currentLink: String { FileSystem.join(root, "current") }
  /// The folder of complete sets.
  var setsFolder: String { FileSystem.join(root, "sets") }
  /// The lock file.
  var lockPath: String { FileSystem.join(root, ".update.lock") }

  private static let stagingPrefix = "staging-"
  private static let linkPrefix = ".current-"
  private static let trashPrefix = ".trash-"

  /// Creates the directory (and `sets/`) if needed and takes the update lock.
  func lock() throws(UpdateError) -> FileLock {
    do {
      try FileSystem.makeDirectories(setsFolder)
    } catch {
      throw .fileSystem(error, doing: "creating the lists directory")
    }
    do {
      return try FileLock(exclusive: lockPath)
    } catch {
      switch error {
      case .busy(let path): throw .busy(lockPath: path)
      case .system(let failure): throw .fileSystem(failure, doing: "locking the lists directory")
      }
    }
  }

  /// The active set's folder name under `sets/` (nil when there is none).
  func currentSetName() -> String? {
    guard let target = FileSystem.symbolicLinkTarget(currentLink),
      let resolved = FileSystem.realPath(currentLink), FileSystem.kind(of: resolved) == .directory
    else { return nil }
    return FileSystem.baseName(target)
  }

  /// Removes what killed or failed updates left behind: staging folders,
  /// temporary links and half-removed sets. Call it only while holding the lock.
  /// Returns the paths removed.
  func removeLeftovers() throws(UpdateError) -> [String] {
    var removed: [String] = []
    do {
      for name in try FileSystem.entries(ofDirectory: root)
      where name.hasPrefix(Self.stagingPrefix) || name.hasPrefix(Self.linkPrefix) {
        let path = FileSystem.join(root, name)
        try FileSystem.removeTree(path)
        removed.append(path)
      }
      for name in try FileSystem.entries(ofDirectory: setsFolder) where name.hasPrefix(Self.trashPrefix) {
        let path = FileSystem.join(setsFolder, name)
        try FileSystem.removeTree(path)
        removed.append(path)
      }
    } catch {
      throw .fileSystem(error, doing: "removing what an interrupted update left")
    }
    return removed
  }

  /// Creates an empty staging folder for this process.
  func makeStaging() throws(UpdateError) -> String {
    let path = FileSystem.join(root, Self.stagingPrefix + String(getpid()))
    do {
      try FileSystem.removeTree(path)
      try FileSystem.makeDirectory(path)
    } catch {
      throw .fileSystem(error, doing: "creating the staging folder")
    }
    return path
  }

  /// Makes a complete, validated staging folder the active set: flushes it
  /// to disk, moves it into `sets/` under a new name (UTC time of the
  /// update) and replaces `current` atomically. Returns the new set's name.
  func activate(staging: String) throws(UpdateError) -> String {
    do {
      try synchronizeTree(staging)
      let name = try moveIntoSets(staging)
      try FileSystem.synchronize(setsFolder)
      let temporaryLink = FileSystem.join(root, Self.linkPrefix + String(getpid()))
      try FileSystem.removeTree(temporaryLink)
      try FileSystem.makeSymbolicLink(at: temporaryLink, to: "sets/" + name)
      try FileSystem.moveAtomically(temporaryLink, to: currentLink)
      try FileSystem.synchronize(root)
      return name
    } catch {
      throw .fileSystem(error, doing: "activating the new set")
    }
  }

  /// Removes sets other than the active one beyond the newest `keep`.
  /// Each is first renamed to a hidden trash name (atomic), so a set that
  /// was only partly removed is never mistaken for a complete one.
  /// Returns the names removed.
  func prune(keep: Int) throws(UpdateError) -> [String] {
    do {
      let active = currentSetName()
      let others = try FileSystem.entries(ofDirectory: setsFolder).filter {
        !$0.hasPrefix(".") && $0 != active
      }
      let doomed = others.sorted().dropLast(max(0, keep))
      for name in doomed {
        let trash = FileSystem.join(setsFolder, Self.trashPrefix + name)
        try FileSystem.moveAtomically(FileSystem.join(setsFolder, name), to: trash)
        try FileSystem.removeTree(trash)
      }
      return Array(doomed)
    } catch {
      throw .fileSystem(error, doing: "removing old sets")
    }
  }

  /// Moves the staging folder to `sets/<UTC time>` (with milliseconds; a
  /// name already taken gets the next millisecond).
  private func moveIntoSets(_ staging: String) throws(FileSystemError) -> String {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    var milliseconds = Int(time.tv_sec) * 1000 + Int(time.tv_nsec) / 1_000_000
    while true {
      let name = Self.setName(millisecondsSinceEpoch: milliseconds)
      let target = FileSystem.join(setsFolder, name)
      if !FileSystem.exists(noFollow: target) {
        try FileSystem.moveAtomically(staging, to: target)
        return name
      }
      milliseconds += 1
    }
  }

  /// `YYYY-MM-DDTHH-MM-SS.mmmZ` (sorts in time order; no `:` so it is a
  /// portable file name).
  static func setName(millisecondsSinceEpoch: Int) -> String {
    var seconds = time_t(millisecondsSinceEpoch / 1000)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    func pad(_ value: Int32, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(parts.tm_year + 1900, 4))-\(pad(parts.tm_mon + 1, 2))-\(pad(parts.tm_mday, 2))T"
      + "\(pad(parts.tm_hour, 2))-\(pad(parts.tm_min, 2))-\(pad(parts.tm_sec, 2))."
      + "\(pad(Int32(millisecondsSinceEpoch % 1000), 3))Z"
  }

  /// fsyncs every file and folder under `path` (folders after their contents).
  private func synchronizeTree(_ path: String) throws(FileSystemError) {
    if FileSystem.kind(of: path) == .directory {
      for name in try FileSystem.entries(ofDirectory: path) { try synchronizeTree(FileSystem.join(path, name)) }
    }
    try FileSystem.synchronize(path)
  }
}
