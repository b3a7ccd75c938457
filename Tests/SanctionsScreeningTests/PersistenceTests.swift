import SanctionsLists
import SanctionsScreening
import SanctionsSupport
import Testing

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Persisted index")
struct PersistenceTests {
  /// A new empty folder under /tmp; remove it with ``remove(_:)``.
  func temporaryDirectory() -> String {
    var template = Array("/tmp/sanctions-test-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    return path
  }

  /// Removes a folder made by ``temporaryDirectory()`` and the index files in it.
  func remove(_ directory: String) {
    for file in files(in: directory) { unlink(file) }
    rmdir(directory)
  }

  func files(in directory: String) -> [String] {
    var files: [String] = []
    FileSystem.walk(directory) { files.append($0) }
    return files
  }

  @Test("Built once, then read back with identical results")
  func roundTrip() throws {
    let directory = temporaryDirectory()
    defer { remove(directory) }
    let store = IndexStore(directory: directory)
    let first = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(first.rebuilt)
    let second = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(!second.rebuilt)
    #expect(second.screener.entities == first.screener.entities)
    #expect(second.screener.skippedNames == first.screener.skippedNames)
    for name in ["Ayman al-Zawahiri", "Taliban", "أيمن الظواهري", "Kim Jong Un"] {
      let query = ScreeningQuery(name: name)
      #expect(try first.screener.screen(query) == second.screener.screen(query))
    }
  }

  @Test("A damaged index file is detected and rebuilt")
  func corruption() throws {
    let directory = temporaryDirectory()
    defer { remove(directory) }
    let store = IndexStore(directory: directory)
    _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    let file = try #require(files(in: directory).first { $0.hasSuffix(".bin") })
    // Flip one byte in the middle of the file.
    let fd = open(file, O_RDWR)
    #expect(fd >= 0)
    var info = stat()
    fstat(fd, &info)
    var byte: UInt8 = 0
    pread(fd, &byte, 1, off_t(info.st_size / 2))
    byte ^= 0xFF
    pwrite(fd, &byte, 1, off_t(info.st_size / 2))
    close(fd)
    let reloaded = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(reloaded.rebuilt)
    #expect(reloaded.warnings.contains { if case .damagedIndex = $0 { true } else { false } })
    #expect(reloaded.warnings.contains { $0.description.contains("is damaged") })
    #expect(reloaded.screener.entities.count == 1003)
  }

  @Test("A truncated index file is detected and rebuilt")
  func truncation() throws {
    let directory = temporaryDirectory()
    defer { remove(directory) }
    let store = IndexStore(directory: directory)
    _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    let file = try #require(files(in: directory).first { $0.hasSuffix(".bin") })
    #expect(truncate(file, 1000) == 0)
    let reloaded = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
    #expect(reloaded.rebuilt)
  }

  @Test("A store that cannot be written is a warning, not a failure")
  func unwritableStore() throws {
    let result = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: IndexStore(directory: "/proc/sanctions-cannot-write"))
    #expect(result.rebuilt)
    #expect(result.warnings.contains { if case .indexNotSaved(directory: "/proc/sanctions-cannot-write", _) = $0 { true } else { false } })
    #expect(result.warnings.contains { $0.description.hasPrefix("could not save the index in /proc/sanctions-cannot-write: ") })
  }

  @Test("Missing list files are an error naming the path")
  func missingLists() {
    #expect(throws: ListError.self) {
      try IndexStore.loadOrBuild(listPaths: ["/nonexistent/list.xml"], store: nil)
    }
  }
}
