package import SanctionsMatching
import SanctionsSupport
import Synchronization

/// An exact index over the *distinct* units (tokens and joined neighbours)
/// of prepared list names, for screening many queries against names that are
/// all prepared in memory.
///
/// List names share most of their tokens (`Mohammed`, `Bank`, `Trading`), so
/// comparing a query's tokens once against each distinct list unit, instead
/// of once per name that contains it, does most of the matcher's work once
/// per query:
///
/// 1. Each query unit looks up its filter keys ((``TokenComparer/queryKeys(of:_:)``)) and is
///    compared with every distinct list unit found (each once). Every pair the
///    matcher could align (similarity at least ``UnitPair/minimumSimilarity``)
///    shares a filter key, so no agreeing pair is missed.
/// 2. Each agreeing unit's occurrences give the names it appears in, with the
///    agreeing pair filed under the name.
/// 3. A name whose agreeing parts cannot cover enough evidence on either side
///    (the bound of ``NameIndex``) is dropped; the others are scored from their
///    agreeing pairs by `NameMatcher.score(_:_:pairs:)`, which gives exactly
///    what comparing every pair would.
package struct UnitIndex: Sendable {
  /// The distinct units.
  let units: [PreparedToken]
  let bucketBits: Int
  /// `postings[offsets[b]..<offsets[b+1]]`: a 16-bit key fingerprint (bits
  /// 48–63) and a unit number (bits 0–31), for bucket `b`.
  let offsets: [UInt32]
  let postings: [UInt64]
  /// `occurrences[occurrenceOffsets[u]..<occurrenceOffsets[u+1]]`: the name
  /// number (bits 32–63), the unit's position in the name's `units` (bits
  /// 16–23) and the real tokens it covers (bits 0–15), for unit `u`.
  let occurrenceOffsets: [UInt32]
  let occurrences: [UInt64]
  /// `tokenWeights[weightOffsets[n]..<weightOffsets[n+1]]`: weights of name
  /// `n`'s real tokens.
  let weightOffsets: [UInt32]
  let tokenWeights: [Float]
  /// Names with nothing but numbers, by their numbers key.
  let numbersOnly: [UInt64: [UInt32]]
  private let scratchPool: ScratchPool

  /// Builds the index over prepared names (name number = position).
  package init(names: [PreparedName]) {
    var numbering: [UnitSignature: UInt32] = [:]
    var units: [PreparedToken] = []
    var unitOfOccurrence: [UInt32] = []
    var rawOccurrences: [UInt64] = []
    var weightOffsets: [UInt32] = [0]
    var tokenWeights: [Float] = []
    var numbersOnly: [UInt64: [UInt32]] = [:]
    weightOffsets.reserveCapacity(names.count + 1)
    for (number, name) in names.enumerated() {
      for token in name.tokens { tokenWeights.append(token.weight) }
      weightOffsets.append(UInt32(tokenWeights.count))
      if name.tokens.isEmpty, !name.numbers.isEmpty {
        numbersOnly[FilterKey.numbersOnly(name.numbers), default: []].append(UInt32(number))
      }
      for (position, unit) in name.units.enumerated() {
        let signature = UnitSignature(unit)
        let id: UInt32
        if let known = numbering[signature] {
          id = known
        } else {
          id = UInt32(units.count)
          numbering[signature] = id
          units.append(unit)
        }
        unitOfOccurrence.append(id)
        rawOccurrences.append(UInt64(number) << 32 | UInt64(position) << 16 | UInt64(unit.span & 0xFFFF))
      }
    }
    numbering = [:]
    // Occurrences grouped by unit (counting sort; names stay ascending).
    var occurrenceOffsets = [UInt32](repeating: 0, count: units.count + 1)
    for id in unitOfOccurrence { occurrenceOffsets[Int(id) + 1] += 1 }
    for id in 0..<units.count { occurrenceOffsets[id + 1] += occurrenceOffsets[id] }
    var cursor = occurrenceOffsets
    var occurrences = [UInt64](repeating: 0, count: rawOccurrences.count)
    for (id, occurrence) in zip(unitOfOccurrence, rawOccurrences) {
      occurrences[Int(cursor[Int(id)])] = occurrence
      cursor[Int(id)] += 1
    }
    // Filter keys of each distinct unit, in parallel slices (one per core).
    let slices = ProcessInfoLite.activeProcessorCount
    let sliceTables = UnsafeMutableBufferPointer<HashedPostings>.allocate(capacity: slices)
    sliceTables.initialize(repeating: HashedPostings())
    nonisolated(unsafe) let tables = sliceTables
    let distinct = units
    ParallelLoop.forEach(count: slices, workers: slices) { slice in
      var table = HashedPostings()
      var keys: [UInt64] = []
      var id = slice
      while id < distinct.count {
        // Each key once per unit, so that the table needs no repetition pass.
        keys.removeAll(keepingCapacity: true)
        TokenComparer.indexKeys(of: distinct[id]) { keys.append($0) }
        keys.sort()
        var last: UInt64? = nil
        for key in keys where key != last {
          table.add(key, UInt64(id))
          last = key
        }
        id += slices
      }
      tables[slice] = table
    }
    var table = sliceTables[0]
    for slice in 1..<slices { table.append(sliceTables[slice]) }
    sliceTables.deinitialize()
    sliceTables.deallocate()
    let (bits, offsets, postings) = table.build(deduplicate: false)
    self.units = units
    self.bucketBits = bits
    self.offsets = offsets
    self.postings = postings
    self.occurrenceOffsets = occurrenceOffsets
    self.occurrences = occurrences
    self.weightOffsets = weightOffsets
    self.tokenWeights = tokenWeights
    self.numbersOnly = numbersOnly
    self.scratchPool = ScratchPool(units: units.count, names: names.count)
  }

  /// Number of indexed names.
  package var nameCount: Int { weightOffsets.count - 1 }

  /// Number of distinct units (for reports and benchmarks).
  package var unitCount: Int { units.count }

  /// Calls `body` with every name that could score at least `threshold`
  /// against `query` (each once, in no particular order) and the unit pairs of the
  /// query and that name that agree, as `NameMatcher.score(_:_:pairs:)`
  /// takes them. A name with nothing but numbers comes with no pairs.
  package func forEachCandidate(
    of query: PreparedName, threshold: Double,
    _ body: (_ name: Int, _ pairs: UnsafeMutableBufferPointer<UnitPair>) -> Void
  ) {
    if query.tokens.isEmpty {
      guard !query.numbers.isEmpty, let names = numbersOnly[FilterKey.numbersOnly(query.numbers)] else { return }
      withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: 0) { none in
        for name in names { body(Int(name), none) }
      }
      return
    }
    let scratch = scratchPool.take()
    // The growing arrays are moved out of the scratch object while in use
    // (no exclusivity checks or reference counting per access).
    var touched: [UInt32] = []
    var arena: [Scratch.Link] = []
    swap(&touched, &scratch.touched)
    swap(&arena, &scratch.arena)
    defer {
      for name in touched { scratch.masks[Int(name)] = 0 }
      touched.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
      swap(&touched, &scratch.touched)
      swap(&arena, &scratch.arena)
      scratchPool.put(scratch)
    }
    collect(query, scratch, &touched, &arena)
    let coverage = NameMatcher.minimumCoverage(forThreshold: threshold)
    let queryNeeds = coverage * query.totalWeight - NameIndex.coverageSlack * max(1, query.totalWeight)
    let masks = scratch.masks
    let heads = scratch.heads
    query.tokens.withUnsafeBufferPointer { queryTokens in
      tokenWeights.withUnsafeBufferPointer { weights in
        withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: query.units.count * PreparedName.maximumUnits) { buffer in
          for name in touched {
            let mask = masks[Int(name)]
            var keep = Self.queryWeight(of: mask >> 16, queryTokens) >= queryNeeds
            if !keep {
              let start = Int(weightOffsets[Int(name)])
              let end = Int(weightOffsets[Int(name) + 1])
              var total: Float = 0
              for index in start..<end { total += weights[index] }
              keep = Self.weight(of: mask & 0xFFFF, weights, start, end) >= coverage * total - NameIndex.coverageSlack * max(1, total)
            }
            guard keep else { continue }
            var count = 0
            var link = heads[Int(name)]
            while link >= 0, count < buffer.count {
              let entry = arena[Int(link)]
              buffer.initializeElement(at: count, to: entry.pair)
              count += 1
              link = entry.next
            }
            let pairs = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            body(Int(name), pairs)
            _ = pairs.deinitialize()
          }
        }
      }
    }
  }

  /// Compares every query unit with the distinct units sharing a filter key
  /// and files the agreeing pairs under the names they occur in.
  private func collect(
    _ query: PreparedName, _ scratch: Scratch, _ touched: inout [UInt32], _ arena: inout [Scratch.Link],
    reference: UnsafeMutablePointer<ReferenceMemory>? = nil
  ) {
    let masks = scratch.masks
    let heads = scratch.heads
    query.units.withUnsafeBufferPointer { queryUnits in
      units.withUnsafeBufferPointer { listUnits in
        occurrences.withUnsafeBufferPointer { occurrences in
          for position in queryUnits.indices {
            let querySpan = (queryUnits[position].span & 0xFFFF) << 16
            let agreements =
              if let reference {
                allAgreements(of: queryUnits.baseAddress! + position, listUnits, &reference.pointee)
              } else {
                agreements(of: queryUnits.baseAddress! + position, listUnits, scratch)
              }
            for agreement in agreements {
              let id = Int(agreement.unit)
              var pair = UnitPair(left: Int16(position), right: 0, comparison: agreement.comparison)
              for index in Int(occurrenceOffsets[id])..<Int(occurrenceOffsets[id + 1]) {
                let occurrence = occurrences[index]
                let name = Int(truncatingIfNeeded: occurrence >> 32)
                let old = masks[name]
                if old == 0 {
                  touched.append(UInt32(name))
                  heads[name] = -1
                }
                masks[name] = old | querySpan | UInt32(truncatingIfNeeded: occurrence & 0xFFFF)
                pair.right = Int16(truncatingIfNeeded: (occurrence >> 16) & 0xFF)
                arena.append(Scratch.Link(next: heads[name], pair: pair))
                heads[name] = Int32(arena.count - 1)
              }
            }
          }
        }
      }
    }
  }

  /// Every distinct list unit that agrees with a query unit, found by
  /// comparing it with all of them (no filter keys, no cache).
  private func allAgreements(
    of queryUnit: UnsafePointer<PreparedToken>, _ listUnits: UnsafeBufferPointer<PreparedToken>,
    _ memory: inout ReferenceMemory
  ) -> [Agreement] {
    let signature = UnitSignature(queryUnit.pointee)
    if let known = memory.cache.lookup(signature) { return known }
    let queryJoined = queryUnit.pointee.spanCount > 1
    var result: [Agreement] = []
    defer { memory.cache.store(result, for: signature) }
    for id in listUnits.indices {
      let listUnit = listUnits.baseAddress! + id
      if queryJoined && listUnit.pointee.spanCount > 1 && !PreparedToken.comparesJoined(queryUnit, listUnit) {
        continue  // joined × joined
      }
      let comparison = TokenComparer.compare(queryUnit, listUnit)
      guard comparison.similarity >= UnitPair.minimumSimilarity else { continue }
      result.append(Agreement(unit: UInt32(id), comparison: comparison))
    }
    return result
  }

  /// The reference for ``forEachCandidate(of:threshold:_:)``: calls `body`
  /// with *every* name and its agreeing unit pairs, found by comparing each
  /// query unit with every distinct list unit, without filter keys or
  /// coverage bounds. Much slower; it exists to prove the index exact on
  /// large query sets (a unit's comparisons depend only on what
  /// `UnitSignature` holds, so this equals comparing every pair of units of
  /// every name).
  package func forEveryName(
    of query: PreparedName, memory: inout ReferenceMemory,
    _ body: (_ name: Int, _ pairs: UnsafeMutableBufferPointer<UnitPair>) -> Void
  ) {
    let scratch = Scratch(units: units.count, names: nameCount)
    var touched: [UInt32] = []
    var arena: [Scratch.Link] = []
    if !query.tokens.isEmpty {
      withUnsafeMutablePointer(to: &memory) { collect(query, scratch, &touched, &arena, reference: $0) }
    }
    withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: max(1, query.units.count * PreparedName.maximumUnits)) { buffer in
      for name in 0..<nameCount {
        var count = 0
        if scratch.masks[name] != 0 {
          var link = scratch.heads[name]
          while link >= 0, count < buffer.count {
            buffer.initializeElement(at: count, to: arena[Int(link)].pair)
            count += 1
            link = arena[Int(link)].next
          }
        }
        let pairs = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
        body(name, pairs)
        _ = pairs.deinitialize()
      }
    }
  }

  /// The distinct list units that agree with a query unit, and how; from
  /// the cache when this unit was seen before.
  private func agreements(
    of queryUnit: UnsafePointer<PreparedToken>, _ listUnits: UnsafeBufferPointer<PreparedToken>, _ scratch: Scratch
  ) -> [Agreement] {
    let signature = UnitSignature(queryUnit.pointee)
    if let known = scratch.agreements.lookup(signature) { return known }
    let generation = scratch.nextGeneration()
    let marks = scratch.marks
    var found: [UInt32] = []
    swap(&found, &scratch.found)
    defer {
      found.removeAll(keepingCapacity: true)
      swap(&found, &scratch.found)
    }
    let shift = UInt32(32 - bucketBits)
    TokenComparer.queryKeys(of: queryUnit.pointee) { key in
      let mixed = HashedPostings.mix(key)
      let bucket = Int(UInt32(truncatingIfNeeded: mixed >> 32) >> shift)
      let fingerprint = (mixed & 0xFFFF) << 48
      var index = Int(offsets[bucket])
      let end = Int(offsets[bucket + 1])
      while index < end {
        let posting = postings[index]
        index += 1
        guard posting & 0xFFFF_0000_0000_0000 == fingerprint else { continue }
        let id = Int(truncatingIfNeeded: posting & 0xFFFF_FFFF)
        if marks[id] != generation {
          marks[id] = generation
          found.append(UInt32(id))
        }
      }
    }
    let queryJoined = queryUnit.pointee.spanCount > 1
    var result: [Agreement] = []
    for id in found {
      let listUnit = listUnits.baseAddress! + Int(id)
      if queryJoined && listUnit.pointee.spanCount > 1 && !PreparedToken.comparesJoined(queryUnit, listUnit) {
        continue  // joined × joined
      }
      let comparison = TokenComparer.compare(queryUnit, listUnit)
      guard comparison.similarity >= UnitPair.minimumSimilarity else { continue }
      result.append(Agreement(unit: id, comparison: comparison))
    }
    // Names come out of `forEachCandidate` sorted; the order here is free.
    scratch.agreements.store(result, for: signature)
    return result
  }

  @inline(__always)
  private static func queryWeight(of mask: UInt32, _ tokens: UnsafeBufferPointer<PreparedToken>) -> Float {
    CoverageBound.weight(of: mask, count: tokens.count) { tokens[$0].weight }
  }

  @inline(__always)
  private static func weight(of mask: UInt32, _ weights: UnsafeBufferPointer<Float>, _ start: Int, _ end: Int) -> Float {
    CoverageBound.weight(of: mask, count: end - start) { weights[start + $0] }
  }
}


