import SanctionsScreening
import SanctionsSupport

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

  /// Parses a request body. Throws a 400 ``APIError`` saying where the JSON is broken.
  static func parseBody(_ bytes: some Collection<UInt8>) throws(APIError) -> JSONValue {
    guard !bytes.isEmpty else { throw .badRequest("The request body is empty; send a JSON object.") }
    do {
      return try JSONParser.parseDocument(Array(bytes)[...])
    } catch {
      throw .badRequest("The request body is not valid JSON at line \(error.line), column \(error.column): \(error.detail).")
    }
  }

  /// Reads a parsed body. `maximumQueries` is the batch limit (yente's `MAX_BATCH`, 100).
  init(_ body: JSONValue, maximumQueries: Int) throws(APIError) {
    guard case .object = body else {
      throw .badRequest(
        "The request body must be a JSON object like {\"queries\": {\"q1\": {\"schema\": \"Person\", "
          + "\"properties\": {\"name\": [\"...\"]}}}}, not \(body.typeName).")
    }
    switch body["config"] {
    case nil, .null?: break
    case .object(let config)?:
      if let key = config.map(\.key).sorted().first {
        throw .badRequest("Invalid configuration parameter: \(key) for algorithm \(Algorithm.engineName)")
      }
    case let other?: throw .badRequest("\"config\" must be an object, not \(other.typeName).")
    }
    switch body["weights"] {
    case nil, .null?, .object?: break
    case let other?: throw .badRequest("\"weights\" must be an object, not \(other.typeName).")
    }
    guard let queriesValue = body["queries"] else {
      throw .badRequest("The request body has no \"queries\" object (queries by the caller's key).")
    }
    guard case .object(let members) = queriesValue else {
      throw .badRequest("\"queries\" must be an object of queries by the caller's key, not \(queriesValue.typeName).")
    }
    guard members.count <= maximumQueries else {
      throw .badRequest("Too many queries in one batch (limit: \(maximumQueries)); this one has \(members.count).")
    }
    var byKey: [String: JSONValue] = [:]
    for member in members {
      guard byKey.updateValue(member.value, forKey: member.key) == nil else {
        throw .badRequest("\"queries\" has the key \"\(member.key)\" more than once; give each query its own key.")
      }
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
