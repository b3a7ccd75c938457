import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SanctionsScreening
import Testing

@testable import SanctionsServer

/// `POST /match/{dataset}`: answers, yente's parameter semantics, filters.
@Suite struct MatchRouteTests {
  @Test func listedPersonMatchesWithExplanations() async throws {
    try await Fixtures.application().test(.router) { client in
      let response = try await client.matchOne("Viktor BOUTIN", extra: #", "birthDate": ["1967-01-13"], "nationality": ["ru"]"#)
      #expect(response.status == .ok)
      #expect(response.headers[HTTPField.Name("x-batch-size")!] == "1")
      let answer = try response.decoded(MatchAnswer.self)
      #expect(answer.limit == 5)
      let query = try #require(answer.responses["q"])
      #expect(query.status == 200)
      #expect(query.query.schema == "Person")
      #expect(query.query.properties["name"] == ["Viktor BOUTIN"])
      let top = try #require(query.results.first)
      #expect(top.id == "ofac:100")
      #expect(top.match)
      #expect(top.schema == "Person")
      #expect(top.caption == "Viktor Petrovich BOUTIN")
      #expect(top.datasets == ["ofac-sdn", "us-csl"])
      #expect(top.referents == ["csl:SDN:100"])
      #expect(top.target)
      let name = try #require(top.explanations["name_match"])
      #expect(name.query == "Viktor BOUTIN")
      #expect(name.detail?.contains("~") == true)
      #expect(top.explanations["birth_year_match"]?.score == 0.03)
      #expect(top.explanations["country_match"]?.score == 0.02)
      #expect(top.explanations["type_match"]?.score == 0.02)
      // The features add up to the score.
      let sum = top.explanations.values.reduce(0) { $0 + $1.score }
      #expect(abs(sum - top.score) < 1e-9 || top.score == 1)
      #expect(query.total.value == query.results.filter(\.match).count)
      #expect(query.total.relation == "eq")
    }
  }

  @Test func unlistedNameHasNoResult() async throws {
    try await Fixtures.application().test(.router) { client in
      let answer = try await client.matchOne("Patricia Lucas Wheeler").decoded(MatchAnswer.self)
      let query = try #require(answer.responses["q"])
      #expect(query.results.isEmpty)
      #expect(query.total.value == 0)
    }
  }

  /// One name per query gets exactly the engine's matches (what `sanctions screen` prints).
  @Test func scoresAreTheEngines() async throws {
    let names: [(String, String, PartyKind)] = [
      ("Viktor BOUTIN", "Person", .person), ("Golden Cresent Trading", "Organization", .organization),
      ("Ocean Pride", "Vessel", .vessel), ("Blue Harbour Holdings", "Company", .organization),
      ("Kareem Hasan al Masri", "LegalEntity", .any),
    ]
    try await Fixtures.application().test(.router) { client in
      for (name, schema, kind) in names {
        let answer = try await client.matchOne(name, schema: schema, query: "threshold=0.5&limit=10")
          .decoded(MatchAnswer.self)
        let results = try #require(answer.responses["q"]).results
        let expected = try Fixtures.screener.screen(ScreeningQuery(name: name, kind: kind), threshold: 0.5, limit: 10)
        #expect(results.map(\.id) == expected.map(\.entityID), "\(name)")
        #expect(results.map(\.score) == expected.map(\.score), "\(name)")
        #expect(results.allSatisfy { $0.match == ($0.score >= 0.5) })
      }
    }
  }

  /// yente: `threshold` sets `match`; results below `min(cutoff, threshold)` are dropped, and
  /// `cutoff` defaults to the service's default threshold.
  @Test func thresholdSetsMatchAndCutoffDropsResults() async throws {
    let variants = [
      "Golden Crescent", "Golden Cresent Tradng", "Crescent Trading", "Golden Trading", "Goldan Cresant", "Golden Moon Trading",
      "Silver Crescent Trading", "Crescent",
    ]
    func top(_ name: String) throws -> Double {
      try Fixtures.screener.screen(ScreeningQuery(name: name, kind: .organization), threshold: 0.1, limit: 1).first?.score ?? 0
    }
    let strong = try #require(try variants.first { (0.8..<0.97).contains(try top($0)) }, "no variant scores 0.80-0.97")
    let weak = try #require(try variants.first { (0.4..<0.8).contains(try top($0)) }, "no variant scores 0.40-0.80")
    try await Fixtures.application().test(.router) { client in
      let strict = try await client.matchOne(strong, schema: "Organization", query: "threshold=0.99")
        .decoded(MatchAnswer.self).responses["q"]!
      let result = try #require(strict.results.first)
      #expect(result.id == "un:QDe.900")
      #expect(result.match == false)
      #expect(strict.total.value == 0)

      let cut = try await client.matchOne(strong, schema: "Organization", query: "threshold=0.99&cutoff=0.99")
        .decoded(MatchAnswer.self).responses["q"]!
      #expect(cut.results.isEmpty)

      let byDefault = try await client.matchOne(weak, schema: "Organization").decoded(MatchAnswer.self).responses["q"]!
      #expect(byDefault.results.isEmpty)
      let loose = try await client.matchOne(weak, schema: "Organization", query: "threshold=0.3")
        .decoded(MatchAnswer.self).responses["q"]!
      #expect(loose.results.contains { $0.score < 0.8 })
      #expect(loose.results.allSatisfy { $0.score >= 0.3 && $0.match })
    }
  }

  @Test func limitCutsResultsAndTotalSaysMore() async throws {
    let body = #"{"queries": {"q": {"schema": "LegalEntity", "properties": {"name": ["Viktor BOUTIN", "Kareem al-Masri", "Blue Harbor Holdings"]}}}}"#
    try await Fixtures.application().test(.router) { client in
      let all = try await client.match(body, query: "limit=500").decoded(MatchAnswer.self).responses["q"]!
      #expect(all.results.count == 3)
      #expect(all.total.value == 3)
      #expect(all.total.relation == "eq")
      let one = try await client.match(body, query: "limit=1").decoded(MatchAnswer.self).responses["q"]!
      #expect(one.results.count == 1)
      #expect(one.results[0].id == all.results[0].id)
      #expect(one.total.relation == "gte")
    }
  }

  @Test func datasetPathAndFiltersScopeResults() async throws {
    try await Fixtures.application().test(.router) { client in
      func ids(_ dataset: String, _ query: String = "") async throws -> [String] {
        let body = #"{"queries": {"q": {"schema": "LegalEntity", "properties": {"name": ["Viktor BOUTIN", "Kareem al-Masri", "Blue Harbor Holdings"]}}}}"#
        return try await client.match(body, dataset: dataset, query: "limit=50" + query)
          .decoded(MatchAnswer.self).responses["q"]!.results.map(\.id).sorted()
      }
      let everything = try await ids("default")
      #expect(everything == ["ofac:100", "ofac:300", "un:QDi.900"])
      #expect(try await ids("un-sc") == ["un:QDi.900"])
      // The party is also published in the CSL, so excluding the SDN list keeps it (as yente does).
      #expect(try await ids("default", "&exclude_dataset=ofac-sdn") == ["ofac:100", "un:QDi.900"])
      #expect(try await ids("default", "&include_dataset=us-csl") == ["ofac:100"])
      #expect(try await ids("un-sc", "&include_dataset=us-csl") == [])
      #expect(try await ids("default", "&exclude_schema=Person") == ["ofac:300"])
      #expect(try await ids("default", "&exclude_dataset=ofac-sdn&exclude_dataset=us-csl&exclude_dataset=un-sc") == [])
      // Unknown parameters are ignored.
      #expect(try await ids("default", "&topics=sanction&changed_since=2020-01-01") == everything)
    }
  }

  @Test func algorithmBestAndEngineNameAreAccepted() async throws {
    try await Fixtures.application().test(.router) { client in
      for algorithm in ["best", "sanctions", " BEST "] {
        let response = try await client.matchOne("Viktor BOUTIN", query: "algorithm=\(algorithm)")
        #expect(response.status == .ok, "\(algorithm)")
      }
      let other = try await client.matchOne("Viktor BOUTIN", query: "algorithm=logic-v2")
      #expect(other.status == .badRequest)
      #expect(other.detail.contains("Invalid algorithm: logic-v2"))
    }
  }

  /// A query with several names keeps, per party, its best name; a batch answers every key.
  @Test func batchesAndSeveralNames() async throws {
    try await Fixtures.application().test(.router) { client in
      let body = """
        {"queries": {
          "a": {"schema": "Person", "properties": {"name": ["Nobody Atall", "Victor Butin"], "alias": "Kareem al-Masri"}},
          "b": {"schema": "Vessel", "properties": {"name": "Ocean Pride"}, "id": "my-vessel"},
          "c": null
        }, "weights": {"name_literal": 0.5}, "config": {}}
        """
      let response = try await client.match(body)
      #expect(response.status == .ok)
      #expect(response.headers[HTTPField.Name("x-batch-size")!] == "2")
      let answer = try response.decoded(MatchAnswer.self)
      #expect(Set(answer.responses.keys) == ["a", "b"])
      let a = try #require(answer.responses["a"])
      #expect(Set(a.results.map(\.id)) == ["ofac:100", "un:QDi.900"])
      #expect(a.results.map(\.score) == a.results.map(\.score).sorted(by: >))
      let b = try #require(answer.responses["b"])
      #expect(b.query.id == "my-vessel")
      #expect(b.results.first?.id == "ofac:200")
      #expect(b.results.first?.schema == "Vessel")
    }
  }

  /// 100 queries in one request (the limit) are answered, in parallel, each as alone.
  @Test func fullBatchEqualsSingleQueries() async throws {
    let names = (0..<100).map { ["Viktor BOUTIN", "Golden Crescent", "Ocean Pride", "Kareem Masri", "Anna Smith"][$0 % 5] + " \($0 % 7 == 0 ? "Jr" : "")" }
    let queries = names.enumerated().map { position, name in
      #""k\#(position)": {"schema": "LegalEntity", "properties": {"name": "\#(name)"}}"#
    }
    try await Fixtures.application().test(.router) { client in
      let answer = try await client.match("{\"queries\": {\(queries.joined(separator: ","))}}", query: "threshold=0.5")
        .decoded(MatchAnswer.self)
      #expect(answer.responses.count == 100)
      for (position, name) in names.enumerated() {
        let expected = try Fixtures.screener.screen(ScreeningQuery(name: name), threshold: 0.5, limit: 5)
        #expect(answer.responses["k\(position)"]?.results.map(\.score) == expected.map(\.score))
      }
    }
  }
}
