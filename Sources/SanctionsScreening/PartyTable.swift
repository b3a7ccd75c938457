/// Which screened entities are records of one party: the same designation
/// published in several files (``ScreeningEntity/partyID``).
///
/// Derived from the entities when a screener is built or loaded, never stored.
struct PartyTable: Sendable {
  /// `partyOf[entity]` is the entity's party number.
  private let partyOf: [UInt32]
  /// The entities of parties with more than one record, by party number, in id order.
  private let sharedParties: [Int: [Int]]

  init(_ entities: [ScreeningEntity]) {
    var numbers: [String: UInt32] = [:]
    var firstEntity: [Int] = []
    var partyOf: [UInt32] = []
    partyOf.reserveCapacity(entities.count)
    var shared: [Int: [Int]] = [:]
    for (index, entity) in entities.enumerated() {
      let key = entity.partyID
      if let number = numbers[key] {
        partyOf.append(number)
        shared[Int(number), default: [firstEntity[Int(number)]]].append(index)
      } else {
        let number = UInt32(numbers.count)
        numbers[key] = number
        firstEntity.append(index)
        partyOf.append(number)
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
