public import SanctionsLists
public import SanctionsMatching
package import SanctionsIndex
import SanctionsNormalization
import SanctionsSupport

/// Screens names against loaded sanctions lists.
///
/// ```swift
/// let lists = try ListLoader.load(paths: ["../shared/lists/un/consolidated.xml"])
/// let screener = Screener(entities: lists.entities)
/// let matches = try screener.screen(ScreeningQuery(name: "Usama bin Ladin", kind: .person))
/// for match in matches { print(match.entityID, match.matchedName, match.score) }
///
/// // To explain matches, prepare the query once and reuse it:
/// let prepared = try screener.prepare(ScreeningQuery(name: "Usama bin Ladin", kind: .person))
/// for match in try screener.screen(prepared) { print(screener.explain(match, for: prepared).text) }
/// ```
///
/// Every name of every entity (primary names, aliases, original-script names)
/// is indexed. A query returns one match per entity, for its best-scoring
/// name, ranked by score. The index is exact: the result is what scoring the
/// query against every listed name would give, at or above the threshold.
///
/// Optional query attributes refine the score: a matching entity type, birth
/// year or country raises it a little, a conflicting one lowers it, absence is
/// neutral. Weak aliases (OFAC's `a.k.a.` in remarks, UN low-quality aliases)
/// alert only when they match exactly.
///
/// A `Screener` is immutable and `Sendable`: share one across threads.
public struct Screener: Sendable {
  /// The default alert threshold.
  public static let defaultThreshold = NameMatcher.defaultThreshold
  /// The default number of matches returned.
  public static let defaultLimit = 10

  /// How list names are prepared for scoring.
  public enum Preparation: Sendable {
    /// All names up front (best for batches).
    case eager
    /// Only the candidates of each query, on demand (best for one query).
    case lazy
  }

  /// The screened entities.
  public let entities: [ScreeningEntity]
  /// `names[n]` is (entity index, name index within the entity).
  let names: [NameReference]
  /// How names are found and prepared.
  let mode: Mode
  let matcher: NameMatcher
  /// Names that could not be indexed (e.g. no letters at all), with reasons.
  public let skippedNames: [SkippedName]

  struct NameReference: Sendable, Hashable {
    var entity: UInt32
    var name: UInt16
  }

  /// How a screener finds candidate names and prepares them for scoring.
  enum Mode: Sendable {
    /// Names are prepared on demand: the name index finds the candidates.
    case lazy(NameIndex)
    /// Every name is prepared (`prepared[n]` is name `n`): the unit index
    /// finds the candidates with their agreeing unit pairs.
    case eager(prepared: [PreparedName], units: UnitIndex)

    init(_ preparation: Preparation, names: [PreparedName]) {
      switch preparation {
      case .lazy: self = .lazy(NameIndex(names: names))
      case .eager: self = .eager(prepared: names, units: UnitIndex(names: names))
      }
    }
  }

  /// Builds a screener over entities (normally `LoadedLists.entities`).
  public init(entities: [Entity], preparation: Preparation = .eager) {
    self.init(screeningEntities: entities.map(ScreeningEntity.init), preparation: preparation)
  }

  /// Builds a screener over compact entity records.
  public init(screeningEntities entities: [ScreeningEntity], preparation: Preparation = .eager) {
    let matcher = NameMatcher()
    var references: [NameReference] = []
    var jobs: [(String, PartyKind)] = []
    for (entityIndex, entity) in entities.enumerated() {
      for (nameIndex, name) in entity.names.enumerated() where nameIndex <= Int(UInt16.max) {
        references.append(NameReference(entity: UInt32(entityIndex), name: UInt16(nameIndex)))
        jobs.append((name.value, entity.partyKind))
      }
    }
    let results = Self.prepareAll(jobs, matcher: matcher)
    var kept: [NameReference] = []
    var prepared: [PreparedName] = []
    var skipped: [SkippedName] = []
    kept.reserveCapacity(references.count)
    prepared.reserveCapacity(references.count)
    for (reference, result) in zip(references, results) {
      switch result {
      case .success(let name):
        kept.append(reference)
        prepared.append(name)
      case .failure(let error):
        let entity = entities[Int(reference.entity)]
        skipped.append(
          SkippedName(entityID: entity.id, name: entity.names[Int(reference.name)].value, reason: error.description))
      }
    }
    self.init(
      entities: entities, names: kept, mode: Mode(preparation, names: prepared), matcher: matcher,
      skippedNames: skipped)
  }

  init(entities: [ScreeningEntity], names: [NameReference], mode: Mode, matcher: NameMatcher, skippedNames: [SkippedName]) {
    self.entities = entities
    self.names = names
    self.mode = mode
    self.matcher = matcher
    self.skippedNames = skippedNames
  }

