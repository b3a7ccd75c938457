import SanctionsScreening
import SanctionsSupport

/// The answer of `GET /catalog`, in the shape of yente's `DataCatalogModel` (what
/// `yente-client`'s `datasets()` reads): one dataset per list source loaded (`un-sc`,
/// `ofac-sdn`, ...) with its files' publication dates, entity counts and SHA-256 hashes, and the
/// `default` collection of them all, which `/match/default` screens against. `index` says what
/// the service loaded, from where and when.
struct CatalogBody: JSONWritable {
  var datasets: [Dataset]
  var current: [String]
  var outdated: [String] = []
  var indexStale = false
  var index: IndexInfo

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field("current", current)
    json.field("datasets", datasets)
    json.field("index", index)
    json.field("index_stale", indexStale)
    json.field("outdated", outdated)
    json.endObject()
  }

  struct Dataset: JSONWritable {
    var name: String
    var title: String
    /// The newest publication date of its files (`2026-02-27`), when they state or imply one.
    var version: String?
    /// The same date at midnight UTC, when it is a full date.
    var updatedAt: String?
    /// Entities screened (records withdrawn from a newer publication are left out).
    var entityCount: Int
    var load = true
    var indexCurrent = true
    var indexVersion: String
    var children: [String]
    var files: [ListFileBody]

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("children", children)
      json.field("entity_count", entityCount)
      json.field("files", files)
      json.field("index_current", indexCurrent)
      json.field("index_version", indexVersion)
      json.field("load", load)
      json.field("name", name)
      json.field("title", title)
      json.field("updated_at", updatedAt)
      json.field("version", version)
      json.endObject()
    }
  }

  struct IndexInfo: JSONWritable {
    var engine: String
    var source: String
    var version: String?
    var loadedAt: String
    var loadSeconds: Double
    var entities: Int
    var names: Int
    var warnings: Int

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("engine", engine)
      json.field("entities", entities)
      json.field("load_seconds", loadSeconds)
      json.field("loaded_at", loadedAt)
      json.field("names", names)
      json.field("source", source)
      json.field("version", version)
      json.field("warnings", warnings)
      json.endObject()
    }
  }

  init(_ index: LoadedIndex) {
    let screener = index.screener
    let files = screener.provenance.files
    var counts: [ListSource: Int] = [:]
    for entity in screener.entities { counts[entity.source, default: 0] += 1 }
    let indexVersion = index.loadedAt
    var datasets: [Dataset] = [
      Dataset(
        name: DatasetScope.allDatasets, title: "Every loaded list", version: nil, updatedAt: nil,
        entityCount: screener.entities.count, indexVersion: indexVersion, children: index.sources.map(\.rawValue),
        files: [])
    ]
    for source in index.sources {
      let own = files.filter { $0.source == source }
      let version = own.compactMap { $0.published ?? $0.snapshotDate }.max()
      datasets.append(
        Dataset(
          name: source.rawValue, title: source.displayName, version: version,
          updatedAt: version.flatMap(Self.midnight), entityCount: counts[source] ?? 0, indexVersion: indexVersion,
          children: [], files: own.map(ListFileBody.init)))
    }
    self.datasets = datasets
    current = datasets.map(\.name)
    self.index = IndexInfo(
      engine: EngineVersion.description, source: index.source.description, version: index.version,
      loadedAt: index.loadedAt, loadSeconds: index.loadSeconds, entities: screener.entities.count,
      names: screener.nameCount, warnings: screener.provenance.warnings.count)
  }

  /// `2026-02-27T00:00:00Z` for a full date `2026-02-27`; nil for `2026-02` or other text.
  static func midnight(_ date: String) -> String? {
    let bytes = Array(date.utf8)
    guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D,
      bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || (0x30...0x39).contains($0.element) })
    else { return nil }
    return date + "T00:00:00Z"
  }
}