/// The evidence weight of the parts a bit mask marks.
enum CoverageBound {
  /// The sum of `weight(position)` over the set bits of `mask` below `count`.
  @inline(__always)
  static func weight(of mask: UInt32, count: Int, _ weight: (Int) -> Float) -> Float {
    var total: Float = 0
    var bits = mask
    while bits != 0 {
      let position = bits.trailingZeroBitCount
      if position < count { total += weight(position) }
      bits &= bits - 1
    }
    return total
  }
}

/// What the reference scan remembers between the queries of one caller
/// (one per thread): each query unit's agreements, found by comparing it
/// with every distinct list unit.
package struct ReferenceMemory {
  var cache = AgreementCache()

  package init() {}
}

/// A distinct list unit that agrees with a query unit.
struct Agreement: Sendable {
  var unit: UInt32
  var comparison: TokenComparison
}

/// The agreements of recently seen query units. Customer files repeat their
/// tokens (`Maria`, `Smith`, `Trading`) endlessly: each is compared with the
/// list units once per scratch (that is, per thread). Bounded: when full, it
/// starts over.
struct AgreementCache {
  private static let capacity = 65_536
  private var table: [UnitSignature: [Agreement]] = [:]

  func lookup(_ signature: UnitSignature) -> [Agreement]? { table[signature] }

  mutating func store(_ agreements: [Agreement], for signature: UnitSignature) {
    if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
    table[signature] = agreements
  }
}

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
  /// Units found by the current query unit.
  var found: [UInt32] = []
  /// Names touched by the current query.
  var touched: [UInt32] = []
  /// Agreeing pairs, linked per name.
  var arena: [Link] = []
  /// Agreements of the query units this scratch has seen.
  var agreements = AgreementCache()

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
