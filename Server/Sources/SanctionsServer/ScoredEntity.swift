import SanctionsScreening
import SanctionsSupport

/// One result (`ScoredEntityResponse`): the listed entity that matched best for its party, its
/// `score` (the engine's, full precision), `match` (`score >= threshold`) and `explanations`.
///
/// Explanations are yente-style features (`{"score", "weight", "detail", "query", "candidate"}`):
/// `name_match` is the name score, its `detail` the engine's token-level reasons (each aligned
/// pair of name parts with its rule, similarity and weight, unmatched parts, penalties), and
/// `alignment` the same as structured data (the keys of `sanctions compare --format json`);
/// `type_match`, `birth_year_match` and `country_match` are the attribute adjustments, each
/// with its signed change as `score`. With weight 1 each, the features add up to the score
/// (before it is held within 0...1).
struct ScoredEntity: JSONWritable {
  var entity: EntityBody
  var score: Double
  var match: Bool
  var explanations: [String: Feature]

  struct Feature: JSONWritable {
    var score: Double
    var weight: Double = 1
    var detail: String?
    var query: String?
    var candidate: String?
    var alignment: MatchExplanation?

    func write(to json: inout JSONWriter) {
      json.beginObject()
      if let alignment { json.field("alignment", ExplanationJSON(alignment)) }
      json.field("candidate", candidate)
      json.field("detail", detail)
      json.field("query", query)
      json.field("score", score)
      json.field("weight", weight)
      json.endObject()
    }
  }

  init(_ hit: BatchScreening.Hit, threshold: Double, index: LoadedIndex) {
    let match = hit.match
    let records = match.records.compactMap { index.entity(id: $0.entityID) }
    let matched = index.entity(id: match.entityID)
    if let matched {
      entity = EntityBody(matched, records: records.isEmpty ? [matched] : records, index: index)
    } else {
      // Not reachable: every match is an entity of the screener that found it.
      entity = EntityBody(
        id: match.entityID, caption: match.matchedName, schema: EntitySchema.of(match.entityType).rawValue,
        properties: ["name": [match.matchedName]], datasets: [match.source.rawValue], referents: [])
    }
    score = match.score
    self.match = match.score >= threshold
    var features: [String: Feature] = [
      "name_match": Feature(
        score: match.nameScore, detail: Self.detail(hit.explanation), query: hit.queryName,
        candidate: match.matchedName, alignment: hit.explanation)
    ]
    for adjustment in match.adjustments {
      let key: String
      let query: String
      var candidate: String? = nil
      switch adjustment.attribute {
      case .type(let kind, let listed):
        key = "type_match"
        query = kind.rawValue
        candidate = listed.rawValue
      case .birthYear(let year):
        key = "birth_year_match"
        query = String(year)
      case .country(let country):
        key = "country_match"
        query = country
      }
      features[key] = Feature(score: adjustment.change, detail: adjustment.description, query: query, candidate: candidate)
    }
    explanations = features
  }

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.field("caption", entity.caption)
    json.field("datasets", entity.datasets)
    json.key("explanations")
    json.beginObject()
    for name in explanations.keys.sorted() { json.field(name, explanations[name]!) }
    json.endObject()
    json.field("id", entity.id)
    json.field("match", match)
    json.key("properties")
    json.stringLists(entity.properties)
    json.field("referents", entity.referents)
    json.field("schema", entity.schema)
    json.field("score", score)
    json.field("target", entity.target)
    json.endObject()
  }

  /// The explanation's lines after the score, joined with "; " (`aiman ~ ayman: equivalentName
  /// 0.93 (weight 1.00); zawahri ~ zawahari: phonetic 0.86 (weight 1.00)`).
  static func detail(_ explanation: MatchExplanation) -> String {
    explanation.text.split(separator: "\n").dropFirst().map { $0.trimmingWhitespace }.joined(separator: "; ")
  }
}
