import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SanctionsScreening
import Testing

@testable import SanctionsServer

/// Loading from list files, index files and a lists directory; hot reload; the catalog.
@Suite struct IndexLoadingTests {
  static let logger = Logger(label: "tests")

  @Test func listFilesGiveFullRecordsAndCatalog() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Fixtures.writeWatchlist(
      [("W-1", "Maria GONZALEZ", "person"), ("W-2", "Blue Ocean Shipping", "organization")],
      to: folder.appendingPathComponent("watchlist.csv"))
    let index = try IndexSource.lists([path]).load()
    #expect(index.lists != nil)
    #expect(index.sources == [.custom])
    try await Fixtures.application(holder: IndexHolder(index)).test(.router) { client in
      let catalog = try await client.execute(uri: "/catalog", method: .get)
      #expect(catalog.status == .ok)
      struct Catalog: Decodable {
        struct Dataset: Decodable {
          struct File: Decodable {
            var path: String
            var sha256: String
            var entities: Int
          }
          var name: String
          var entity_count: Int?
          var load: Bool
          var children: [String]
          var files: [File]
        }
        var datasets: [Dataset]
        var current: [String]
        var index_stale: Bool
      }
      let answer = try catalog.decoded(Catalog.self)
      #expect(answer.datasets.map(\.name) == ["default", "custom"])
      #expect(answer.datasets[0].children == ["custom"])
      #expect(answer.datasets[1].entity_count == 2)
      let file = try #require(answer.datasets[1].files.first)
      #expect(file.path.hasSuffix("watchlist.csv"))
      #expect(file.entities == 2)
      #expect(file.sha256.count == 64)
      #expect(answer.current == ["default", "custom"])
      #expect(answer.index_stale == false)

      let match = try await client.matchOne("Maria Gonzales", dataset: "custom").decoded(MatchAnswer.self)
      #expect(match.responses["q"]?.results.first?.id == "custom:W-1")
      let entity = try await client.execute(uri: "/entities/custom:W-2", method: .get)
      #expect(entity.status == .ok)
      #expect(String(buffer: entity.body).contains(#""list_file":{"#))
    }
  }

  /// An index file built with `IndexStore.save` serves the same matches as the lists it holds.
  @Test func indexFileServesTheSameMatches() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let indexPath = folder.appendingPathComponent("fixtures.sidx").path
    try IndexStore.save(Fixtures.screener, to: indexPath)
    let index = try IndexSource.indexFile(indexPath).load()
    #expect(index.lists == nil)
    #expect(index.version != nil)
    try await Fixtures.application(holder: IndexHolder(index)).test(.router) { client in
      let fromFile = try await client.matchOne("Viktor BOUTIN", query: "threshold=0.5").decoded(MatchAnswer.self)
      let expected = try Fixtures.screener.screen(ScreeningQuery(name: "Viktor BOUTIN", kind: .person), threshold: 0.5, limit: 5)
      #expect(fromFile.responses["q"]?.results.map(\.score) == expected.map(\.score))
      #expect(fromFile.responses["q"]?.results.map(\.id) == expected.map(\.entityID))
    }
  }

  @Test func damagedIndexFileFailsTheStart() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("bad.sidx").path
    try Data("not an index".utf8).write(to: URL(fileURLWithPath: path))
    let holder = IndexHolder()
    let reloader = IndexReloader(source: .indexFile(path), holder: holder, interval: nil, logger: Self.logger)
    await #expect(throws: IndexLoadError.self) { try await reloader.run() }
    guard case .failed(let reason) = holder.current else {
      Issue.record("the holder should record the failure")
      return
    }
    #expect(reason.contains("bad.sidx"))
  }

  /// `sanctions update` switches `current` to a new set: the reloader loads it while the old
  /// index serves, then swaps; an index taken before the swap stays usable; a broken set is
  /// not installed and the index in service stays.
  @Test func listsDirectoryIsReloaded() async throws {
    let root = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: root) }
    let manager = FileManager.default
    func makeSet(_ name: String, _ rows: [(id: String, name: String, type: String)]) throws {
      let set = root.appendingPathComponent("sets/\(name)")
      try manager.createDirectory(at: set, withIntermediateDirectories: true)
      try Fixtures.writeWatchlist(rows, to: set.appendingPathComponent("watchlist.csv"))
    }
    func point(at name: String) throws {
      // As `sanctions update` does: a new relative link renamed over `current`.
      let temporary = root.appendingPathComponent("current.new")
      try? manager.removeItem(at: temporary)
      try manager.createSymbolicLink(atPath: temporary.path, withDestinationPath: "sets/\(name)")
      #expect(rename(temporary.path, root.appendingPathComponent("current").path) == 0)
    }
    try makeSet("one", [("A-1", "Maria GONZALEZ", "person")])
    try makeSet("two", [("B-1", "Blue Ocean Shipping", "organization")])
    try manager.createDirectory(at: root.appendingPathComponent("sets/broken"), withIntermediateDirectories: true)
    try Data("id,name\n\"unterminated".utf8).write(to: root.appendingPathComponent("sets/broken/watchlist.csv"))
    try point(at: "one")

    let holder = IndexHolder()
    let reloader = IndexReloader(
      source: .listsDirectory(root.path), holder: holder, interval: .milliseconds(50), logger: Self.logger)
    let task = Task { try await reloader.run() }
    defer { task.cancel() }

    let first = try await waitFor(holder) { $0.entity(id: "custom:A-1") != nil }
    #expect(first.version?.hasSuffix("sets/one") == true)

    try point(at: "two")
    let second = try await waitFor(holder) { $0.entity(id: "custom:B-1") != nil }
    #expect(second.entity(id: "custom:A-1") == nil)
    #expect(second.version?.hasSuffix("sets/two") == true)
    // A request that took the first index before the swap still screens against it.
    #expect(try first.screener.screen(ScreeningQuery(name: "Maria Gonzalez")).first?.entityID == "custom:A-1")

    try point(at: "broken")
    try await Task.sleep(for: .milliseconds(400))
    guard case .ready(let still) = holder.current else {
      Issue.record("a failed reload must keep the index in service")
      return
    }
    #expect(still === second)

    try point(at: "one")
    let third = try await waitFor(holder) { $0.entity(id: "custom:A-1") != nil }
    #expect(third !== first)
  }

  /// An index file replaced by another (renamed over it, as `build-index` writes) is reloaded.
  @Test func indexFileIsReloadedWhenReplaced() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("served.sidx").path
    try IndexStore.save(Fixtures.screener, to: path)
    let holder = IndexHolder()
    let reloader = IndexReloader(
      source: .indexFile(path), holder: holder, interval: .milliseconds(50), logger: Self.logger)
    let task = Task { try await reloader.run() }
    defer { task.cancel() }
    let first = try await waitFor(holder) { $0.entity(id: "ofac:100") != nil }

    let other = Screener(entities: [
      Entity(id: "custom:N-1", source: .custom, type: .person, names: [EntityName("Nadia OKAFOR", kind: .primary)])
    ])
    try IndexStore.save(other, to: path)
    let second = try await waitFor(holder) { $0.entity(id: "custom:N-1") != nil }
    #expect(second.entity(id: "ofac:100") == nil)
    #expect(second.version != first.version)
    // The first index stays usable for requests that hold it.
    #expect(try first.screener.screen(ScreeningQuery(name: "Viktor BOUTIN")).first?.entityID == "ofac:100")
  }

  /// Waits (at most 20 s) for the holder to serve an index that satisfies `condition`.
  private func waitFor(_ holder: IndexHolder, _ condition: (LoadedIndex) -> Bool) async throws -> LoadedIndex {
    let deadline = ContinuousClock.now + .seconds(20)
    while ContinuousClock.now < deadline {
      if case .ready(let index) = holder.current, condition(index) { return index }
      try await Task.sleep(for: .milliseconds(20))
    }
    throw IndexLoadError("timed out waiting for the index")
  }

  /// The whole application with its reloader, through the router test framework: 503 until
  /// the index is loaded, then answers.
  @Test func applicationLoadsInTheBackground() async throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = try Fixtures.writeWatchlist(
      [("W-1", "Maria GONZALEZ", "person")], to: folder.appendingPathComponent("watchlist.csv"))
    var settings = ScreeningServer.Settings(source: .lists([path]))
    settings.port = 0
    settings.accessLog = nil
    let holder = IndexHolder()
    try await ScreeningServer.application(settings, holder: holder, logger: Self.logger).test(.router) { client in
      _ = try await waitFor(holder) { _ in true }
      #expect(try await client.execute(uri: "/readyz", method: .get).status == .ok)
      let answer = try await client.matchOne("Maria Gonzalez").decoded(MatchAnswer.self)
      #expect(answer.responses["q"]?.results.first?.id == "custom:W-1")
    }
  }

  /// A real server on a free port of 127.0.0.1 (HTTP/1.1 through NIO), as clients see it.
  @Test func liveServer() async throws {
    var settings = ScreeningServer.Settings(source: .lists([]))
    settings.port = 0
    settings.accessLog = nil
    settings.limits = ScreeningRoutes.Limits(maximumBodyBytes: 64 * 1024)
    let app = Application(
      router: ScreeningRoutes.router(holder: Fixtures.readyHolder(), limits: settings.limits),
      configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: 0)))
    try await app.test(.live) { client in
      let answer = try await client.matchOne("Viktor BOUTIN").decoded(MatchAnswer.self)
      #expect(answer.responses["q"]?.results.first?.id == "ofac:100")
      let big = try await client.match(String(repeating: " ", count: 100_000))
      #expect(big.status == .contentTooLarge)
      let bad = try await client.match("{")
      #expect(bad.status == .badRequest)
      #expect(try await client.execute(uri: "/healthz", method: .get).status == .ok)
    }
  }
}
