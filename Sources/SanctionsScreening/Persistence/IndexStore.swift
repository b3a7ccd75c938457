public import SanctionsLists
import SanctionsIndex
import SanctionsMatching
import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// A folder of persisted indexes, so that screening one name from the command
/// line does not re-read every list file.
///
/// Each set of list paths has its own file, `index-<hash>.bin`: a versioned
/// header, the fingerprint of the list files it was built from (paths, sizes,
/// modification and change times, inodes, and the engine binary), a checksum
/// of the contents, then the screening entities and the index. A file is used only when its
/// version, fingerprint and checksum all agree; otherwise the lists are loaded
/// again, the index rebuilt and the file replaced (atomically, via rename).
///
/// The folder is used only when it is safe (see ``CacheDirectory``): created
/// with mode 0700, not a symbolic link, owned by the current user and not
/// writable by others. Temporary files are created exclusively (never
/// through a planted link), and a lock file (`index.lock`) makes concurrent
/// cold runs build once: the others wait, then read the saved index.
public struct IndexStore: Sendable {
  /// The folder holding the index files.
  public let directory: String

  static let magic: [UInt8] = Array("SANCTIDX".utf8)
  static let formatVersion: UInt32 = 10

  /// Creates a store in `directory` (created when first written).
  public init(directory: String) {
    self.directory = directory
  }

  /// `$SANCTIONS_CACHE_DIR`, else `$XDG_CACHE_HOME/sanctions`, else
  /// `~/.cache/sanctions` (home from `$HOME`, else the password database);
  /// nil (no cache) when there is no home: never a shared folder under /tmp.
  public static func defaultDirectory() -> String? {
    if let explicit = environment("SANCTIONS_CACHE_DIR"), !explicit.isEmpty { return explicit }
    if let xdg = environment("XDG_CACHE_HOME"), !xdg.isEmpty { return xdg + "/sanctions" }
    if let home = environment("HOME"), !home.isEmpty { return home + "/.cache/sanctions" }
    if let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir {
      let home = String(cString: directory)
      if !home.isEmpty, home != "/" { return home + "/.cache/sanctions" }
    }
    return nil
  }

  private static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  /// The outcome of ``loadOrBuild(listPaths:store:)``.
  public struct LoadResult: Sendable {
    /// The screener over every entity of the lists.
    public let screener: Screener
    /// Whether the index was rebuilt from the list files (else read from the store).
    public let rebuilt: Bool
    /// Things the user should know: a damaged index file, a store that cannot
    /// be written, list warnings, names that could not be indexed.
    public let warnings: [LoadWarning]
  }

  /// Returns a screener for the list paths, from the store when it holds a
  /// valid index for exactly these files and options, else by loading the
  /// lists (and then saving the index to the store).
  ///
  /// The list warnings of a build are saved with the index: on a run that
  /// reads it, they are in the screener's ``ListProvenance/warnings`` (and
  /// not repeated in ``LoadResult/warnings``).
  ///
  /// - Throws: ``ListError`` when the lists themselves cannot be loaded.
  public static func loadOrBuild(
    listPaths: [String], options: LoadOptions = LoadOptions(), store: IndexStore?
  ) throws(ListError) -> LoadResult {
    let fingerprint = FileFingerprint.of(paths: listPaths)
    var warnings: [LoadWarning] = []
    var store = store
    if let unsafe = store, case .failure(let refusal) = CacheDirectory.check(unsafe.directory), refusal.unsafe {
      warnings.append(.cacheRefused(directory: unsafe.directory, reason: refusal.description))
      store = nil
    }
    var lock: FileLock? = nil
    if let usable = store {
      let indexPath = usable.path(for: listPaths, options: options)
      switch usable.read(listPaths: listPaths, options: options, fingerprint: fingerprint) {
      case .success(let screener):
        return LoadResult(screener: screener, rebuilt: false, warnings: [])
      case .failure(.missing), .failure(.stale):
        break
      case .failure(.damaged(let reason)):
        warnings.append(.damagedIndex(path: indexPath, reason: reason))
      }
      // Build once: wait for a concurrent build of the same folder, then
      // read what it saved.
      if let refusal = CacheDirectory.prepare(usable.directory) {
        warnings.append(
          refusal.unsafe
            ? .cacheRefused(directory: usable.directory, reason: refusal.description)
            : .indexNotSaved(directory: usable.directory, reason: refusal.description))
        store = nil
      } else {
        do throws(FileLock.Failure) {
          lock = try FileLock(exclusive: usable.directory + "/index.lock", wait: true)
        } catch {
          // No lock (e.g. a file system without flock): build without it.
        }
        if lock != nil, case .success(let screener) = usable.read(listPaths: listPaths, options: options, fingerprint: fingerprint) {
          return LoadResult(screener: screener, rebuilt: false, warnings: warnings)
        }
      }
    }
    let lists = try ListLoader.load(paths: listPaths, options: options)
    for report in lists.reports {
      for warning in report.warnings { warnings.append(.list(path: report.path, warning)) }
    }
    for skipped in lists.skipped { warnings.append(.skippedPath(skipped)) }
    let screener = Screener(lists: lists, options: options)
    warnings += screener.skippedNames.map(LoadWarning.nameNotIndexed)
    if let store {
      do {
        try store.write(screener, listPaths: listPaths, options: options, fingerprint: fingerprint)
      } catch {
        warnings.append(.indexNotSaved(directory: store.directory, reason: error.description))
      }
    }
    lock = nil  // held until the index is saved
    return LoadResult(screener: screener, rebuilt: true, warnings: warnings)
  }

