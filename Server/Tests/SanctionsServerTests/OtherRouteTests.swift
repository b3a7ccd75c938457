import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SanctionsScreening
import Synchronization
import Testing

@testable import SanctionsServer

/// Every status code of every route, and the service going on after errors.
@Suite struct OtherRouteTests {
  @Test func healthAndReadiness() async throws {
    let holder = IndexHolder()
    try await Fixtures.application(holder: holder).test(.router) { client in
      let health = try await client.execute(uri: "/healthz", method: .get)
      #expect(health.status == .ok)
      #expect(String(buffer: health.body) == #"{"status":"ok"}"#)
      let notReady = try await client.execute(uri: "/readyz", method: .get)
      #expect(notReady.status == .serviceUnavailable)
      #expect(notReady.detail == "Index not ready.")
      for uri in ["/catalog", "/entities/ofac:100"] {
        #expect(try await client.execute(uri: uri, method: .get).status == .serviceUnavailable, "\(uri)")
      }
      let match = try await client.matchOne("Viktor BOUTIN")
      #expect(match.status == .serviceUnavailable)
      holder.install(Fixtures.index)
      #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
      #expect(try await client.matchOne("Viktor BOUTIN").status == .ok)
    }
  }

  @Test func failedLoadSaysWhy() async throws {
    let holder = IndexHolder()
    holder.markFailed("x.sidx is damaged")
    try await Fixtures.application(holder: holder).test(.router) { client in
      let response = try await client.execute(uri: "/readyz", method: .get)
      #expect(response.status == .serviceUnavailable)
      #expect(response.detail == "Index not ready: x.sidx is damaged")
    }
  }

  @Test func entityByID() async throws {
    try await Fixtures.application().test(.router) { client in
      // yente-client quotes ids with safe='': ofac%3A100.
      for uri in ["/entities/ofac:100", "/entities/ofac%3A100", "/entities/ofac%3A100?nested=true"] {
        let response = try await client.execute(uri: uri, method: .get)
        #expect(response.status == .ok, "\(uri)")
        let entity = try response.decoded(EntityAnswer.self)
        #expect(entity.id == "ofac:100")
        #expect(entity.caption == "Viktor Petrovich BOUTIN")
        #expect(entity.schema == "Person")
        #expect(entity.properties["name"] == ["Viktor Petrovich BOUTIN"])
        #expect(entity.properties["alias"] == ["Victor BUTIN"])
        #expect(entity.properties["birthDate"] == ["1967"])
        #expect(entity.properties["country"] == ["RU", "russia"])
        #expect(entity.datasets == ["ofac-sdn", "us-csl"])
        #expect(entity.referents == ["csl:SDN:100"])
      }
      let copy = try await client.execute(uri: "/entities/csl:SDN:100", method: .get).decoded(EntityAnswer.self)
      #expect(copy.referents == ["ofac:100"])
      let vessel = try await client.execute(uri: "/entities/ofac:200", method: .get).decoded(EntityAnswer.self)
      #expect(vessel.schema == "Vessel")
      #expect(vessel.datasets == ["ofac-sdn"])
      let missing = try await client.execute(uri: "/entities/ofac:999", method: .get)
      #expect(missing.status == .notFound)
      #expect(missing.detail == "No such entity: ofac:999")
    }
  }

  @Test func algorithms() async throws {
    try await Fixtures.application().test(.router) { client in
      let response = try await client.execute(uri: "/algorithms", method: .get)
      #expect(response.status == .ok)
      struct Answer: Decodable {
        struct Entry: Decodable {
          var name: String
          var description: String?
          var docs: [String: AnyDecodable]?
        }
        var algorithms: [Entry]
        var `default`: String
        var best: String
      }
      let answer = try response.decoded(Answer.self)
      #expect(answer.algorithms.map(\.name) == ["sanctions"])
      #expect(answer.default == "best")
      #expect(answer.best == "sanctions")
    }
  }

  @Test func unknownRouteAndDataset() async throws {
    try await Fixtures.application().test(.router) { client in
      let route = try await client.execute(uri: "/search/default?q=x", method: .get)
      #expect(route.status == .notFound)
      #expect(route.detail.hasPrefix("No route for GET /search/default"))
      let method = try await client.execute(uri: "/match/default", method: .get)
      #expect(method.status == .notFound)
      let dataset = try await client.matchOne("Viktor BOUTIN", dataset: "us_ofac_sdn")
      #expect(dataset.status == .notFound)
      #expect(dataset.detail.hasPrefix("No such dataset: us_ofac_sdn."))
    }
  }

