import SanctionsScreening

/// The body of `POST /match/{dataset}`, read and checked: yente's
/// `{"queries": {"<key>": {"schema": "Person", "properties": {"name": [...], ...}}}, "weights": {}, "config": {}}`.
///
/// Everything the engine cannot screen is refused with a 400 naming the place in the body
/// (`queries.q1.properties.name[0] must be a string, not a number`), as yente refuses an example
/// it cannot parse. `weights` is accepted and ignored (the engine's score is calibrated as a
/// whole); a `config` key is refused, as yente refuses keys its algorithm does not know.
struct MatchRequest: Sendable {
  /// The queries, ordered by key (null queries are skipped, as yente skips them).
  let queries: [MatchQuery]

  /// Reads a parsed body. `maximumQueries` is the batch limit (yente's `MAX_BATCH`, 100).
  init(_ body: JSONValue, maximumQueries: Int) throws(APIError) {
    guard case .object(let fields) = body else {
      throw .badRequest(
        "The request body must be a JSON object like {\"queries\": {\"q1\": {\"schema\": \"Person\", "
          + "\"properties\": {\"name\": [\"...\"]}}}}, not \(body.typeName).")
    }
    switch fields["config"] {
    case nil, .null?: break
    case .object(let config)?:
      if let key = config.keys.sorted().first {
        throw .badRequest("Invalid configuration parameter: \(key) for algorithm \(Algorithm.engineName)")
      }
    case let other?: throw .badRequest("\"config\" must be an object, not \(other.typeName).")
    }
    switch fields["weights"] {
    case nil, .null?, .object?: break
    case let other?: throw .badRequest("\"weights\" must be an object, not \(other.typeName).")
    }
    guard let queriesValue = fields["queries"] else {
      throw .badRequest("The request body has no \"queries\" object (queries by the caller's key).")
    }
    guard case .object(let byKey) = queriesValue else {
      throw .badRequest("\"queries\" must be an object of queries by the caller's key, not \(queriesValue.typeName).")
    }
    guard byKey.count <= maximumQueries else {
      throw .badRequest("Too many queries in one batch (limit: \(maximumQueries)); this one has \(byKey.count).")
    }
    var queries: [MatchQuery] = []
    for key in byKey.keys.sorted() {
      let value = byKey[key]!
      if value == .null { continue }
      queries.append(try MatchQuery(key: key, value))
    }
    guard !queries.isEmpty else { throw .badRequest("No queries provided.") }
    self.queries = queries
  }
}

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
    guard case .object(let fields) = value else {
      throw .badRequest("\(place) must be an object with \"schema\" and \"properties\", not \(value.typeName).")
    }
    self.key = key
    switch fields["id"] {
    case nil, .null?: exampleID = nil
    case .string(let id)?: exampleID = id
    case let other?: throw .badRequest("\(place).id must be a string, not \(other.typeName).")
    }
    guard case .string(let schemaName)? = fields["schema"] else {
      throw .badRequest("\(place).schema must be a string naming the schema, one of \(EntitySchema.acceptedNames).")
    }
    guard let schema = EntitySchema(rawValue: schemaName) else {
      throw .badRequest(
        "\(place).schema \"\(schemaName)\" cannot be screened; use one of \(EntitySchema.acceptedNames).")
    }
    self.schema = schema
    guard case .object(let rawProperties)? = fields["properties"] else {
      throw .badRequest("\(place).properties must be an object of property values, e.g. {\"name\": [\"...\"]}.")
    }
    var properties: [String: [String]] = [:]
    for (property, raw) in rawProperties {
      properties[property] = try Self.texts(raw, place: "\(place).properties.\(property)")
    }
    self.properties = properties

    var names: [String] = []
    var seen = Set<String>()
    func addName(_ text: String) {
      // Screened as written (as `sanctions screen` reads a name); blank values are skipped.
      if !text.trimmingSpaces.isEmpty, seen.insert(text).inserted { names.append(text) }
    }
    for property in Self.nameProperties { properties[property]?.forEach(addName) }
    if names.isEmpty {
      // A name given in parts only (FtM's firstName, middleName, lastName).
      let parts = ["firstName", "middleName", "lastName"].compactMap { properties[$0]?.first?.trimmingSpaces }
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
    birthYear = dates.lazy.compactMap(BirthYear.parse).first
    if birthYear == nil, let first = dates.first {
      throw .badRequest(
        "\(place).properties.birthDate must contain a year, e.g. \"1957\" or \"1957-03-10\" (got \"\(first)\").")
    }
    country = Self.countryProperties.lazy.compactMap { properties[$0]?.first { !$0.trimmingSpaces.isEmpty } }.first
  }

  /// A property's values as text: a string, or a list of strings (numbers are taken as their
  /// digits, nulls skipped); anything else is refused.
  private static func texts(_ value: JSONValue, place: String) throws(APIError) -> [String] {
    switch value {
    case .null: return []
    case .string(let text): return [text]
    case .number(let number): return [numberText(number)]
    case .array(let items):
      var texts: [String] = []
      texts.reserveCapacity(items.count)
      for (index, item) in items.enumerated() {
        switch item {
        case .null: continue
        case .string(let text): texts.append(text)
        case .number(let number): texts.append(numberText(number))
        default: throw .badRequest("\(place)[\(index)] must be a string, not \(item.typeName).")
        }
      }
      return texts
    default:
      throw .badRequest("\(place) must be a string or a list of strings, not \(value.typeName).")
    }
  }

  private static func numberText(_ number: Double) -> String {
    if number.rounded() == number, abs(number) < 1e15 { return String(Int(number)) }
    return String(number)
  }
}

/// Reads a year from a date of birth as people write it: the first run of four digits between
/// 1800 and 2100 (`1957`, `1957-03-10`, `10.03.1957`). The same rule as `sanctions screen --dob`.
enum BirthYear {
  static func parse(_ text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits == 4, (1800...2100).contains(value) { return value }
      } else {
        digits = 0
        value = 0
      }
    }
    return nil
  }
}

extension String {
  /// The text without leading and trailing white space.
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }
}