  /// A copy that prepares every name up front (for batch screening).
  public func preparingAllNames() -> Screener {
    guard case .lazy = mode else { return self }
    let jobs = names.map { reference in
      let entity = entities[Int(reference.entity)]
      return (entity.names[Int(reference.name)].value, entity.partyKind)
    }
    let results = Self.prepareAll(jobs, matcher: matcher)
    // Names in `names` were prepared successfully when the index was built.
    let prepared = results.map { (try? $0.get()) ?? PreparedName.empty }
    return Screener(
      entities: entities, names: names, mode: Mode(.eager, names: prepared), matcher: matcher,
      skippedNames: skippedNames)
  }

  private static func prepareAll(_ jobs: [(String, PartyKind)], matcher: NameMatcher) -> [Result<PreparedName, NormalizationError>] {
    let count = jobs.count
    guard count > 0 else { return [] }
    let buffer = UnsafeMutableBufferPointer<Result<PreparedName, NormalizationError>>.allocate(capacity: count)
    defer { buffer.deallocate() }
    nonisolated(unsafe) let shared = buffer
    ParallelLoop.forEach(count: count) { index in
      let (value, kind) = jobs[index]
      let result = Result { () throws(NormalizationError) -> PreparedName in try matcher.prepare(value, kind: kind) }
      (shared.baseAddress! + index).initialize(to: result)
    }
    let results = Array(buffer)
    _ = buffer.deinitialize()
    return results
  }

  /// The name index that a persisted screener carries (built from the
  /// prepared names when this screener has none).
  func nameIndexForStorage() -> NameIndex {
    switch mode {
    case .lazy(let index): return index
    case .eager(let prepared, _): return NameIndex(names: prepared)
    }
  }

  /// Number of indexed names.
  public var nameCount: Int { names.count }

  // MARK: - Screening

  /// Prepares a query's name for scoring, once: screen the result with
  /// `screen(_:threshold:limit:)` and explain its matches with
  /// ``explain(_:for:)`` without preparing the name again.
  ///
  /// - Throws: ``ScreeningError/invalidName(_:)`` when the name cannot be
  ///   normalized (empty, too long, ...).
  public func prepare(_ query: ScreeningQuery) throws(ScreeningError) -> PreparedQuery {
    do {
      return PreparedQuery(query: query, name: try matcher.prepare(query.name, kind: query.kind))
    } catch {
      throw .invalidName(error.description)
    }
  }

  /// Screens one query: entities ranked by score (highest first; ties by
  /// id), at most `limit`, each at or above `threshold`.
  public func screen(
    _ query: ScreeningQuery, threshold: Double = Screener.defaultThreshold, limit: Int = Screener.defaultLimit
  ) throws(ScreeningError) -> [ScreeningMatch] {
    try Self.check(threshold)
    return try screen(prepare(query), threshold: threshold, limit: limit)
  }

  /// Screens a prepared query (see ``prepare(_:)``): the same as screening
  /// its ``PreparedQuery/query``.
  public func screen(
    _ query: PreparedQuery, threshold: Double = Screener.defaultThreshold, limit: Int = Screener.defaultLimit
  ) throws(ScreeningError) -> [ScreeningMatch] {
    try ranked(query, threshold: threshold, limit: limit) { prepared, floor, best in
      switch mode {
      case .eager(let all, let units):
        scoreFromAgreeingPairs(prepared, names: all, floor: floor, into: &best) { visit in
          units.forEachCandidate(of: prepared, threshold: floor, visit)
        }
      case .lazy(let index):
        for number in index.candidates(for: prepared, threshold: floor) {
          consider(number, score: matcher.score(prepared, preparedName(number)), floor: floor, into: &best)
        }
      }
    }
  }

  /// The reference implementation: scores the query against every indexed
  /// name. `screen(_:threshold:limit:)` returns exactly the same; this
  /// exists to prove it (and is much slower).
  public func screenExhaustively(
    _ query: ScreeningQuery, threshold: Double = Screener.defaultThreshold, limit: Int = Screener.defaultLimit
  ) throws(ScreeningError) -> [ScreeningMatch] {
    try Self.check(threshold)
    return try ranked(prepare(query), threshold: threshold, limit: limit) { prepared, floor, best in
      for number in 0..<names.count {
        consider(number, score: matcher.score(prepared, preparedName(number)), floor: floor, into: &best)
      }
    }
  }