  /// The index file for a set of list paths.
  func path(for listPaths: [String], options: LoadOptions) -> String {
    var writer = BinaryWriter()
    for path in listPaths.map(FileFingerprint.absolute).sorted() { writer.write(path) }
    if options.includeSuperseded { writer.write("--include-superseded") }
    let hash = writer.bytes.withUnsafeBytes { Checksum.of($0) }
    var hex = String(hash, radix: 16)
    while hex.count < 16 { hex = "0" + hex }
    return directory + "/index-" + hex + ".bin"
  }

  enum ReadFailure: Error {
    case missing
    case stale
    case damaged(String)
  }

  func read(listPaths: [String], options: LoadOptions, fingerprint: FileFingerprint) -> Result<Screener, ReadFailure> {
    Self.readIndexFile(at: path(for: listPaths, options: options), fingerprint: fingerprint)
  }

  /// Reads the index file at `path`, built from what `fingerprint` describes.
  static func readIndexFile(at path: String, fingerprint: FileFingerprint) -> Result<Screener, ReadFailure> {
    guard let bytes = Self.readFile(path) else { return .failure(.missing) }
    return readIndex(bytes, fingerprint: fingerprint)
  }

  /// Decodes an index file's bytes in memory, for the fuzz target of the
  /// loader (`Fuzz/`) and tests. The fingerprint is read but not compared
  /// (an index saved by another build is accepted). With
  /// `recomputingChecksum`, the header's checksum is first replaced by the
  /// payload's own, so damaged payloads reach the table checks.
  ///
  /// - Returns: The screener, or nil when the bytes are rejected.
  package static func decodeInMemory(_ bytes: UnsafeRawBufferPointer, recomputingChecksum: Bool) -> Screener? {
    guard bytes.count > 0 else { return nil }
    let copy = MappedFile(copying: bytes)
    if recomputingChecksum, copy.count >= 24 {
      let checksum = copy.withUnsafeBytes { Checksum.of(UnsafeRawBufferPointer(rebasing: $0[24...])) }
      UnsafeMutableRawPointer(mutating: copy.base).storeBytes(of: checksum.littleEndian, toByteOffset: 16, as: UInt64.self)
    }
    return try? readIndex(copy, fingerprint: nil).get()
  }

  /// Decodes an index file's bytes; a nil `fingerprint` accepts any.
  private static func readIndex(_ bytes: MappedFile, fingerprint: FileFingerprint?) -> Result<Screener, ReadFailure> {
    bytes.withUnsafeBytes { raw -> Result<Screener, ReadFailure> in
      do {
        var reader = BinaryReader(raw)
        for expected in Self.magic {
          guard try reader.read(UInt8.self) == expected else { return .failure(.damaged("not an index file")) }
        }
        guard try reader.read(UInt32.self) == Self.formatVersion else { return .failure(.stale) }
        _ = try reader.read(UInt32.self)  // padding: the payload starts 8-byte aligned
        let checksum = try reader.read(UInt64.self)
        let payloadStart = reader.position
        guard Checksum.of(UnsafeRawBufferPointer(rebasing: raw[payloadStart...])) == checksum else {
          return .failure(.damaged("checksum mismatch"))
        }
        let stored = try FileFingerprint.read(from: &reader)
        if let fingerprint, stored != fingerprint { return .failure(.stale) }
        return .success(try ScreenerCoding.decode(from: &reader, mapping: bytes))
      } catch {
        return .failure(.damaged("\(error)"))
      }
    }
  }

