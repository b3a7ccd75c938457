import SanctionsScreening

/// A list file as the catalog and `list_file` show it: where it was read from, its source,
/// dates, entity counts and SHA-256 (and its companion files').
struct ListFileBody: Encodable {
  var path: String
  var dataset: String
  var format: String
  var published: String?
  var snapshotDate: String?
  var entities: Int
  var screened: Int
  var sha256: String
  var companions: [Companion]

  struct Companion: Encodable {
    var path: String
    var sha256: String
  }

  enum CodingKeys: String, CodingKey {
    case path, dataset, format, published, entities, screened, sha256, companions
    case snapshotDate = "snapshot_date"
  }

  init(_ file: ListFileSummary) {
    path = file.path
    dataset = file.source.rawValue
    format = file.format
    published = file.published
    snapshotDate = file.snapshotDate
    entities = file.entities
    screened = file.screened
    sha256 = file.sha256
    companions = zip(file.companionPaths, file.companionSHA256).map { Companion(path: $0, sha256: $1) }
  }
}