  /// A second reference for large property tests: every name scored from
  /// its agreeing unit pairs, found by comparing each query unit with every
  /// distinct list unit (no filter keys, no bounds). Needs every name
  /// prepared (``Preparation/eager``).
  package func screenByComparingAllUnits(
    _ query: ScreeningQuery, threshold: Double = Screener.defaultThreshold, limit: Int = Screener.defaultLimit,
    memory: inout ReferenceMemory
  ) throws(ScreeningError) -> [ScreeningMatch] {
    guard case .eager(let all, let units) = mode else {
      return try screenExhaustively(query, threshold: threshold, limit: limit)
    }
    try Self.check(threshold)
    return try ranked(prepare(query), threshold: threshold, limit: limit) { prepared, floor, best in
      scoreFromAgreeingPairs(prepared, names: all, floor: floor, into: &best) { visit in
        units.forEveryName(of: prepared, memory: &memory, visit)
      }
    }
  }

  /// Lets `collect` offer names (scored at or above the floor that
  /// attribute adjustments could still lift to `threshold`), then ranks the
  /// best name per entity.
  private func ranked(
    _ query: PreparedQuery, threshold: Double, limit: Int,
    _ collect: (_ prepared: PreparedName, _ floor: Double, _ best: inout BestNamePerEntity) -> Void
  ) throws(ScreeningError) -> [ScreeningMatch] {
    try Self.check(threshold)
    let floor = max(0, threshold - AttributeRules.maximumRaise)
    var best = BestNamePerEntity()
    collect(query.name, floor, &best)
    return rank(query.query, best, threshold: threshold, limit: limit)
  }

  private static func check(_ threshold: Double) throws(ScreeningError) {
    guard (0...1).contains(threshold) else { throw .invalidThreshold(threshold) }
  }

  /// Scores the names `enumerate` visits from their agreeing unit pairs
  /// (`names` holds every name, prepared).
  private func scoreFromAgreeingPairs(
    _ prepared: PreparedName, names all: [PreparedName], floor: Double, into best: inout BestNamePerEntity,
    _ enumerate: (_ visit: (_ name: Int, _ pairs: UnsafeMutableBufferPointer<UnitPair>) -> Void) -> Void
  ) {
    all.withUnsafeBufferPointer { names in
      enumerate { number, pairs in
        consider(number, score: matcher.score(prepared, names.baseAddress! + number, pairs: pairs), floor: floor, into: &best)
      }
    }
  }

  /// How the query and a match's name were aligned (`match` must come from
  /// screening `query` with this screener).
  public func explain(_ match: ScreeningMatch, for query: PreparedQuery) -> MatchExplanation {
    matcher.explain(query.name, preparedName(match.nameNumber))
  }

  private func preparedName(_ number: Int) -> PreparedName {
    switch mode {
    case .eager(let prepared, _):
      return prepared[number]
    case .lazy:
      let reference = names[number]
      let entity = entities[Int(reference.entity)]
      return (try? matcher.prepare(entity.names[Int(reference.name)].value, kind: entity.partyKind)) ?? .empty
    }
  }

  /// The best-scoring name of each entity so far.
  struct BestNamePerEntity {
    var names: [Int: (score: Double, name: Int)] = [:]
  }

  @inline(__always)
  private func consider(_ number: Int, score: Double, floor: Double, into best: inout BestNamePerEntity) {
    guard score >= floor else { return }
    let reference = names[number]
    // A weak alias alone alerts only on an exact match.
    if score < 0.9999, entities[Int(reference.entity)].names[Int(reference.name)].kind == .weakAka { return }
    let key = Int(reference.entity)
    if let current = best.names[key], current.score > score || (current.score == score && current.name < number) { return }
    best.names[key] = (score, number)
  }

  private func rank(_ query: ScreeningQuery, _ best: BestNamePerEntity, threshold: Double, limit: Int) -> [ScreeningMatch] {
    var matches: [ScreeningMatch] = []
    for (entityIndex, found) in best.names {
      let entity = entities[entityIndex]
      let (score, adjustments) = AttributeRules.adjust(found.score, query: query, entity: entity)
      guard score >= threshold else { continue }
      let reference = names[found.name]
      let name = entity.names[Int(reference.name)]
      matches.append(
        ScreeningMatch(
          entityID: entity.id, source: entity.source, entityType: entity.type, matchedName: name.value,
          nameKind: name.kind, score: score, nameScore: found.score, adjustments: adjustments,
          entityIndex: entityIndex, nameNumber: found.name))
    }
    matches.sort { x, y in
      if x.score != y.score { return x.score > y.score }
      if x.entityID != y.entityID { return x.entityID < y.entityID }
      return x.entityIndex < y.entityIndex
    }
    return Array(matches.prefix(max(0, limit)))
  }
}

extension PreparedName {
  /// A name with nothing to compare (scores 0 against everything).
  static let empty = NameMatcher().prepare(NormalizedName(original: "", tokens: []), kind: .any)
}