  func write(
    _ screener: Screener, listPaths: [String], options: LoadOptions, fingerprint: FileFingerprint
  ) throws(StoreWriteError) {
    if let refusal = CacheDirectory.prepare(directory) { throw StoreWriteError(description: refusal.description) }
    CacheDirectory.removeStaleTemporaries(in: directory)
    try Self.writeIndexFile(
      screener, fingerprint: fingerprint, to: path(for: listPaths, options: options), readableByOthers: false)
  }

  /// Writes an index file at `target`, atomically (a temporary file beside
  /// it, created exclusively, then a rename). Cache files are private
  /// (0600); a standalone index is `readableByOthers` (0644).
  static func writeIndexFile(
    _ screener: Screener, fingerprint: FileFingerprint, to target: String, readableByOthers: Bool
  ) throws(StoreWriteError) {
    var payload = BinaryWriter()
    fingerprint.write(to: &payload)
    ScreenerCoding.encode(screener, into: &payload)
    var file = BinaryWriter()
    for byte in Self.magic { file.write(byte) }
    file.write(Self.formatVersion)
    file.write(UInt32(0))  // padding: the payload starts 8-byte aligned
    file.write(payload.bytes.withUnsafeBytes { Checksum.of($0) })
    let header = file.bytes
    let temporary = try Self.writeTemporaryFile(
      beside: target, parts: [header, payload.bytes], mode: readableByOthers ? 0o644 : 0o600)
    guard rename(temporary, target) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw StoreWriteError(description: "cannot rename \(temporary) to \(target): \(reason)")
    }
  }

  struct StoreWriteError: Error, CustomStringConvertible {
    let description: String
  }

  /// Writes `parts` to a new file `<target>.tmp-XXXXXX` (mkstemp: created
  /// exclusively, so a planted file or symbolic link is never followed),
  /// checking every write, the fsync and the close; returns its path. On
  /// failure the temporary file is removed.
  private static func writeTemporaryFile(beside target: String, parts: [[UInt8]], mode: mode_t) throws(StoreWriteError) -> String {
    var template = Array((target + ".tmp-XXXXXX").utf8CString)
    let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    guard fd >= 0 else { throw StoreWriteError(description: "cannot create \(path): \(FileSystem.describe(errno: errno))") }
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    func fail(_ doing: String, _ code: Int32) -> StoreWriteError {
      unlink(path)
      return StoreWriteError(description: "cannot \(doing) \(path): \(FileSystem.describe(errno: code))")
    }
    var failure: StoreWriteError? = nil
    if fchmod(fd, mode) != 0 { failure = fail("set the permissions of", errno) }
    for part in parts where failure == nil {
      if let code = part.withUnsafeBytes({ FileSystem.writeAll(fd, $0) }) { failure = fail("write", code) }
    }
    if failure == nil, fsync(fd) != 0 { failure = fail("sync", errno) }
    if close(fd) != 0, failure == nil { failure = fail("close", errno) }
    if let failure { throw failure }
    return path
  }

  /// The file's bytes, mapped read-only (no copy, no zero-filling); the
  /// mapping is released when the returned object goes away.
  private static func readFile(_ path: String) -> MappedFile? {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
    guard let address, address != MAP_FAILED else { return nil }
    return MappedFile(base: UnsafeRawPointer(address), count: size)
  }
}

/// A read-only memory mapping of a whole file (immutable: safe to share).
final class MappedFile: @unchecked Sendable {
  let base: UnsafeRawPointer
  let count: Int

  /// False for a heap copy (``init(copying:)``), freed rather than unmapped.
  private let mapped: Bool

  init(base: UnsafeRawPointer, count: Int) {
    self.base = base
    self.count = count
    mapped = true
  }

  /// A heap copy of `bytes`, 16-byte aligned like a mapping's start.
  init(copying bytes: UnsafeRawBufferPointer) {
    let memory = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
    if let source = bytes.baseAddress { memory.copyMemory(from: source, byteCount: bytes.count) }
    base = UnsafeRawPointer(memory)
    count = bytes.count
    mapped = false
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), count)
    } else {
      UnsafeMutableRawPointer(mutating: base).deallocate()
    }
  }

  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: count))
  }
}

