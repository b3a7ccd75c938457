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
