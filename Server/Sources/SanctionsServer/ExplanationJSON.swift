import Foundation
import SanctionsScreening
import SanctionsSupport

/// A `MatchExplanation` as JSON, with the keys of its `Codable` form (those of
/// `sanctions compare --format json`): `alignments` (`left`, `right`, `method`, `rule`,
/// `similarity`, `weight`), `kind`, `score`, `unmatched_left`, `unmatched_right`,
/// `ignored_titles`, `legal_forms`, `penalties`.
struct ExplanationJSON: JSONWritable {
  let explanation: MatchExplanation

  init(_ explanation: MatchExplanation) {
    self.explanation = explanation
  }

  func write(to json: inout JSONWriter) {
    json.beginObject()
    json.key("alignments")
    json.beginArray()
    for pair in explanation.alignments {
      json.beginObject()
      json.field("left", pair.left)
      json.field("method", pair.method.rawValue)
      json.field("right", pair.right)
      json.field("rule", pair.rule)
      json.field("similarity", pair.similarity)
      json.field("weight", pair.weight)
      json.endObject()
    }
    json.endArray()
    json.field("ignored_titles", explanation.ignoredTitles)
    json.field("kind", explanation.kind.rawValue)
    json.field("legal_forms", explanation.legalForms)
    json.key("penalties")
    if explanation.penalties.isEmpty {
      json.strings([])
    } else if let data = try? JSONEncoder().encode(explanation.penalties) {
      // Rare, and their shape is the engine's `Codable` form: let it write them.
      json.raw(Array(data))
    } else {
      json.strings(explanation.penalties.map(\.description))
    }
    json.field("score", explanation.score)
    json.field("unmatched_left", explanation.unmatchedLeft)
    json.field("unmatched_right", explanation.unmatchedRight)
    json.endObject()
  }
}
