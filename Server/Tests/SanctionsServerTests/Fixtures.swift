import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SanctionsScreening
import Testing

@testable import SanctionsServer

/// Small lists for the route tests, built in memory (no list file needed).
enum Fixtures {
  /// Six listed parties in four sources; `csl:SDN:100` republishes `ofac:100` (one party).
  static let entities: [Entity] = [
    Entity(
      id: "ofac:100", source: .ofacSDN, type: .person,
      names: [EntityName("Viktor Petrovich BOUTIN", kind: .primary), EntityName("Victor BUTIN", kind: .aka)],
      birthDates: [.exact(PartialDate(year: 1967, month: 1, day: 13))],
      nationalities: [Country(code: "RU", name: "Russia")]),
    Entity(
      id: "csl:SDN:100", source: .usCSL, type: .person, names: [EntityName("Viktor Petrovich BOUTIN", kind: .primary)],
      sameAs: "ofac:100"),
    Entity(
      id: "un:QDi.900", source: .unSecurityCouncil, type: .person,
      names: [EntityName("Kareem Hassan AL-MASRI", kind: .primary)], birthDates: [.year(1975)],
      nationalities: [Country(code: "EG", name: "Egypt")]),
    Entity(
      id: "un:QDe.900", source: .unSecurityCouncil, type: .organization,
      names: [EntityName("Golden Crescent Trading Company", kind: .primary)]),
    Entity(id: "ofac:200", source: .ofacSDN, type: .vessel, names: [EntityName("OCEAN PRIDE", kind: .primary)]),
    Entity(
      id: "ofac:300", source: .ofacSDN, type: .organization,
      names: [EntityName("Blue Harbor Holdings Ltd", kind: .primary), EntityName("Blue Harbour Holdings", kind: .fka)]),
  ]

  /// One screener for every test (building it prepares every name).
  static let screener = Screener(entities: entities)

  /// The fixture entities as a loaded index.
  static let index = LoadedIndex(screener: screener, lists: nil, source: .lists([]), version: nil, loadSeconds: 0)

  /// A holder serving the fixture index.
  static func readyHolder() -> IndexHolder { IndexHolder(index) }

  /// The route tests' application: only the router, no reloader.
  static func application(
    holder: IndexHolder = readyHolder(), limits: ScreeningRoutes.Limits = ScreeningRoutes.Limits(),
    accessLog: AccessLog? = nil
  ) -> some ApplicationProtocol {
    Application(router: ScreeningRoutes.router(holder: holder, limits: limits, accessLog: accessLog))
  }

  /// A fresh temporary folder (removed by the caller).
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("sanctions-server-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Writes a custom watchlist CSV (`id,name,type`) and returns its path.
  @discardableResult
  static func writeWatchlist(_ rows: [(id: String, name: String, type: String)], to url: URL) throws -> String {
    var text = "id,name,type\n"
    for row in rows { text += "\(row.id),\(row.name),\(row.type)\n" }
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }
}

// MARK: - Answers as yente-client reads them

/// `POST /match` answers, with the fields `yente-client` requires (its `MatchResponse`,
/// `ScoredEntity`, `TotalSpec`, `FeatureResult`): a decoding failure here is a client failure.
struct MatchAnswer: Decodable {
  var responses: [String: QueryAnswer]
  var limit: Int
}

struct QueryAnswer: Decodable {
  var status: Int
  var results: [ResultAnswer]
  var total: TotalAnswer
  var query: QueryEcho
}

struct QueryEcho: Decodable {
  var id: String?
  var schema: String
  var properties: [String: [String]]
}

struct TotalAnswer: Decodable {
  var value: Int
  var relation: String
}

struct ResultAnswer: Decodable {
  var id: String
  var caption: String
  var schema: String
  var properties: [String: [String]]
  var datasets: [String]
  var referents: [String]
  var target: Bool
  var score: Double
  var match: Bool
  var explanations: [String: FeatureAnswer]
}

struct FeatureAnswer: Decodable {
  var score: Double
  var detail: String?
  var query: String?
  var candidate: String?
  var weight: Double?
}

struct ErrorAnswer: Decodable {
  var detail: String
}

struct EntityAnswer: Decodable {
  var id: String
  var caption: String
  var schema: String
  var properties: [String: [String]]
  var datasets: [String]
  var referents: [String]
  var target: Bool
}

extension TestResponse {
  /// The body decoded as `T` (a test failure when it is not).
  func decoded<T: Decodable>(_ type: T.Type = T.self) throws -> T {
    try JSONDecoder().decode(T.self, from: Data(body.readableBytesView))
  }

  /// The body's `detail`.
  var detail: String { (try? decoded(ErrorAnswer.self).detail) ?? "<no detail: \(String(buffer: body))>" }
}

extension TestClientProtocol {
  /// `POST /match/{dataset}` with a JSON body given as text.
  func match(_ body: String, dataset: String = "default", query: String = "", headers: HTTPFields = [:]) async throws
    -> TestResponse
  {
    var fields = headers
    fields[.contentType] = "application/json"
    return try await execute(
      uri: "/match/\(dataset)\(query.isEmpty ? "" : "?" + query)", method: .post, headers: fields,
      body: ByteBuffer(string: body))
  }

  /// `POST /match/{dataset}` of one query.
  func matchOne(
    _ name: String, schema: String = "Person", extra: String = "", dataset: String = "default", query: String = ""
  ) async throws -> TestResponse {
    let quotedName = String(decoding: try JSONEncoder().encode(name), as: UTF8.self)
    return try await match(
      #"{"queries": {"q": {"schema": "\#(schema)", "properties": {"name": [\#(quotedName)]\#(extra)}}}}"#,
      dataset: dataset, query: query)
  }
}
