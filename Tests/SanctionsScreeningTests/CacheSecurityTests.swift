import SanctionsScreening
import SanctionsSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The saved index cache is used only in a private folder, is written
/// without following planted links, and notices edits that keep size and
/// modification time.
@Suite("Index cache security")
struct CacheSecurityTests {
  /// A new private folder under /tmp (mode 0700, as mkdtemp makes it).
  func temporaryDirectory() -> String {
    var template = Array("/tmp/sanctions-cache-test-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }

  func removeTree(_ path: String) { try? FileSystem.removeTree(path) }

  func isRefused(_ result: IndexStore.LoadResult) -> Bool {
    result.warnings.contains { if case .cacheRefused = $0 { return true } else { return false } }
  }

  func entries(_ directory: String) -> [String] { (try? FileSystem.entries(ofDirectory: directory)) ?? [] }

  @Test("A symbolic link planted at the index and temporary names is not followed")
  func plantedLinks() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    let cache = directory + "/cache"
    let victim = directory + "/victim"
    CLIWriter.write(Array("untouched".utf8), to: victim)
    // Learn the index file's name, then plant links at it and at the old
    // predictable temporary name.
    let store = IndexStore(directory: cache)
    _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    let index = try #require(entries(cache).first { $0.hasSuffix(".bin") })
    unlink(cache + "/" + index)
    try FileSystem.makeSymbolicLink(at: cache + "/" + index, to: victim)
    for pid in [getpid(), getpid() + 1] { try FileSystem.makeSymbolicLink(at: cache + "/\(index).tmp-\(pid)", to: victim) }
    let rebuilt = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(rebuilt.rebuilt)
    #expect(CLIWriter.read(victim) == Array("untouched".utf8))
    #expect(FileSystem.symbolicLinkTarget(cache + "/" + index) == nil, "the link itself was replaced by the index")
    let again = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(!again.rebuilt)
  }

  @Test("A cache folder that is a symbolic link is refused with a warning; screening still works")
  func symlinkedFolderRefused() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    let real = directory + "/real"
    try FileSystem.makeDirectory(real, mode: 0o700)
    try FileSystem.makeSymbolicLink(at: directory + "/cache", to: real)
    let result = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: IndexStore(directory: directory + "/cache"))
    #expect(result.rebuilt)
    #expect(isRefused(result))
    #expect(!result.screener.entities.isEmpty)
    #expect(entries(real).isEmpty, "nothing saved through the link")
  }

  @Test("A group- or world-writable cache folder is refused with a warning; screening still works")
  func writableFolderRefused() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    chmod(directory, 0o777)
    let result = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: IndexStore(directory: directory))
    #expect(result.rebuilt)
    #expect(isRefused(result))
    #expect(!result.screener.entities.isEmpty)
    #expect(entries(directory).isEmpty)
  }

  @Test("A new cache folder is created with mode 0700")
  func privateFolder() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    let cache = directory + "/a/b"
    _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: IndexStore(directory: cache))
    var info = stat()
    #expect(lstat(cache, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)
  }

  @Test("An edit hidden by restoring the modification time (touch -r) still rebuilds")
  func touchBackStillRebuilds() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    let list = directory + "/un.xml"
    _ = try FileSystem.copyFile(from: SharedLists.un, to: list)
    let store = IndexStore(directory: directory + "/cache")
    #expect(try IndexStore.loadOrBuild(listPaths: [list], store: store).rebuilt)
    var before = stat()
    #expect(stat(list, &before) == 0)
    // Same size, one letter changed, modification time set back.
    var bytes = CLIWriter.read(list)
    let position = try #require(bytes.firstIndex(of: UInt8(ascii: "Z")))
    bytes[position] = UInt8(ascii: "Y")
    CLIWriter.write(bytes, to: list, truncate: false)
    var times = [before.st_atim, before.st_mtim]
    #expect(utimensat(AT_FDCWD, list, &times, 0) == 0)
    var after = stat()
    #expect(stat(list, &after) == 0)
    #expect(after.st_mtim.tv_sec == before.st_mtim.tv_sec && after.st_mtim.tv_nsec == before.st_mtim.tv_nsec)
    #expect(after.st_size == before.st_size)
    #expect(try IndexStore.loadOrBuild(listPaths: [list], store: store).rebuilt)
  }

  @Test("Temporary files older than an hour are removed when an index is written")
  func staleTemporariesRemoved() throws {
    let directory = temporaryDirectory()
    defer { removeTree(directory) }
    let stale = directory + "/index-0123456789abcdef.bin.tmp-4242"
    let fresh = directory + "/index-0123456789abcdef.bin.tmp-4343"
    CLIWriter.write([1, 2, 3], to: stale)
    CLIWriter.write([1, 2, 3], to: fresh)
    var old = [timespec(tv_sec: time(nil) - 7200, tv_nsec: 0), timespec(tv_sec: time(nil) - 7200, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, stale, &old, 0) == 0)
    _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: IndexStore(directory: directory))
    #expect(!FileSystem.exists(noFollow: stale))
    #expect(FileSystem.exists(noFollow: fresh))
  }
}

/// Small file helpers for these tests.
enum CLIWriter {
  static func read(_ path: String) -> [UInt8] {
    FileSystem.readBytes(path) ?? []
  }

  /// Writes `bytes` (in place, keeping the inode, unless `truncate`).
  static func write(_ bytes: [UInt8], to path: String, truncate: Bool = true) {
    let fd = open(path, O_WRONLY | O_CREAT | (truncate ? O_TRUNC : 0), 0o600)
    precondition(fd >= 0, "cannot open \(path)")
    defer { close(fd) }
    _ = bytes.withUnsafeBytes { FileSystem.writeAll(fd, $0) }
  }
}
