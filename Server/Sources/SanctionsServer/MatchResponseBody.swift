import SanctionsScreening

/// The answer of `POST /match/{dataset}` in yente's shape (`EntityMatchResponse`):
/// `{"responses": {"<key>": {"status": 200, "results": [...], "total": {...}, "query": {...}}}, "limit": 5}`.
struct MatchResponseBody: Encodable {
  var responses: [String: QueryResponse]
  var limit: Int

  /// The answer to one query (`EntityMatches`).
  struct QueryResponse: Encodable {
    var status = 200
    var results: [ScoredEntity]
    var total: Total
    var query: ExampleEcho
  }

  /// How many results are matches (`score >= threshold`): `eq` when that is all of them,
  /// `gte` when the results were cut at `limit` while still matching (more may exist).
  struct Total: Encodable {
    var value: Int
    var relation: String
  }

  /// The query as it was read: its id, schema and properties (every value as text).
  struct ExampleEcho: Encodable {
    var id: String?
    var schema: String
    var properties: [String: [String]]

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)  // null when absent, as yente echoes it
      try container.encode(schema, forKey: .schema)
      try container.encode(properties, forKey: .properties)
    }

    enum CodingKeys: String, CodingKey { case id, schema, properties }
  }

  init(queries: [MatchQuery], hits: [[BatchScreening.Hit]], parameters: MatchParameters, index: LoadedIndex) {
    var responses: [String: QueryResponse] = [:]
    for (query, found) in zip(queries, hits) {
      let results = found.map { ScoredEntity($0, threshold: parameters.threshold, index: index) }
      let matches = results.count(where: \.match)
      let cut = results.count == parameters.limit && results.last?.match == true
      responses[query.key] = QueryResponse(
        results: results, total: Total(value: matches, relation: cut ? "gte" : "eq"),
        query: ExampleEcho(id: query.exampleID, schema: query.schema.rawValue, properties: query.properties))
    }
    self.responses = responses
    limit = parameters.limit
  }
}
