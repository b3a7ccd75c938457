import SanctionsScreening
import SanctionsSupport

/// One query of a batch: the caller's key, its example entity as read, and what is screened.
struct MatchQuery: Sendable {
  /// Most names screened for one query.
  static let maximumNames = 50
  /// The properties whose values are screened as names, in this order.
  static let nameProperties = ["name", "alias", "previousName"]
  /// The properties whose first value is the query's country, in this order.
  static let countryProperties = ["nationality", "citizenship", "country", "jurisdiction"]

  /// The caller's key in `queries`.
  let key: String
  /// The example's own `id`, echoed.
  let exampleID: String?
  let schema: EntitySchema
  /// The example's properties as read, every value as text; echoed in the answer's `query`.
  let properties: [String: [String]]
  /// The names screened, without repeats.
  let names: [String]
  /// The year of the first `birthDate` that contains one (the CLI's `--dob`).
  let birthYear: Int?
  /// The first value of `nationality`, `citizenship`, `country` or `jurisdiction` (the CLI's `--country`).
  let country: String?

  /// The engine's query for one of the names: what `sanctions screen` builds for a JSON line
  /// `{"name", "type", "dob", "country"}` with the same values.
  func screeningQuery(name: String) -> ScreeningQuery {
    ScreeningQuery(name: name, kind: schema.partyKind, birthYear: birthYear, country: country)
  }

  init(key: String, _ value: JSONValue) throws(APIError) {
    let place = "queries.\(key)"
    guard case .object = value else {
      throw .badRequest("\(place) must be an object with \"schema\" and \"properties\", not \(value.typeName).")
    }
    self.key = key
    switch value["id"] {
    case nil, .null?: exampleID = nil
    case .string(let id)?: exampleID = id
    case let other?: throw .badRequest("\(place).id must be a string, not \(other.typeName).")
    }
    guard case .string(let schemaName)? = value["schema"] else {
      throw .badRequest("\(place).schema must be a string naming the schema, one of \(EntitySchema.acceptedNames).")
    }
    guard let schema = EntitySchema(rawValue: schemaName) else {
      throw .badRequest(
        "\(place).schema \"\(schemaName)\" cannot be screened; use one of \(EntitySchema.acceptedNames).")
    }
    self.schema = schema
    guard case .object(let rawProperties)? = value["properties"] else {
      throw .badRequest("\(place).properties must be an object of property values, e.g. {\"name\": [\"...\"]}.")
    }
    var properties: [String: [String]] = [:]
    for (property, raw) in rawProperties {
      // A property given twice in one object: its values together.
      properties[property, default: []] += try Self.texts(raw, place: "\(place).properties.\(property)")
    }
    self.properties = properties

    var names: [String] = []
    var seen = Set<String>()
    func addName(_ text: String) {
      // Screened as written (as `sanctions screen` reads a name); blank values are skipped.
      if !text.trimmingWhitespace.isEmpty, seen.insert(text).inserted { names.append(text) }
    }
    for property in Self.nameProperties { properties[property]?.forEach(addName) }
    if names.isEmpty {
      // A name given in parts only (FtM's firstName, middleName, lastName).
      let parts = ["firstName", "middleName", "lastName"].compactMap { properties[$0]?.first?.trimmingWhitespace }
        .filter { !$0.isEmpty }
      if !parts.isEmpty { addName(parts.joined(separator: " ")) }
    }
    guard !names.isEmpty else {
      throw .badRequest(
        "\(place) has no name to screen: give properties.name (or alias, previousName, firstName and lastName).")
    }
    guard names.count <= Self.maximumNames else {
      throw .badRequest("\(place) has \(names.count) names; at most \(Self.maximumNames) are screened per query.")
    }
    self.names = names

    let dates = properties["birthDate"] ?? []
    birthYear = dates.lazy.compactMap(ScreeningQuery.birthYear(in:)).first
    if birthYear == nil, let first = dates.first {
      throw .badRequest(
        "\(place).properties.birthDate must contain a year, e.g. \"1957\" or \"1957-03-10\" (got \"\(first)\").")
    }
    country = Self.countryProperties.lazy.compactMap { properties[$0]?.first { !$0.trimmingWhitespace.isEmpty } }.first
  }

  /// A property's values as text: a string, or a list of strings (numbers are taken as written,
  /// nulls skipped); anything else is refused.
  private static func texts(_ value: JSONValue, place: String) throws(APIError) -> [String] {
    switch value {
    case .null: return []
    case .string(let text): return [text]
    case .number(let text): return [text]
    case .array(let items):
      var texts: [String] = []
      texts.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        switch item {
        case .null: continue
        case .string(let text): texts.append(text)
        case .number(let text): texts.append(text)
        default: throw .badRequest("\(place)[\(index)] must be a string, not \(item.typeName).")
        }
      }
      return texts
    default:
      throw .badRequest("\(place) must be a string or a list of strings, not \(value.typeName).")
    }
  }
}
