import SanctionsScreening
import SanctionsSupport

/// A listed entity in yente's shape (`EntityResponse`): `id`, `caption`, `schema`,
/// FollowTheMoney-style `properties`, `datasets` (the list sources of the party's records),
/// `referents` (the party's other record ids) and `target` (always true: every entity is a
/// designation). `GET /entities/{id}` adds `list_file`, the file it was read from.
struct EntityBody: JSONWritable {
  var id: String
  var caption: String
  var schema: String
  var properties: [String: [String]]
  var datasets: [String]
  var referents: [String]
  var target = true
  var listFile: ListFileBody?

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field("caption", caption)
    json.field("datasets", datasets)
    json.field("id", id)
    if let listFile { json.field("list_file", listFile) }
    json.key("properties")
    json.stringLists(properties)
    json.field("referents", referents)
    json.field("schema", schema)
    json.field("target", target)
    json.endObject()
  }

  /// The body for `entity` of `index`; `records` are the party's records, `entity` first.
  init(_ entity: ScreeningEntity, records: [ScreeningEntity], index: LoadedIndex, withListFile: Bool = false) {
    id = entity.id
    caption = Self.caption(entity)
    schema = EntitySchema.of(entity.type).rawValue
    if let full = index.fullRecord(id: entity.id) {
      properties = EntityProperties.of(full)
    } else {
      properties = EntityProperties.of(entity)
    }
    var sources: [ListSource] = []
    for record in records where !sources.contains(record.source) { sources.append(record.source) }
    datasets = sources.sorted().map(\.rawValue)
    referents = records.map(\.id).filter { $0 != entity.id }
    if withListFile, let file = entity.listFile, index.screener.provenance.files.indices.contains(file) {
      listFile = ListFileBody(index.screener.provenance.files[file])
    }
  }

  /// The entity's main name: its first primary name, else its first name, else its id.
  static func caption(_ entity: ScreeningEntity) -> String {
    entity.names.first(where: { $0.kind == .primary })?.value ?? entity.names.first?.value ?? entity.id
  }
}

extension EntityBody {
  /// A body from its fields (for a match whose record cannot be found).
  init(id: String, caption: String, schema: String, properties: [String: [String]], datasets: [String], referents: [String]) {
    self.id = id
    self.caption = caption
    self.schema = schema
    self.properties = properties
    self.datasets = datasets
    self.referents = referents
  }
}
