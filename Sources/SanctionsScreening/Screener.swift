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

  /// The screened entities.
  public let entities: [ScreeningEntity]
  /// `names[n]` is (entity index, name index within the entity).
  let names: [NameReference]
  /// The exact index over every name, which also holds the names prepared.
  let index: UnitIndex
  let matcher: NameMatcher
  /// Names that could not be indexed (e.g. no letters at all), with reasons.
  public let skippedNames: [SkippedName]
  /// The list files the screener was built from, with their hashes and warnings.
  public let provenance: ListProvenance
  /// Which parties the entities belong to (records of one designation in several files).
  let parties: PartyTable

  struct NameReference: Sendable, Hashable {
    var entity: UInt32
    var name: UInt16
  }

  /// Builds a screener over entities (normally `LoadedLists.entities`);
  /// ``provenance`` is unknown (use ``init(lists:options:)`` to record it).
  public init(entities: [Entity]) {
    self.init(screeningEntities: entities.map { ScreeningEntity($0) })
  }

  /// Builds a screener over loaded lists, recording which file each entity
  /// came from and each file's source, dates, counts and SHA-256.
  public init(lists: LoadedLists, options: LoadOptions = LoadOptions()) {
    var entities: [ScreeningEntity] = []
    entities.reserveCapacity(lists.entities.count)
    var position = 0
    for (file, report) in lists.reports.enumerated() {
      for _ in 0..<report.screened {
        entities.append(ScreeningEntity(lists.entities[position], listFile: file))
        position += 1
      }
    }
    self.init(screeningEntities: entities, provenance: ListProvenance(lists, options: options))
  }

  /// Builds a screener over compact entity records.
  public init(screeningEntities entities: [ScreeningEntity], provenance: ListProvenance = .unknown) {
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
      entities: entities, names: kept, index: UnitIndex(names: prepared), skippedNames: skipped, provenance: provenance)
  }

  init(
    entities: [ScreeningEntity], names: [NameReference], index: UnitIndex, skippedNames: [SkippedName],
    provenance: ListProvenance
  ) {
    self.entities = entities
    self.names = names
    self.index = index
    self.matcher = NameMatcher()
    self.skippedNames = skippedNames
    self.provenance = provenance
    self.parties = PartyTable(entities)
  }

  private static func prepareAll(_ jobs: [(String, PartyKind)], matcher: NameMatcher) -> [Result<PreparedName, NormalizationError>] {
    ParallelLoop.map(count: jobs.count) { index in
      let (value, kind) = jobs[index]
      return Result { () throws(NormalizationError) -> PreparedName in try matcher.prepare(value, kind: kind) }
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
      // Candidates come highest bound first: once `limit` entities score
      // more than any bound left can reach (with every attribute agreeing),
      // the rest cannot change the result.
      var leaders = LeadingParties(limit: limit)
      index.forEachCandidate(of: prepared, threshold: floor) { number, name, pairs, bound in
        if let lowest = leaders.lowestScore,
          Double(bound) + AttributeRules.maximumRaise + LeadingParties.boundSlack < lowest
        {
          return false
        }
        let score = matcher.score(prepared, name, pairs: pairs)
        if let entity = consider(number, score: score, floor: floor, into: &best) {
          let (adjusted, _) = AttributeRules.adjust(score, query: query.query, entity: entities[entity])
          if adjusted >= threshold { leaders.update(party: parties.party(of: entity), score: adjusted) }
        }
        return true
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
        consider(number, score: matcher.score(prepared, index.preparedName(number)), floor: floor, into: &best)
      }
    }
  }

  /// A second reference for large property tests: every name scored from
  /// its agreeing unit pairs, found by comparing each query unit with every
  /// distinct list unit (no filter keys, no bounds).
  package func screenByComparingAllUnits(
    _ query: ScreeningQuery, threshold: Double = Screener.defaultThreshold, limit: Int = Screener.defaultLimit,
    memory: inout ReferenceMemory
  ) throws(ScreeningError) -> [ScreeningMatch] {
    try Self.check(threshold)
    return try ranked(prepare(query), threshold: threshold, limit: limit) { prepared, floor, best in
      scoreFromAgreeingPairs(prepared, floor: floor, into: &best) { visit in
        index.forEveryName(of: prepared, memory: &memory, visit)
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

  /// Scores the names `enumerate` visits from their agreeing unit pairs.
  private func scoreFromAgreeingPairs(
    _ prepared: PreparedName, floor: Double, into best: inout BestNamePerEntity,
    _ enumerate: (_ visit: UnitIndex.CandidateVisitor) -> Void
  ) {
    enumerate { number, name, pairs in
      consider(number, score: matcher.score(prepared, name, pairs: pairs), floor: floor, into: &best)
    }
  }

  /// How the query and a match's name were aligned (`match` must come from
  /// screening `query` with this screener).
  ///
  /// - Precondition: `match` came from screening, not from decoding (a
  ///   decoded ``ScreeningMatch`` does not know which indexed name matched).
  public func explain(_ match: ScreeningMatch, for query: PreparedQuery) -> MatchExplanation {
    precondition(match.isFromScreener, "a decoded ScreeningMatch cannot be explained: explain a match from screen(_:)")
    return matcher.explain(query.name, preparedAgain(match.nameNumber))
  }

  /// Name `number` prepared again from its text, as when the index was
  /// built, with what only explanations show (the original text, removed titles).
  private func preparedAgain(_ number: Int) -> PreparedName {
    let reference = names[number]
    let entity = entities[Int(reference.entity)]
    return (try? matcher.prepare(entity.names[Int(reference.name)].value, kind: entity.partyKind)) ?? .empty
  }

  /// The best-scoring name of each entity so far.
  struct BestNamePerEntity {
    var names: [Int: (score: Double, name: Int)] = [:]
  }

  /// Keeps name `number` as its entity's best if it is; returns the
  /// entity's index when its best name changed.
  @inline(__always) @discardableResult
  private func consider(_ number: Int, score: Double, floor: Double, into best: inout BestNamePerEntity) -> Int? {
    guard score >= floor else { return nil }
    let reference = names[number]
    // A weak alias alone alerts only on an exact match.
    if score < 0.9999, entities[Int(reference.entity)].names[Int(reference.name)].kind == .weakAka { return nil }
    let key = Int(reference.entity)
    if let current = best.names[key], current.score > score || (current.score == score && current.name < number) {
      return nil
    }
    best.names[key] = (score, number)
    return key
  }

  /// The matches: each entity's best name adjusted by the query's
  /// attributes, at or above the threshold, one per party (its best-scoring
  /// record), ranked by score (ties by id), at most `limit`.
  private func rank(_ query: ScreeningQuery, _ best: BestNamePerEntity, threshold: Double, limit: Int) -> [ScreeningMatch] {
    var bestOfParty: [Int: (entity: Int, name: Int, score: Double, nameScore: Double, adjustments: [ScoreAdjustment])] = [:]
    for (entityIndex, found) in best.names {
      let (score, adjustments) = AttributeRules.adjust(found.score, query: query, entity: entities[entityIndex])
      guard score >= threshold else { continue }
      let party = parties.party(of: entityIndex)
      if let current = bestOfParty[party], !parties.prefers(entityIndex, score, over: current.entity, current.score, in: entities) {
        continue
      }
      bestOfParty[party] = (entityIndex, found.name, score, found.score, adjustments)
    }
    var matches: [ScreeningMatch] = []
    matches.reserveCapacity(bestOfParty.count)
    for (party, found) in bestOfParty {
      let entity = entities[found.entity]
      let name = entity.names[Int(names[found.name].name)]
      let records = parties.members(of: party, first: found.entity).map {
        PartyRecord(entityID: entities[$0].id, source: entities[$0].source)
      }
      matches.append(
        ScreeningMatch(
          entityID: entity.id, source: entity.source, entityType: entity.type, matchedName: name.value,
          nameKind: name.kind, score: found.score, nameScore: found.nameScore, adjustments: found.adjustments,
          records: records, entityIndex: found.entity, nameNumber: found.name))
    }
    matches.sort { x, y in
      if x.score != y.score { return x.score > y.score }
      if x.entityID != y.entityID { return x.entityID < y.entityID }
      return x.entityIndex < y.entityIndex
    }
    return Array(matches.prefix(max(0, limit)))
  }
}
