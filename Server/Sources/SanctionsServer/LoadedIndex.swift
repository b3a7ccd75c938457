public import SanctionsScreening
import Foundation

/// A screener ready to serve, with what the routes need beside it. Immutable: a reload builds a
/// new one and swaps it in (``IndexHolder``); requests in flight keep the one they started with.
public final class LoadedIndex: Sendable {
  /// The engine: the same `Screener` `sanctions screen` uses.
  public let screener: Screener
  /// The lists' full records when they were read from list files (programs, identifiers,
  /// addresses, remarks, exact dates); nil for a standalone index file, which holds only what
  /// screening needs (names, types, birth years, countries).
  public let lists: LoadedLists?
  /// Where it was loaded from, for the catalog and the log.
  public let source: IndexSource
  /// What identified the files on disk when they were loaded (see ``IndexSource/version()``).
  public let version: String?
  /// When it was loaded (UTC, ISO 8601).
  public let loadedAt: String
  /// How long loading took.
  public let loadSeconds: Double
  /// The list sources present, by `ListSource` order: the datasets a query can be scoped to.
  public let sources: [ListSource]
  /// Position in `screener.entities` by entity id (the first, should an id repeat).
  private let positions: [String: Int]
  /// The positions of the records of each party with more than one record (by party id).
  private let parties: [String: [Int]]

  public init(
    screener: Screener, lists: LoadedLists?, source: IndexSource, version: String?, loadSeconds: Double,
    loadedAt: String? = nil
  ) {
    self.screener = screener
    self.lists = lists
    self.source = source
    self.version = version
    self.loadSeconds = loadSeconds
    self.loadedAt = loadedAt ?? Date.now.formatted(.iso8601)
    var positions: [String: Int] = [:]
    positions.reserveCapacity(screener.entities.count)
    var present = Set<ListSource>()
    var parties: [String: [Int]] = [:]
    for (position, entity) in screener.entities.enumerated() {
      if positions[entity.id] == nil { positions[entity.id] = position }
      present.insert(entity.source)
      parties[entity.partyID, default: []].append(position)
    }
    for file in screener.provenance.files { present.insert(file.source) }
    self.positions = positions
    self.parties = parties.filter { $0.value.count > 1 }
    self.sources = present.sorted()
  }

  /// The screening record with that id.
  public func entity(id: String) -> ScreeningEntity? {
    positions[id].map { screener.entities[$0] }
  }

  /// Every record of the party `entity` belongs to (one designation published in several
  /// files), `entity` first, then the others by id; the same records a match of it lists.
  public func partyRecords(of entity: ScreeningEntity) -> [ScreeningEntity] {
    guard let members = parties[entity.partyID] else { return [entity] }
    let others = members.map { screener.entities[$0] }.filter { $0.id != entity.id }.sorted { $0.id < $1.id }
    return [entity] + others
  }

  /// The full record with that id, when the lists were read from list files.
  public func fullRecord(id: String) -> Entity? {
    // `Screener(lists:)` makes one screening record per loaded entity, in the same order.
    guard let lists, lists.entities.count == screener.entities.count, let position = positions[id] else { return nil }
    return lists.entities[position]
  }
}
