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

  /// A new folder holding the saved index of the UN list, the store, and the index file.
  func savedUNIndex() throws -> (directory: String, store: IndexStore, file: String) {
    let directory = temporaryDirectory()
    let store = IndexStore(directory: directory)
    do {
      _ = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
      guard let file = files(in: directory).first(where: { $0.hasSuffix(".bin") }) else {
        throw IndexFileMissing(directory: directory)
      }
      return (directory, store, file)
    } catch {
      remove(directory)
      throw error
    }
  }

  struct IndexFileMissing: Error {
    let directory: String
  }

  func files(in directory: String) -> [String] {
    var files: [String] = []
    FileSystem.walk(directory) { files.append($0) }
    return files
  }

  @Test("The lists' provenance (files, dates, counts, SHA-256) and warnings are saved with the index")
  func provenanceSaved() throws {
    let directory = temporaryDirectory()
    defer { remove(directory) }
    let store = IndexStore(directory: directory)
    let dfat = SharedLists.root + "/australia_dfat/regulation8_consolidated.xlsx"
    let paths = [SharedLists.un, dfat]
    let first = try IndexStore.loadOrBuild(listPaths: paths, store: store)
    #expect(first.rebuilt)
    let provenance = first.screener.provenance
    #expect(provenance.files.map(\.source) == [.unSecurityCouncil, .australiaDFAT])
    #expect(provenance.files[0].published == "2026-02-27")
    #expect(provenance.files[0].entities == 1003)
    #expect(provenance.files[0].sha256 == (try SHA256.hash(file: SharedLists.un)).digest.hexadecimal)
    #expect(!provenance.warnings.isEmpty, "DFAT has dates of birth that are not dates")
    #expect(first.warnings.count >= provenance.warnings.count)
    let second = try IndexStore.loadOrBuild(listPaths: paths, store: store)
    #expect(!second.rebuilt)
    #expect(second.warnings.isEmpty)
    #expect(second.screener.provenance == provenance)
    #expect(second.screener.entities.allSatisfy { $0.listFile != nil })
    let un = try #require(second.screener.entities.firstIndex { $0.id == "un:QDi.006" })
    #expect(second.screener.entities[un].listFile == 0)
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
    #expect(second.screener.nameCount == first.screener.nameCount)
    for name in ["Ayman al-Zawahiri", "Taliban", "أيمن الظواهري", "Kim Jong Un", "Ким Чен Ын", "1267", "Al Qaida"] {
      let query = ScreeningQuery(name: name)
      let matches = try first.screener.screen(query, threshold: 0.6, limit: 50)
      #expect(!matches.isEmpty || name == "1267", "\(name)")
      #expect(try second.screener.screen(query, threshold: 0.6, limit: 50) == matches, "\(name)")
      // Explanations of the read-back screener are those of the built one.
      let prepared = try first.screener.prepare(query)
      for match in matches {
        #expect(second.screener.explain(match, for: prepared) == first.screener.explain(match, for: prepared))
      }
    }
  }

  @Test("An index file whose tables are damaged but whose checksum agrees is rejected, never trusted")
  func damagedTablesWithValidChecksum() throws {
    let (directory, store, file) = try savedUNIndex()
    defer { remove(directory) }
    let original = try #require(readAll(file))
    // Header: magic (8), version (4), padding (4), checksum (8); the payload follows.
    let payloadStart = 24
    for step in 1..<16 {
      var bytes = original
      let position = payloadStart + (bytes.count - payloadStart) * step / 16
      for offset in position..<min(bytes.count, position + 64) { bytes[offset] = 0xFF }
      let checksum = bytes[payloadStart...].withUnsafeBytes { Checksum.of($0) }
      withUnsafeBytes(of: checksum.littleEndian) { for (index, byte) in $0.enumerated() { bytes[16 + index] = byte } }
      #expect(writeAll(file, bytes))
      let reloaded = try IndexStore.loadOrBuild(listPaths: [SharedLists.un], store: store)
      // Either the damage hit a string (read as other text) or a table (rejected and rebuilt).
      if reloaded.rebuilt {
        #expect(reloaded.warnings.contains { if case .damagedIndex = $0 { true } else { false } }, "step \(step)")
      }
      #expect(reloaded.screener.nameCount > 0)
      _ = try reloaded.screener.screen(ScreeningQuery(name: "Ayman al-Zawahiri"))
      _ = try reloaded.screener.screen(ScreeningQuery(name: "1267"))
    }
  }

  private func readAll(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return nil }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
    return count == bytes.count ? bytes : nil
  }

  private func writeAll(_ path: String, _ bytes: [UInt8]) -> Bool {
    let fd = open(path, O_WRONLY | O_TRUNC)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) } == bytes.count
  }

  @Test("A standalone index file is saved, read back with identical results, and refused when damaged")
  func standaloneFile() throws {
    let directory = temporaryDirectory()
    defer { remove(directory) }
    let built = Screener(entities: SharedLists.unEntities)
    let path = directory + "/un.index"
    try IndexStore.save(built, to: path)
    let read = try IndexStore.load(from: path)
    #expect(read.entities == built.entities)
    for name in ["Ayman al-Zawahiri", "Taliban", "أيمن الظواهري"] {
      let query = ScreeningQuery(name: name)
      #expect(try read.screen(query, threshold: 0.6) == built.screen(query, threshold: 0.6))
    }
    #expect(throws: IndexStore.IndexFileError.self) { try IndexStore.load(from: directory + "/missing.index") }
    #expect(truncate(path, 4096) == 0)
    let error = #expect(throws: IndexStore.IndexFileError.self) { try IndexStore.load(from: path) }
    #expect(error?.description.contains("is damaged") == true)
    #expect(throws: IndexStore.IndexFileError.self) { try IndexStore.save(built, to: "/proc/no-such-folder/un.index") }
  }

  @Test("A damaged index file is detected and rebuilt")
  func corruption() throws {
    let (directory, store, file) = try savedUNIndex()
    defer { remove(directory) }
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
    let (directory, store, file) = try savedUNIndex()
    defer { remove(directory) }
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
