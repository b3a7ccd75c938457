import Foundation
import SanctionsScreening
import SanctionsSupport
import Testing

/// Screening results, queries and explanations survive a JSON round trip
/// with the CLI's field names, and print readably.
@Suite("Codable results and readable output")
struct CodableTests {
  let screener = SharedLists.unScreener
  /// Ayman al-Zawahiri (UN QDi.006, born 1951, Egyptian), with every attribute
  /// given so that the match carries adjustments.
  let query = ScreeningQuery(name: "Aiman al-Zawahri", kind: .person, birthYear: 1951, country: "EG")

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  @Test("A match from screening the UN list encodes with the CLI's keys and decodes to the same public fields")
  func matchRoundTrip() throws {
    let match = try #require(try screener.screen(query).first)
    #expect(match.entityID == "un:QDi.006")
    #expect(!match.adjustments.isEmpty)

    let data = try Self.encoder().encode(match)
    let json = try JSONParser.parseDocument(ArraySlice(Array(data)))
    guard case .object(let members) = json else {
      Issue.record("not a JSON object: \(String(decoding: data, as: UTF8.self))")
      return
    }
    #expect(
      members.map(\.key)
        == ["adjustments", "entity_id", "name", "name_kind", "name_score", "records", "score", "source", "type"])
    #expect(json["entity_id"] == .string("un:QDi.006"))
    #expect(json["source"] == .string("un-sc"))
    #expect(json["type"] == .string("person"))
    #expect(json["name_kind"] == .string(match.nameKind.rawValue))

    let decoded = try JSONDecoder().decode(ScreeningMatch.self, from: data)
    #expect(decoded.entityID == match.entityID)
    #expect(decoded.source == match.source)
    #expect(decoded.entityType == match.entityType)
    #expect(decoded.matchedName == match.matchedName)
    #expect(decoded.nameKind == match.nameKind)
    #expect(decoded.score == match.score)
    #expect(decoded.nameScore == match.nameScore)
    #expect(decoded.adjustments == match.adjustments)
    #expect(decoded.description == match.description)
  }

  @Test("Every kind of score adjustment round-trips, flat")
  func adjustmentRoundTrip() throws {
    let adjustments = [
      ScoreAdjustment(.type(query: .person, listed: .organization), agrees: false, change: -0.05),
      ScoreAdjustment(.birthYear(1951), agrees: true, change: 0.03),
      ScoreAdjustment(.country("EG"), agrees: true, change: 0.02),
    ]
    let data = try Self.encoder().encode(adjustments)
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"[{"agrees":false,"attribute":"type","change":-0.05,"listed":"organization","query":"person"},"#
        + #"{"agrees":true,"attribute":"birth_year","change":0.03,"year":1951},"#
        + #"{"agrees":true,"attribute":"country","change":0.02,"country":"EG"}]"#)
    #expect(try JSONDecoder().decode([ScoreAdjustment].self, from: data) == adjustments)
  }

  @Test("A query round-trips; decoding needs only the name")
  func queryRoundTrip() throws {
    let data = try Self.encoder().encode(query)
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"{"birth_year":1951,"country":"EG","name":"Aiman al-Zawahri","type":"person"}"#)
    #expect(try JSONDecoder().decode(ScreeningQuery.self, from: data) == query)
    let minimal = try JSONDecoder().decode(ScreeningQuery.self, from: Data(#"{"name":"Ayman"}"#.utf8))
    #expect(minimal == ScreeningQuery(name: "Ayman"))
  }

  @Test("An explanation round-trips with snake_case keys and prints as its text")
  func explanationRoundTrip() throws {
    let prepared = try screener.prepare(query)
    let match = try #require(try screener.screen(prepared).first)
    let explanation = screener.explain(match, for: prepared)
    #expect(explanation.description == explanation.text)
    #expect(explanation.description.hasPrefix("score 0."))
    #expect(explanation.description.contains("\n  aiman ~ ayman: "))

    let data = try Self.encoder().encode(explanation)
    let json = try JSONParser.parseDocument(ArraySlice(Array(data)))
    for key in ["score", "kind", "alignments", "unmatched_left", "unmatched_right", "ignored_titles", "legal_forms", "penalties"] {
      #expect(json[key] != nil, "\(key) missing in \(String(decoding: data, as: UTF8.self))")
    }
    #expect(try JSONDecoder().decode(MatchExplanation.self, from: data) == explanation)
  }

  @Test("A match prints as one line: score, id, name, list, type, kind of name")
  func matchDescription() throws {
    let match = try #require(try screener.screen(ScreeningQuery(name: "Ayman al-Zawahiri")).first)
    #expect(
      match.description
        == "1.0000  un:QDi.006  \(match.matchedName)  (UN Security Council Consolidated List, person, \(match.nameKind.rawValue))")
    #expect(!match.description.contains("\n"))
  }

  @Test("Explaining a decoded match traps (it does not know which listed name matched)")
  func decodedMatchCannotBeExplained() async {
    await #expect(processExitsWith: .failure) {
      let screener = SharedLists.unScreener
      let prepared = try screener.prepare(ScreeningQuery(name: "Ayman al-Zawahiri"))
      let match = try #require(try screener.screen(prepared).first)
      let decoded = try JSONDecoder().decode(ScreeningMatch.self, from: try JSONEncoder().encode(match))
      _ = screener.explain(decoded, for: prepared)
    }
  }
}
