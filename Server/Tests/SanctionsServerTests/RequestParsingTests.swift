import Foundation
import Hummingbird
import SanctionsScreening
import Testing

@testable import SanctionsServer

/// How a `/match` body and its parameters become engine queries.
@Suite struct RequestParsingTests {
  private func query(_ json: String) throws -> MatchQuery {
    let body = try MatchRequest.parseBody(Array(#"{"queries": {"q": \#(json)}}"#.utf8))
    return try MatchRequest(body, maximumQueries: 100).queries[0]
  }

  @Test func personWithAttributes() throws {
    let parsed = try query(
      #"{"schema": "Person", "properties": {"name": ["Ann Smith", "Ann Smith", "A. Smith"], "alias": "Annie Smith", "birthDate": ["circa", "10.03.1957"], "nationality": ["", "gb"], "country": "fr"}}"#)
    #expect(parsed.names == ["Ann Smith", "A. Smith", "Annie Smith"])
    #expect(parsed.birthYear == 1957)
    #expect(parsed.country == "gb")
    let engine = parsed.screeningQuery(name: "Ann Smith")
    #expect(engine == ScreeningQuery(name: "Ann Smith", kind: .person, birthYear: 1957, country: "gb"))
  }

  @Test func schemaToKind() throws {
    let kinds: [(String, PartyKind)] = [
      ("Person", .person), ("Organization", .organization), ("Company", .organization), ("Vessel", .vessel),
      ("Airplane", .aircraft), ("LegalEntity", .any), ("Thing", .any),
    ]
    for (schema, kind) in kinds {
      #expect(try query(#"{"schema": "\#(schema)", "properties": {"name": "X Y"}}"#).schema.partyKind == kind)
    }
    #expect(throws: APIError.self) { try query(#"{"schema": "person", "properties": {"name": "X"}}"#) }
    #expect(throws: APIError.self) { try query(#"{"schema": "Address", "properties": {"name": "X"}}"#) }
  }

  @Test func nameFromParts() throws {
    let parsed = try query(#"{"schema": "Person", "properties": {"firstName": "Ann", "lastName": ["Smith"]}}"#)
    #expect(parsed.names == ["Ann Smith"])
  }

  /// A property given twice in one object counts with all its values; numbers are taken as written.
  @Test func repeatedPropertiesAndNumbers() throws {
    let parsed = try query(
      #"{"schema": "Person", "properties": {"name": "Ann Smith", "name": ["A. Smith"], "birthDate": 1957, "idNumber": [12.50]}}"#)
    #expect(parsed.names == ["Ann Smith", "A. Smith"])
    #expect(parsed.birthYear == 1957)
    #expect(parsed.properties["idNumber"] == ["12.50"])
  }

  @Test func jurisdictionIsTheCountryOfACompany() throws {
    #expect(try query(#"{"schema": "Company", "properties": {"name": "Acme", "jurisdiction": "cy"}}"#).country == "cy")
  }

  @Test func tooManyNames() throws {
    let names = (0...MatchQuery.maximumNames).map { "\"Name \($0)\"" }.joined(separator: ",")
    #expect(throws: APIError.badRequest("queries.q has 51 names; at most 50 are screened per query.")) {
      try query(#"{"schema": "Person", "properties": {"name": [\#(names)]}}"#)
    }
  }

  @Test func parameters() throws {
    let defaults = try MatchParameters(pairs([]))
    #expect(defaults.limit == 5)
    #expect(defaults.threshold == 0.80)
    #expect(defaults.floor == 0.80)
    let loose = try MatchParameters(pairs([("threshold", "0.6"), ("limit", "10"), ("limit", "20"), ("foo", "bar")]))
    #expect(loose.floor == 0.6)
    #expect(loose.limit == 20)
    let strict = try MatchParameters(pairs([("threshold", "0.95")]))
    #expect(strict.floor == 0.80)
    let cut = try MatchParameters(pairs([("threshold", "0.95"), ("cutoff", "0.9")]))
    #expect(cut.floor == 0.9)
  }

  private func pairs(_ list: [(String, String)]) -> [(key: Substring, value: Substring)] {
    list.map { (key: Substring($0.0), value: Substring($0.1)) }
  }
}
