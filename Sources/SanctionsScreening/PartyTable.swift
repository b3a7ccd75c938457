/// Which screened entities are records of one party: the same designation
/// published in several files (``ScreeningEntity/partyID``).
///
/// A party is numbered by its representative entity (the original record
/// when it is loaded). Derived from the entities when a screener is built or
/// loaded, never stored; lists without republished records (no `sameAs`)
/// cost nothing but the table.
struct PartyTable: Sendable {
  /// `partyOf[entity]` is the entity's party number.
  private let partyOf: [UInt32]
  /// The entities of parties with more than one record, by party number, in id order.
  private let sharedParties: [Int: [Int]]

  init(_ entities: [ScreeningEntity]) {
    var partyOf = (0..<entities.count).map { UInt32($0) }
    let targets = Set(entities.lazy.compactMap(\.sameAs))
    guard !targets.isEmpty else {
      self.partyOf = partyOf
      self.sharedParties = [:]
      return
    }
    // The original records first, then the copies join them (or the first copy).
    var representative: [String: Int] = [:]
    for (index, entity) in entities.enumerated() where entity.sameAs == nil && targets.contains(entity.id) {
      if representative[entity.id] == nil { representative[entity.id] = index }
    }
    var shared: [Int: [Int]] = [:]
    for (index, entity) in entities.enumerated() {
      guard let key = entity.sameAs else { continue }
      if let party = representative[key] {
        partyOf[index] = UInt32(party)
        shared[party, default: [party]].append(index)
      } else {
        representative[key] = index
      }
    }
    self.partyOf = partyOf
    self.sharedParties = shared.mapValues { members in members.sorted { entities[$0].id < entities[$1].id } }
  }

  /// The party of entity `entity`.
  @inline(__always) func party(of entity: Int) -> Int { Int(partyOf[entity]) }

  /// The party's entities: `first`, then the others in id order.
  func members(of party: Int, first: Int) -> [Int] {
    guard let all = sharedParties[party] else { return [first] }
    return [first] + all.filter { $0 != first }
  }

  /// Whether entity `candidate` (scoring `score`) represents its party
  /// better than `current` (scoring `currentScore`): a higher score, then
  /// the original record (whose id is the party id), then the lower id.
  func prefers(_ candidate: Int, _ score: Double, over current: Int, _ currentScore: Double, in entities: [ScreeningEntity]) -> Bool {
    if score != currentScore { return score > currentScore }
    let candidateIsOriginal = entities[candidate].sameAs == nil
    let currentIsOriginal = entities[current].sameAs == nil
    if candidateIsOriginal != currentIsOriginal { return candidateIsOriginal }
    if entities[candidate].id != entities[current].id { return entities[candidate].id < entities[current].id }
    return candidate < current
  }
}