/// Encoding of a screener's entities and index.
enum ScreenerCoding {
  static func encode(_ screener: Screener, into writer: inout BinaryWriter) {
    writer.write(UInt32(screener.entities.count))
    for entity in screener.entities {
      writer.write(entity.id)
      writer.write(UInt8(ListSource.allCases.firstIndex(of: entity.source)!))
      writer.write(UInt8(EntityType.allCases.firstIndex(of: entity.type)!))
      writer.write(UInt16(entity.names.count))
      for name in entity.names {
        writer.write(name.value)
        writer.write(UInt8(SanctionsLists.NameKind.allCases.firstIndex(of: name.kind)!))
      }
      writer.write(UInt16(entity.birthYears.count))
      for years in entity.birthYears {
        writer.write(UInt16(years.lowerBound))
        writer.write(UInt16(years.upperBound))
      }
      writer.write(UInt16(entity.countries.count))
      for country in entity.countries { writer.write(country) }
      writer.write(entity.sameAs ?? "")
      writer.write(UInt16(entity.listFile ?? Int(UInt16.max)))
    }
    writer.write(array: screener.names.map { UInt64($0.entity) << 16 | UInt64($0.name) })
    writer.write(UInt32(screener.skippedNames.count))
    for skipped in screener.skippedNames {
      writer.write(skipped.entityID)
      writer.write(skipped.name)
      writer.write(skipped.reason)
    }
    ProvenanceCoding.encode(screener.provenance, into: &writer)
    screener.index.write(to: &writer)
  }

  static func decode(from reader: inout BinaryReader, mapping: MappedFile) throws(BinaryFormatError) -> Screener {
    let sources = ListSource.allCases
    let types = EntityType.allCases
    let kinds = SanctionsLists.NameKind.allCases
    let entityCount = Int(try reader.read(UInt32.self))
    // Each entity takes at least 18 bytes (id, source, type, three counts, same-as, list
    // file): a count beyond what is left is damage, not a reason to reserve gigabytes.
    guard entityCount <= reader.remaining / 18 else {
      throw BinaryFormatError(description: "\(entityCount) entities cannot fit in the \(reader.remaining) bytes left")
    }
    var entities: [ScreeningEntity] = []
    entities.reserveCapacity(entityCount)
    for _ in 0..<entityCount {
      let id = try reader.readString()
      let source = try reader.readCase(of: sources)
      let type = try reader.readCase(of: types)
      let nameCount = Int(try reader.read(UInt16.self))
      var names: [ScreeningName] = []
      names.reserveCapacity(nameCount)
      for _ in 0..<nameCount {
        let value = try reader.readString()
        names.append(ScreeningName(value: value, kind: try reader.readCase(of: kinds)))
      }
      let yearCount = Int(try reader.read(UInt16.self))
      var years: [ClosedRange<Int>] = []
      for _ in 0..<yearCount {
        let low = Int(try reader.read(UInt16.self))
        let high = Int(try reader.read(UInt16.self))
        guard low <= high else { throw BinaryFormatError(description: "bad year range") }
        years.append(low...high)
      }
      let countryCount = Int(try reader.read(UInt16.self))
      var countries: [String] = []
      for _ in 0..<countryCount { countries.append(try reader.readString()) }
      let sameAs = try reader.readString()
      let listFile = Int(try reader.read(UInt16.self))
      entities.append(
        ScreeningEntity(
          id: id, source: source, type: type, names: names, birthYears: years, countries: countries,
          sameAs: sameAs.isEmpty ? nil : sameAs, listFile: listFile == Int(UInt16.max) ? nil : listFile))
    }
    let packed = try reader.readArray(of: UInt64.self)
    var names: [Screener.NameReference] = []
    names.reserveCapacity(packed.count)
    for value in packed {
      let entity = Int(value >> 16)
      let name = Int(value & 0xFFFF)
      guard entity < entities.count, name < entities[entity].names.count else {
        throw BinaryFormatError(description: "name reference out of range")
      }
      names.append(Screener.NameReference(entity: UInt32(entity), name: UInt16(name)))
    }
    let skippedCount = Int(try reader.read(UInt32.self))
    var skipped: [SkippedName] = []
    for _ in 0..<skippedCount {
      skipped.append(SkippedName(entityID: try reader.readString(), name: try reader.readString(), reason: try reader.readString()))
    }
    let provenance = try ProvenanceCoding.decode(from: &reader)
    for entity in entities {
      guard (entity.listFile ?? 0) < max(1, provenance.files.count) else {
        throw BinaryFormatError(description: "entity list file out of range")
      }
    }
    let index = try UnitIndex(reading: &reader, owner: mapping)
    guard index.nameCount == names.count else {
      throw BinaryFormatError(description: "the index and the entities disagree on the number of names")
    }
    return Screener(entities: entities, names: names, index: index, skippedNames: skipped, provenance: provenance)
  }
}

extension BinaryReader {
  /// One of `cases`, written as its position.
  mutating func readCase<T>(of cases: [T]) throws(BinaryFormatError) -> T {
    let index = Int(try read(UInt8.self))
    guard index < cases.count else { throw BinaryFormatError(description: "unknown \(T.self) #\(index)") }
    return cases[index]
  }
}
