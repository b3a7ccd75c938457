import SanctionsScreening
import SanctionsSupport

/// A list file as the catalog and `list_file` show it: where it was read from, its source,
/// dates, entity counts and SHA-256 (and its companion files').
struct ListFileBody: JSONWritable {
  var path: String
  var dataset: String
  var format: String
  var published: String?
  var snapshotDate: String?
  var entities: Int
  var screened: Int
  var sha256: String
  var companions: [Companion]

  struct Companion: JSONWritable {
    var path: String
    var sha256: String

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("path", path)
      json.field("sha256", sha256)
      json.endObject()
    }
  }

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field("companions", companions)
    json.field("dataset", dataset)
    json.field("entities", entities)
    json.field("format", format)
    json.field("path", path)
    json.field("published", published)
    json.field("screened", screened)
    json.field("sha256", sha256)
    json.field("snapshot_date", snapshotDate)
    json.endObject()
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
