import SanctionsScreening
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where the service's index comes from, and how to tell that it changed on disk.
public enum IndexSource: Sendable, Equatable, CustomStringConvertible {
  /// List files or folders (`--lists`, repeatable): read and indexed at start-up; not reloaded.
  case lists([String])
  /// A standalone index file (`--index`, from `sanctions index build`): mapped at start-up;
  /// reloaded when the file is replaced (another inode, size or modification time).
  case indexFile(String)
  /// The lists directory `sanctions update` maintains (`--lists-dir`): its `current` link's set
  /// is read and indexed; reloaded when `current` points at another set.
  case listsDirectory(String)

  public var description: String {
    switch self {
    case .lists(let paths): return "lists \(paths.joined(separator: ", "))"
    case .indexFile(let path): return "index file \(path)"
    case .listsDirectory(let directory): return "lists directory \(directory)"
    }
  }

  /// Whether the source can change while the service runs (and so is polled).
  public var canChange: Bool {
    if case .lists = self { return false }
    return true
  }

  /// What identifies the source's current content: the real path of the lists directory's
  /// active set, or the index file's device, inode, size and modification time; nil for list
  /// paths (not watched).
  public func version() throws(IndexLoadError) -> String? {
    switch self {
    case .lists:
      return nil
    case .indexFile(let path):
      var info = stat()
      guard stat(path, &info) == 0 else {
        throw IndexLoadError("\(path): \(String(cString: strerror(errno)))")
      }
      return "\(info.st_dev):\(info.st_ino):\(info.st_size):\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    case .listsDirectory(let directory):
      return try Self.currentSet(of: directory)
    }
  }

  /// Loads the index. Slow for list files (they are read and every name prepared: about a
  /// second for UN + OFAC SDN, several for every official list); run it off the request threads.
  public func load() throws(IndexLoadError) -> LoadedIndex {
    let started = Date.now
    let version = try self.version()
    func seconds() -> Double { Date.now.timeIntervalSince(started) }
    switch self {
    case .indexFile(let path):
      do {
        let screener = try IndexStore.load(from: path)
        return LoadedIndex(screener: screener, lists: nil, source: self, version: version, loadSeconds: seconds())
      } catch {
        var message = error.description
        if message.contains("another build") {
          // `IndexStore.load(from:)` reads only files written by this very executable.
          message += " (an index file is read only by the executable that wrote it: write one for this "
            + "service with 'sanctions-serve build-index --lists PATH... --out FILE')"
        }
        throw IndexLoadError(message)
      }
    case .lists(let paths):
      return try Self.loadLists(paths, source: self, version: version, started: started)
    case .listsDirectory:
      return try Self.loadLists([version!], source: self, version: version, started: started)
    }
  }

  private static func loadLists(
    _ paths: [String], source: IndexSource, version: String?, started: Date
  ) throws(IndexLoadError) -> LoadedIndex {
    let lists: LoadedLists
    do {
      lists = try ListLoader.load(paths: paths)
    } catch {
      throw IndexLoadError("cannot load the lists: \(error)")
    }
    guard !lists.entities.isEmpty else {
      throw IndexLoadError("no entity was loaded from \(paths.joined(separator: ", ")) (are these list files?)")
    }
    let screener = Screener(lists: lists)
    return LoadedIndex(
      screener: screener, lists: lists, source: source, version: version,
      loadSeconds: Date.now.timeIntervalSince(started))
  }

  /// The real path of `directory/current`, which must be a folder.
  static func currentSet(of directory: String) throws(IndexLoadError) -> String {
    let link = directory.hasSuffix("/") ? directory + "current" : directory + "/current"
    guard let resolved = realpath(link, nil) else {
      throw IndexLoadError(
        "the lists directory \(directory) has no active set (\(link): \(String(cString: strerror(errno)))); "
          + "fill it with 'sanctions update'")
    }
    defer { free(resolved) }
    let path = String(cString: resolved)
    var info = stat()
    guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
      throw IndexLoadError("\(link) does not lead to a folder")
    }
    return path
  }
}

/// The index could not be loaded: the message names the file and the reason.
public struct IndexLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
