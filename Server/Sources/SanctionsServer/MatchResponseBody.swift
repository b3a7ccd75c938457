import SanctionsScreening
import SanctionsSupport

/// The answer of `POST /match/{dataset}` in yente's shape (`EntityMatchResponse`):
/// `{"responses": {"<key>": {"status": 200, "results": [...], "total": {...}, "query": {...}}}, "limit": 5}`.
struct MatchResponseBody: JSONWritable {
  var responses: [String: QueryResponse]
  var limit: Int

  /// The answer to one query (`EntityMatches`).
  struct QueryResponse: JSONWritable {
    var status = 200
    var results: [ScoredEntity]
    var total: Total
    var query: ExampleEcho

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("query", query)
      json.field("results", results)
      json.field("status", status)
      json.field("total", total)
      json.endObject()
    }
  }

  /// How many results are matches (`score >= threshold`): `eq` when that is all of them,
  /// `gte` when the results were cut at `limit` while still matching (more may exist).
  struct Total: JSONWritable {
    var value: Int
    var relation: String

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.field("relation", relation)
      json.field("value", value)
      json.endObject()
    }
  }

  /// The query as it was read: its id (null when absent, as yente echoes it), schema and
  /// properties (every value as text).
  struct ExampleEcho: JSONWritable {
    var id: String?
    var schema: String
    var properties: [String: [String]]

    func write(to json: inout JSONWriter) {
      json.beginObject()
      json.key("id")
      if let id { json.string(id) } else { json.null() }
      json.key("properties")
      json.stringLists(properties)
      json.field("schema", schema)
      json.endObject()
    }
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

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field("limit", limit)
    json.key("responses")
    json.beginObject()
    for key in responses.keys.sorted() { json.field(key, responses[key]!) }
    json.endObject()
    json.endObject()
  }
}
