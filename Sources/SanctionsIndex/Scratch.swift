import SanctionsMatching
import Synchronization

/// Working memory of one query: reused across queries (one thread at a
/// time, through `ScratchPool`), so that screening allocates nothing
/// proportional to the lists.
final class Scratch: @unchecked Sendable {
  struct Link {
    var next: Int32
    var pair: UnitPair
  }

  /// Per distinct unit: the generation that last found it.
  let marks: UnsafeMutablePointer<UInt32>
  private let unitCount: Int
  private var generation: UInt32 = 0
  /// Per name: query parts (high 16 bits) and name parts (low 16 bits) that
  /// agree; zero for names the query has not touched.
  let masks: UnsafeMutablePointer<UInt32>
  /// Per touched name: the last agreeing pair filed (an index into `arena`).
  let heads: UnsafeMutablePointer<Int32>
  private let nameCount: Int
  /// The hashed filter keys of the current query unit.
  var mixedKeys: [UInt64] = []
  /// Units found by the current query unit.
  var found: [UInt32] = []
  /// Names touched by the current query.
  var touched: [UInt32] = []
  /// Candidates of the current query, ranked (`UnitIndex.forEachCandidate`).
  var ranked: [UInt64] = []
  /// Agreeing pairs, linked per name.
  var arena: [Link] = []
  /// Names recently rebuilt for scoring.
  var names = NameCache()

  init(units: Int, names: Int) {
    unitCount = units
    nameCount = names
    marks = .allocate(capacity: max(1, units))
    marks.initialize(repeating: 0, count: max(1, units))
    masks = .allocate(capacity: max(1, names))
    masks.initialize(repeating: 0, count: max(1, names))
    heads = .allocate(capacity: max(1, names))
    heads.initialize(repeating: -1, count: max(1, names))
  }

  deinit {
    marks.deallocate()
    masks.deallocate()
    heads.deallocate()
  }

  func nextGeneration() -> UInt32 {
    if generation == .max {
      marks.update(repeating: 0, count: max(1, unitCount))
      generation = 0
    }
    generation += 1
    return generation
  }
}

/// Scratch memory handed to one thread at a time.
final class ScratchPool: Sendable {
  private let free = Mutex<[Scratch]>([])
  private let units: Int
  private let names: Int

  init(units: Int, names: Int) {
    self.units = units
    self.names = names
  }

  func take() -> Scratch {
    let reused: Scratch? = free.withLock { pool in pool.popLast() }
    return reused ?? Scratch(units: units, names: names)
  }

  func put(_ scratch: Scratch) {
    let spare = scratch
    free.withLock { pool in if pool.count < 16 { pool.append(spare) } }
  }
}