  /// Malformed bodies, wrong types, bad parameters and oversized batches: 400 with a message
  /// naming the problem; the service answers the next request as usual.
  @Test(arguments: [
    ("", "The request body is empty"),
    ("not json", "The request body is not valid JSON at line 1, column 1: invalid literal (expected null)."),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "x"}}"#, "The request body is not valid JSON"),
    (String(repeating: "[", count: 600) + String(repeating: "]", count: 600), "nesting too deep (more than 128 levels)"),
    ("[1, 2]", "The request body must be a JSON object"),
    ("{}", #"no "queries" object"#),
    (#"{"queries": []}"#, #""queries" must be an object of queries by the caller's key, not a list."#),
    (#"{"queries": {}}"#, "No queries provided."),
    (#"{"queries": {"q": null}}"#, "No queries provided."),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "x"}}, "q": {"schema": "Person", "properties": {"name": "y"}}}}"#, #""queries" has the key "q" more than once"#),
    (#"{"queries": {"q": "Viktor"}}"#, "queries.q must be an object"),
    (#"{"queries": {"q": {"properties": {"name": "x"}}}}"#, "queries.q.schema must be a string"),
    (#"{"queries": {"q": {"schema": "Document", "properties": {"name": "x"}}}}"#, #"queries.q.schema "Document" cannot be screened"#),
    (#"{"queries": {"q": {"schema": "Person"}}}"#, "queries.q.properties must be an object"),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": {"first": "x"}}}}}"#, "queries.q.properties.name must be a string or a list of strings, not an object."),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": ["x", true]}}}}"#, "queries.q.properties.name[1] must be a string, not a boolean."),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"nationality": ["ru"]}}}}"#, "queries.q has no name to screen"),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "  "}}}}"#, "queries.q has no name to screen"),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "!!!"}}}}"#, #"queries.q: cannot screen the name "!!!""#),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "x", "birthDate": "unknown"}}}}"#, "queries.q.properties.birthDate must contain a year"),
    (#"{"queries": {"q": {"schema": "Person", "id": 7, "properties": {"name": "x"}}}}"#, "queries.q.id must be a string, not a number."),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "x"}}}, "config": {"nm_number_mismatch": 0.4}}"#, "Invalid configuration parameter: nm_number_mismatch"),
    (#"{"queries": {"q": {"schema": "Person", "properties": {"name": "x"}}}, "weights": 3}"#, #""weights" must be an object"#),
  ])
  func malformedBodies(body: String, message: String) async throws {
    try await Fixtures.application().test(.router) { client in
      let response = try await client.match(body)
      #expect(response.status == .badRequest)
      #expect(response.detail.contains(message), "\(response.detail)")
      #expect(try await client.matchOne("Viktor BOUTIN").status == .ok)
    }
  }

  @Test(arguments: [
    ("limit=0", "limit must be a whole number from 1 to 500"), ("limit=501", "limit must be"), ("limit=five", "limit must be"),
    ("threshold=1.5", "threshold must be a number from 0 to 1"), ("threshold=nan", "threshold must be"),
    ("cutoff=-1", "cutoff must be a number from 0 to 1"), ("algorithm=regression-v1", "Invalid algorithm"),
  ])
  func badParameters(query: String, message: String) async throws {
    try await Fixtures.application().test(.router) { client in
      let response = try await client.matchOne("Viktor BOUTIN", query: query)
      #expect(response.status == .badRequest)
      #expect(response.detail.contains(message), "\(response.detail)")
    }
  }

  @Test func batchLimit() async throws {
    @Sendable func body(_ count: Int) -> String {
      let queries = (0..<count).map { #""q\#($0)": {"schema": "Person", "properties": {"name": "Viktor BOUTIN"}}"# }
      return "{\"queries\": {\(queries.joined(separator: ","))}}"
    }
    try await Fixtures.application().test(.router) { client in
      #expect(try await client.match(body(100)).status == .ok)
      let response = try await client.match(body(101))
      #expect(response.status == .badRequest)
      #expect(response.detail == "Too many queries in one batch (limit: 100); this one has 101.")
    }
    try await Fixtures.application(limits: ScreeningRoutes.Limits(maximumBatch: 3)).test(.router) { client in
      let response = try await client.match(body(4))
      #expect(response.status == .badRequest)
    }
  }

  @Test func bodyLimit() async throws {
    let limits = ScreeningRoutes.Limits(maximumBodyBytes: 4096)
    let big = #"{"queries": {"q": {"schema": "Person", "properties": {"name": "Viktor BOUTIN", "notes": ""# + String(repeating: "x", count: 5000) + #""}}}}"#
    try await Fixtures.application(limits: limits).test(.router) { client in
      // Declared too large (Content-Length), and found too large while reading.
      let declared = try await client.match(big, headers: [.contentLength: String(big.utf8.count)])
      #expect(declared.status == .contentTooLarge)
      #expect(declared.detail == "The request body is larger than 4096 bytes; send fewer or smaller queries per request.")
      let read = try await client.match(big)
      #expect(read.status == .contentTooLarge)
      #expect(try await client.matchOne("Viktor BOUTIN").status == .ok)
    }
  }

  @Test func accessLogLines() async throws {
    let lines = Mutex<[String]>([])
    let log = AccessLog { line in lines.withLock { $0.append(line) } }
    try await Fixtures.application(accessLog: log).test(.router) { client in
      _ = try await client.matchOne("Viktor BOUTIN")
      _ = try await client.match("nope")
      _ = try await client.execute(uri: "/healthz", method: .get)
    }
    let written = lines.withLock { $0 }
    #expect(written.count == 3)
    struct Line: Decodable {
      var time: String
      var method: String
      var uri: String
      var status: Int
      var ms: Double
      var queries: Int?
      var error: String?
    }
    let parsed = try written.map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
    #expect(written.allSatisfy { $0.hasSuffix("}\n") })
    #expect(parsed.map(\.status) == [200, 400, 200])
    #expect(parsed[0].uri == "/match/default")
    #expect(parsed[0].method == "POST")
    #expect(parsed[0].queries == 1)
    #expect(parsed[1].error?.hasPrefix("The request body is not valid JSON") == true)
    #expect(parsed.allSatisfy { $0.ms >= 0 && $0.time.hasSuffix("Z") })
  }
}

/// Any JSON value, decoded and dropped.
struct AnyDecodable: Decodable {
  init(from decoder: any Decoder) throws {}
}
