import SanctionsSupport

/// The list snapshot that ships with the tool, so that a fresh clone (or a
/// fresh installation) can screen with no list arguments.
///
/// It is the folder `snapshot/` of the tool's data folder (see
/// ``PackageData``): `lists/snapshot/` in the repository when the tool runs
/// from a build folder, `<prefix>/share/sanctions/snapshot/` when installed,
/// or `$SANCTIONS_DATA_DIR/snapshot/`. Its `manifest.json` names each file
/// (path relative to the folder, source, official URL, publication date, size,
/// SHA-256, licence); only the files it names are loaded.
///
/// A snapshot is stale by nature. Its date is the newest publication date of
/// its files; when that is more than ``maximumAgeDays`` old, every command
/// that uses it says so loudly (see ``ListsSelection/announce(command:)``).
struct EmbeddedSnapshot: Sendable {
  /// One list file of the snapshot.
  struct File: Sendable {
    /// The file's absolute path.
    var path: String
    /// The list source (`un-sc`, `ofac-sdn`, …).
    var source: String
    /// The publication date, `YYYY-MM-DD`.
    var published: String
    /// The file's size in bytes, as the manifest states it.
    var bytes: Int
    /// The file's SHA-256, as the manifest states it.
    var sha256: String
  }

  /// The snapshot folder's name inside the data folder.
  static let folderName = "snapshot"
  /// The manifest's name inside the snapshot folder.
  static let manifestName = "manifest.json"
  /// A snapshot whose newest list was published more than this many days ago
  /// is stale: commands warn loudly. Official lists change weekly; a month-old
  /// snapshot misses designations.
  static let maximumAgeDays = 30

  /// The manifest's path.
  let manifestPath: String
  /// The day the snapshot was assembled (`YYYY-MM-DD`).
  let assembled: String
  /// The files, in manifest order.
  let files: [File]

  /// The snapshot's date: its newest publication date.
  var date: String { files.map(\.published).max() ?? assembled }
  /// Its oldest publication date.
  var oldestDate: String { files.map(\.published).min() ?? assembled }
  /// The snapshot folder.
  var folder: String { FileSystem.directoryName(manifestPath) }

  /// Days from the snapshot's date to `today` (a day number, see
  /// ``Clock/currentDay()``).
  func ageDays(today: Int = Clock.currentDay()) -> Int {
    guard let day = Clock.day(ofISODate: date) else { return 0 }
    return today - day
  }

  /// True when the snapshot is older than ``maximumAgeDays``.
  func isStale(today: Int = Clock.currentDay()) -> Bool { ageDays(today: today) > Self.maximumAgeDays }

  /// The installed snapshot, or nil when the tool's data folders hold none
  /// (`tried` lists the manifests looked for). Throws when a manifest exists
  /// but is unreadable, invalid, or names a missing or resized file.
  static func locate() throws(EmbeddedSnapshotError) -> (snapshot: EmbeddedSnapshot?, tried: [String]) {
    let name = FileSystem.join(folderName, manifestName)
    let manifest: String
    do throws(PackageDataError) { manifest = try PackageData.locate(name) } catch { return (nil, error.tried) }
    return (try load(manifest: manifest), [])
  }

  /// Reads and checks the manifest at `path`: every file it names must exist
  /// with the stated size (a cheap check against a damaged or partial copy;
  /// the SHA-256 of every file is recorded in the audit data when the index
  /// is built).
  static func load(manifest path: String) throws(EmbeddedSnapshotError) -> EmbeddedSnapshot {
    let document: JSONValue
    do {
      document = try JSONParser.parseDocument(FileSystem.readAllBytes(path)[...])
    } catch let error as FileSystemError {
      throw .unreadable(path: path, reason: error.reason)
    } catch {
      throw .invalid(path: path, detail: "\(error)")
    }
    guard document["format"]?.string == "1" else {
      throw .invalid(path: path, detail: "\"format\" must be 1")
    }
    guard let assembled = document["assembled"]?.string, Clock.day(ofISODate: assembled) != nil else {
      throw .invalid(path: path, detail: "\"assembled\" must be a YYYY-MM-DD date")
    }
    guard case .array(let entries)? = document["files"], !entries.isEmpty else {
      throw .invalid(path: path, detail: "no \"files\" array")
    }
    let folder = FileSystem.directoryName(path)
    var files: [File] = []
    for (index, entry) in entries.enumerated() {
      files.append(try file(entry, number: index + 1, folder: folder, manifest: path))
    }
    return EmbeddedSnapshot(manifestPath: path, assembled: assembled, files: files)
  }

  private static func file(
    _ entry: JSONValue, number: Int, folder: String, manifest: String
  ) throws(EmbeddedSnapshotError) -> File {
    guard let relative = entry["path"]?.string, !relative.isEmpty, !relative.hasPrefix("/"),
      !relative.split(separator: "/").contains("..")
    else {
      throw .invalid(path: manifest, detail: "file \(number) has no relative \"path\" inside the snapshot folder")
    }
    guard let source = entry["source"]?.string, let published = entry["published"]?.string,
      Clock.day(ofISODate: published) != nil, let bytes = entry["bytes"]?.number.map(Int.init),
      let sha256 = entry["sha256"]?.string, sha256.utf8.count == 64
    else {
      throw .invalid(
        path: manifest, detail: "\(relative): needs \"source\", \"published\" (YYYY-MM-DD), \"bytes\" and \"sha256\"")
    }
    let absolute = FileSystem.join(folder, relative)
    guard FileSystem.kind(of: absolute) == .file else { throw .missingFile(path: absolute, manifest: manifest) }
    let actual = FileSystem.size(of: absolute)
    guard actual == bytes else { throw .wrongSize(path: absolute, bytes: actual, expected: bytes) }
    return File(path: absolute, source: source, published: published, bytes: bytes, sha256: sha256)
  }
}

/// The embedded snapshot is there but cannot be used.
enum EmbeddedSnapshotError: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case invalid(path: String, detail: String)
  case missingFile(path: String, manifest: String)
  case wrongSize(path: String, bytes: Int, expected: Int)

  private static let remedy =
    "Reinstall the tool's data folder (lists/snapshot in the repository), or install current lists with 'sanctions update'."

  var description: String {
    switch self {
    case .unreadable(let path, let reason):
      return "cannot read the embedded list snapshot's manifest \(path): \(reason). \(Self.remedy)"
    case .invalid(let path, let detail):
      return "the embedded list snapshot's manifest \(path) is invalid: \(detail). \(Self.remedy)"
    case .missingFile(let path, let manifest):
      return "the embedded list snapshot is incomplete: \(path), named by \(manifest), is missing. \(Self.remedy)"
    case .wrongSize(let path, let bytes, let expected):
      return "the embedded list snapshot is damaged: \(path) has \(bytes) bytes, its manifest says \(expected). "
        + Self.remedy
    }
  }
}
