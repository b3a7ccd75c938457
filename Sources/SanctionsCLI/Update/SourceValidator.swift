import SanctionsLists
import SanctionsSupport

/// Checks a fetched source by parsing it as the screening commands will.
///
/// The source's folder is loaded with ``ListLoader/load(paths:)``. The
/// source is valid only when every fetched file was read as a list (or as
/// part of an OFAC CSV set), nothing failed to parse, and at least one
/// entity came out; otherwise the error names the source, the file's URL
/// and the reason.
enum SourceValidator {
  /// One fetched file, as validated.
  struct FileSummary {
    /// The file's name in the set.
    var name: String
    /// Where it was fetched from.
    var origin: String
    /// Its size in bytes.
    var size: Int
    /// Its SHA-256.
    var sha256: SHA256.Digest
    /// The publication date the list states, if any.
    var published: PartialDate?
    /// Entities read (nil for a file read as part of another file's set).
    var entities: Int?
    /// The file whose set this one belongs to (an OFAC companion's `sdn.csv`).
    var partOf: String?
  }

  /// Validates `folder` (one source's fetched files). `fetched` maps each
  /// file name to where it came from and its size.
  static func validate(
    _ source: SourceManifest.Source, folder: String, fetched: [String: ListFetcher.Fetched]
  ) throws(UpdateError) -> [FileSummary] {
    func origin(of path: String) -> String { fetched[FileSystem.baseName(path)]?.origin ?? path }
    let loaded: LoadedLists
    do {
      loaded = try ListLoader.load(paths: [folder])
    } catch {
      throw .invalid(source: source.id, url: origin(of: error.path), reason: error.description)
    }
    if let skipped = loaded.skipped.first {
      throw .invalid(source: source.id, url: origin(of: skipped.path), reason: "\(skipped.reason).")
    }
    var summaries: [FileSummary] = []
    var read: Set<String> = []
    for report in loaded.reports {
      let name = FileSystem.baseName(report.path)
      read.insert(name)
      summaries.append(
        try summary(name, folder: folder, fetched: fetched, published: report.published, entities: report.entities))
      for companion in report.companionPaths {
        let companionName = FileSystem.baseName(companion)
        read.insert(companionName)
        summaries.append(
          try summary(
            companionName, folder: folder, fetched: fetched, published: report.published, entities: nil,
            partOf: name))
      }
    }
    for name in fetched.keys.sorted() where !read.contains(name) {
      throw .invalid(
        source: source.id, url: fetched[name]!.origin,
        reason: "it was not read as a list or as part of one (an OFAC CSV file without its set?).")
    }
    if loaded.entities.isEmpty {
      throw .empty(source: source.id, url: source.urls.map { origin(of: source.fileName(of: $0)) }.joined(separator: ", "))
    }
    return summaries
  }

  private static func summary(
    _ name: String, folder: String, fetched: [String: ListFetcher.Fetched], published: PartialDate?,
    entities: Int?, partOf: String? = nil
  ) throws(UpdateError) -> FileSummary {
    let path = FileSystem.join(folder, name)
    do {
      let (digest, size) = try SHA256.hash(file: path)
      return FileSummary(
        name: name, origin: fetched[name]?.origin ?? path, size: size, sha256: digest, published: published,
        entities: entities, partOf: partOf)
    } catch {
      throw .fileSystem(error, doing: "hashing \(path)")
    }
  }
}
