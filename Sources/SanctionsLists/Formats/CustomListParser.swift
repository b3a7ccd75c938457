import SanctionsSupport

/// A firm's own watchlist, in three shapes:
///
/// - **CSV** with a header row. Columns (case-insensitive, any order; only `id` and `name` are
///   required): `id`, `name`, `type` (`person`/`individual`, `organization`/`entity`/`company`,
///   `vessel`, `aircraft`, `unknown`; default `unknown`), `aliases`, `weak_aliases`,
///   `former_names`, `original_script_names` (each `;`-separated), `birth_dates`,
///   `nationalities`, `programs` (`;`-separated), `remarks`.
/// - **JSON lines**: one object per line with the same keys; list values may be JSON arrays or
///   `;`-separated strings.
/// - **JSON array** of names (`["NAME ONE", "NAME TWO"]`) or of objects as above.
///
/// Ids: `custom:<id>`; names from a plain array get `custom:<file stem>:<position>`.
enum CustomListParser {
  static let columns = [
    "id", "name", "type", "aliases", "weak_aliases", "former_names", "original_script_names",
    "birth_dates", "nationalities", "programs", "remarks",
  ]

  static func entityType(_ raw: String?) -> EntityType? {
    switch raw?.asciiLowercased ?? "" {
    case "", "unknown": return .unknown
    case "person", "individual": return .person
    case "organization", "organisation", "entity", "company": return .organization
    case "vessel", "ship": return .vessel
    case "aircraft", "airplane": return .aircraft
    default: return nil
    }
  }

  /// Builds one entity from a record accessor; nil (with a warning) when unusable.
  static func entity(
    location: RecordLocation, value: (String) -> [String], warnings: inout [ListWarning]
  ) -> Entity? {
    guard let id = value("id").first else {
      warnings.append(ListWarning(.missingValue(field: "id", record: "record"), at: location))
      return nil
    }
    let typeText = value("type").first
    guard let type = entityType(typeText) else {
      warnings.append(ListWarning(.unknownRecordType(id: "custom:" + id, type: typeText ?? ""), at: location))
      return nil
    }
    var builder = EntityBuilder(id: "custom:" + id, source: .custom, type: type)
    builder.addName(value("name").first, kind: .primary)
    for alias in value("aliases") { builder.addName(alias, kind: .aka) }
    for alias in value("weak_aliases") { builder.addName(alias, kind: .weakAka, quality: .low) }
    for alias in value("former_names") { builder.addName(alias, kind: .fka) }
    for alias in value("original_script_names") { builder.addName(alias, kind: .originalScript) }
    for date in value("birth_dates") { builder.addBirthDates(Dates.birthDates(date)) }
    builder.addNationalities(value("nationalities").compactMap(Countries.resolve))
    for program in value("programs") { builder.addProgram(program) }
    for remark in value("remarks") { builder.addRemark(remark) }
    guard builder.hasPrimaryName else {
      warnings.append(ListWarning(.recordWithoutName(id: "custom:" + id), at: location))
      return nil
    }
    return builder.build()
  }

  /// Keeps the first record of an id; a later one is reported and ignored.
  static func addUnlessDuplicate(_ entity: Entity, line: Int, seen: inout [String: Int], result: inout ParsedList) {
    if let first = seen[entity.id] {
      result.warnings.append(ListWarning(.duplicateID(entity.id, firstLine: first), at: .line(line)))
      return
    }
    seen[entity.id] = line
    result.entities.append(entity)
  }

  static func splitList(_ text: String?) -> [String] {
    guard let text else { return [] }
    return text.split(separator: ";").compactMap { Text.clean(String($0)) }
  }

  static func parseCSV(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .customCSV, source: .custom, published: nil, entities: [], records: 0, warnings: [])
    var reader = CSVReader(data, path: path)
    var fields: [CSVReader.Field] = []
    let (header, column) = try reader.readHeader(into: &fields, path: path, required: ["id", "name"])
    let unknown = header.filter { !$0.isEmpty && !columns.contains($0) }
    if !unknown.isEmpty {
      result.warnings.append(ListWarning(.ignoredColumns(unknown)))
    }
    var seen: [String: Int] = [:]
    while try reader.next(into: &fields) {
      result.records += 1
      let line = reader.recordLine
      guard fields.count == header.count else {
        throw .wrongColumnCount(path: path, line: line, expected: header.count, found: fields.count)
      }
      let record = fields
      let entity = entity(location: .line(line), value: { (name: String) -> [String] in
        guard let index = column[name], let text = reader.value(record[index]) else { return [] }
        return ["id", "name", "type", "remarks", "birth_dates"].contains(name) && name != "birth_dates" ? [text] : splitList(text)
      }, warnings: &result.warnings)
      guard let entity else { continue }
      addUnlessDuplicate(entity, line: line, seen: &seen, result: &result)
    }
    return result
  }

  private static func accessor(_ object: JSONValue) -> (String) -> [String] {
    { name in
      guard let value = object[name] else { return [] }
      if case .array = value { return value.strings.compactMap { Text.clean($0) } }
      guard let text = value.string else { return [] }
      return ["id", "name", "type", "remarks"].contains(name) ? [text].compactMap { Text.clean($0) } : splitList(text)
    }
  }

  static func parseJSONLines(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .customJSONLines, source: .custom, published: nil, entities: [], records: 0, warnings: [])
    var seen: [String: Int] = [:]
    try JSONParser.forEachObjectLine(data, path: path) { (line, object) throws(ListError) in
      result.records += 1
      guard let entity = entity(location: .line(line), value: accessor(object), warnings: &result.warnings) else {
        return
      }
      addUnlessDuplicate(entity, line: line, seen: &seen, result: &result)
    }
    return result
  }

  static func parseJSONArray(_ data: ByteBuffer, path: String) throws(ListError) -> ParsedList {
    try data.requireUTF8(path: path)
    var result = ParsedList(format: .customJSONArray, source: .custom, published: nil, entities: [], records: 0, warnings: [])
    guard case .array(let items) = try JSONParser.parse(data, path: path) else {
      throw .malformedJSON(path: path, line: 1, column: 1, detail: "expected a JSON array")
    }
    var stem = FileSystem.baseName(path)
    if let dot = stem.lastIndex(of: "."), dot != stem.startIndex { stem = String(stem[..<dot]) }
    var seen: Set<String> = []
    var blank = 0
    for (index, item) in items.enumerated() {
      result.records += 1
      switch item {
      case .string(let text):
        guard let name = Text.clean(text) else {
          blank += 1
          continue
        }
        let entity = Entity(
          id: "custom:\(stem):\(index + 1)", source: .custom, type: .unknown,
          names: [EntityName(name, kind: .primary)])
        result.entities.append(entity)
      case .object:
        guard let entity = entity(location: .item(index + 1), value: accessor(item), warnings: &result.warnings) else {
          continue
        }
        guard seen.insert(entity.id).inserted else {
          result.warnings.append(ListWarning(.duplicateID(entity.id, firstLine: nil), at: .item(index + 1)))
          continue
        }
        result.entities.append(entity)
      default:
        result.warnings.append(ListWarning(.neitherNameNorObject, at: .item(index + 1)))
      }
    }
    if blank > 0 { result.warnings.append(ListWarning(.emptyNames(count: blank))) }
    return result
  }
}
