package import SanctionsMatching
import SanctionsSupport
import Synchronization
import MemoryHints

/// An exact index over the *distinct* units (tokens and joined neighbours)
/// of prepared list names. It holds everything screening needs, so a saved
/// index screens without the list files and without preparing a name.
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
///    is dropped (a score reaches the threshold only when one side's coverage
///    does; see ``CoverageBound``); the others are scored from their
///    agreeing pairs by `NameMatcher.score(_:_:pairs:)`, which gives exactly
///    what comparing every pair would.
///
/// Names are not kept as prepared objects: a name is a range of unit numbers
/// and a few bytes of parts (``PreparedNameParts``), rebuilt for
/// the candidates that are scored. The flat arrays can live in a mapped
/// index file (see `UnitIndex+Storage.swift`).
package struct UnitIndex: Sendable {
  /// The distinct units.
  let units: [PreparedToken]
  /// `meetsOnlySingleTokens` of each distinct unit, packed densely so that
  /// a joined query unit skips joined list units without reading them.
  let meetsOnlySingleTokens: [Bool]
  let bucketBits: Int
  /// `postings[offsets[b]..<offsets[b+1]]`: a 16-bit key fingerprint (bits
  /// 48–63) and a unit number (bits 0–31), for bucket `b`.
  let offsets: ElementBuffer<UInt32>
  let postings: ElementBuffer<UInt64>
  /// `occurrences[occurrenceOffsets[u]..<occurrenceOffsets[u+1]]`: the name
  /// number (bits 32–63), the unit's position in the name's `units` (bits
  /// 16–23) and the real tokens it covers (bits 0–15), for unit `u`.
  let occurrenceOffsets: ElementBuffer<UInt32>
  let occurrences: ElementBuffer<UInt64>
  /// `tokenWeights[weightOffsets[n]..<weightOffsets[n+1]]`: weights of name
  /// `n`'s real tokens (as `Float` bit patterns).
  let weightOffsets: ElementBuffer<UInt32>
  let tokenWeights: ElementBuffer<UInt32>
  /// `nameUnits[nameUnitOffsets[n]..<nameUnitOffsets[n+1]]`: the unit
  /// numbers of name `n`'s units, in order, and in `nameUnitTraits` what
  /// each has of its own (`PreparedToken.instanceTraits`: weight, span...).
  let nameUnitOffsets: ElementBuffer<UInt32>
  let nameUnits: ElementBuffer<UInt32>
  let nameUnitTraits: ElementBuffer<UInt64>
  /// `nameParts[namePartOffsets[n]..<namePartOffsets[n+1]]`: the rest of
  /// name `n` (``PreparedNameParts``).
  let namePartOffsets: ElementBuffer<UInt32>
  let nameParts: ElementBuffer<UInt8>
  /// Names with nothing but numbers, by their numbers key.
  let numbersOnly: [UInt64: [UInt32]]
  private let scratchPool: ScratchPool
  /// The agreements of query units already compared, for every thread.
  private let agreementCache = SharedAgreementCache()

  /// Builds the index over prepared names (name number = position).
  package init(names: [PreparedName]) {
    var numbering: [UnitSignature: UInt32] = [:]
    var units: [PreparedToken] = []
    var unitOfOccurrence: [UInt32] = []
    var rawOccurrences: [UInt64] = []
    var weightOffsets: [UInt32] = [0]
    var tokenWeights: [UInt32] = []
    var nameUnitOffsets: [UInt32] = [0]
    var nameUnitTraits: [UInt64] = []
    var namePartOffsets: [UInt32] = [0]
    var parts = BinaryWriter()
    weightOffsets.reserveCapacity(names.count + 1)
    nameUnitOffsets.reserveCapacity(names.count + 1)
    namePartOffsets.reserveCapacity(names.count + 1)
    for (number, name) in names.enumerated() {
      for token in name.tokens { tokenWeights.append(token.weight.bitPattern) }
      weightOffsets.append(UInt32(tokenWeights.count))
      name.parts.write(to: &parts)
      namePartOffsets.append(UInt32(parts.bytes.count))
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
        nameUnitTraits.append(unit.instanceTraits)
        rawOccurrences.append(UInt64(number) << 32 | UInt64(position) << 16 | UInt64(unit.span & 0xFFFF))
      }
      nameUnitOffsets.append(UInt32(unitOfOccurrence.count))
    }
    numbering = [:]
    let (occurrenceOffsets, occurrences) = Self.groupByUnit(rawOccurrences, unitOfOccurrence, unitCount: units.count)
    let (bits, offsets, postings) = Self.filterKeyTable(of: units)
    self.init(
      units: units, bucketBits: bits, offsets: ElementBuffer(offsets), postings: ElementBuffer(postings),
      occurrenceOffsets: ElementBuffer(occurrenceOffsets), occurrences: ElementBuffer(occurrences),
      weightOffsets: ElementBuffer(weightOffsets), tokenWeights: ElementBuffer(tokenWeights),
      nameUnitOffsets: ElementBuffer(nameUnitOffsets), nameUnits: ElementBuffer(unitOfOccurrence),
      nameUnitTraits: ElementBuffer(nameUnitTraits),
      namePartOffsets: ElementBuffer(namePartOffsets), nameParts: ElementBuffer(parts.bytes),
      numbersOnly: Self.numbersOnlyNames(names))
  }

  /// An index from its parts (checked by the caller).
  init(
    units: [PreparedToken], bucketBits: Int, offsets: ElementBuffer<UInt32>, postings: ElementBuffer<UInt64>,
    occurrenceOffsets: ElementBuffer<UInt32>, occurrences: ElementBuffer<UInt64>, weightOffsets: ElementBuffer<UInt32>,
    tokenWeights: ElementBuffer<UInt32>, nameUnitOffsets: ElementBuffer<UInt32>, nameUnits: ElementBuffer<UInt32>,
    nameUnitTraits: ElementBuffer<UInt64>, namePartOffsets: ElementBuffer<UInt32>, nameParts: ElementBuffer<UInt8>, numbersOnly: [UInt64: [UInt32]]
  ) {
    self.units = units
    self.meetsOnlySingleTokens = units.map(\.meetsOnlySingleTokens)
    self.bucketBits = bucketBits
    self.offsets = offsets
    self.postings = postings
    self.occurrenceOffsets = occurrenceOffsets
    self.occurrences = occurrences
    self.weightOffsets = weightOffsets
    self.tokenWeights = tokenWeights
    self.nameUnitOffsets = nameUnitOffsets
    self.nameUnits = nameUnits
    self.nameUnitTraits = nameUnitTraits
    self.namePartOffsets = namePartOffsets
    self.nameParts = nameParts
    self.numbersOnly = numbersOnly
    self.scratchPool = ScratchPool(units: units.count, names: weightOffsets.count - 1)
  }

  /// Occurrences grouped by unit (counting sort; names stay ascending).
  private static func groupByUnit(
    _ rawOccurrences: [UInt64], _ unitOfOccurrence: [UInt32], unitCount: Int
  ) -> (offsets: [UInt32], occurrences: [UInt64]) {
    var offsets = [UInt32](repeating: 0, count: unitCount + 1)
    for id in unitOfOccurrence { offsets[Int(id) + 1] += 1 }
    for id in 0..<unitCount { offsets[id + 1] += offsets[id] }
    var cursor = offsets
    var occurrences = [UInt64](repeating: 0, count: rawOccurrences.count)
    for (id, occurrence) in zip(unitOfOccurrence, rawOccurrences) {
      occurrences[Int(cursor[Int(id)])] = occurrence
      cursor[Int(id)] += 1
    }
    return (offsets, occurrences)
  }

  /// The filter keys of each distinct unit, hashed into buckets; built in
  /// parallel slices (one per core).
  private static func filterKeyTable(of units: [PreparedToken]) -> (bits: Int, offsets: [UInt32], postings: [UInt64]) {
    let slices = ProcessInfoLite.activeProcessorCount
    let sliceTables = UnsafeMutableBufferPointer<HashedPostings>.allocate(capacity: slices)
    sliceTables.initialize(repeating: HashedPostings())
    nonisolated(unsafe) let tables = sliceTables
    ParallelLoop.forEach(count: slices, workers: slices) { slice in
      var table = HashedPostings()
      var keys: [UInt64] = []
      var id = slice
      while id < units.count {
        // Each key once per unit, so that the table needs no repetition pass.
        keys.removeAll(keepingCapacity: true)
        TokenComparer.indexKeys(of: units[id]) { keys.append($0) }
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
    return table.build(deduplicate: false)
  }

  /// Names with no tokens but numbers, by their numbers key.
  private static func numbersOnlyNames(_ names: [PreparedName]) -> [UInt64: [UInt32]] {
    var found: [UInt64: [UInt32]] = [:]
    for (number, name) in names.enumerated() where name.tokens.isEmpty && !name.numbers.isEmpty {
      found[FilterKey.numbersOnly(name.numbers), default: []].append(UInt32(number))
    }
    return found
  }

  /// Name `number`, rebuilt for scoring (its units and parts; without the
  /// original text and removed titles, which only explanations show).
  package func preparedName(_ number: Int) -> PreparedName {
    let start = Int(nameUnitOffsets[number])
    let end = Int(nameUnitOffsets[number + 1])
    var members: [PreparedToken] = []
    members.reserveCapacity(end - start)
    for index in start..<end { members.append(units[Int(nameUnits[index])].withInstanceTraits(nameUnitTraits[index])) }
    let partStart = Int(namePartOffsets[number])
    let partEnd = Int(namePartOffsets[number + 1])
    var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(nameParts.elements)[partStart..<partEnd]))
    // Checked when the index was built or read.
    guard let parts = try? PreparedNameParts(reading: &reader) else { return .empty }
    return PreparedName(units: members, parts: parts)
  }

  /// Number of indexed names.
  package var nameCount: Int { weightOffsets.count - 1 }

  /// Number of distinct units (for reports and benchmarks).
  package var unitCount: Int { units.count }

  /// What ``forEachCandidate(of:threshold:_:)`` calls with each candidate:
  /// its number, the name as the index keeps it (``preparedName(_:)``), the
  /// unit pairs of the query and that name that agree, as
  /// `NameMatcher.score(_:_:pairs:)` takes them, and an upper bound of the
  /// name's score. It returns whether to go on.
  package typealias RankedCandidateVisitor = (
    _ number: Int, _ name: UnsafePointer<PreparedName>, _ pairs: UnsafeMutableBufferPointer<UnitPair>,
    _ upperBound: Float
  ) -> Bool

  /// The same without the bound, for every candidate.
  package typealias CandidateVisitor = (
    _ number: Int, _ name: UnsafePointer<PreparedName>, _ pairs: UnsafeMutableBufferPointer<UnitPair>
  ) -> Void

  /// Calls `body` with every name that could score at least `threshold`
  /// against `query`, each once.
  package func forEachCandidate(of query: PreparedName, threshold: Double, _ body: CandidateVisitor) {
    forEachCandidate(of: query, threshold: threshold) { number, name, pairs, _ in
      body(number, name, pairs)
      return true
    }
  }

  /// Calls `body` with every name that could score at least `threshold`
  /// against `query`, each once, highest upper bound first (ties by name
  /// number), until `body` returns false: a caller that needs the best few
  /// stops once no bound can beat them. A name with nothing but numbers
  /// comes with no pairs.
  ///
  /// The bound is the larger of the two names' shares of evidence that
  /// agreeing parts could cover: the score is a weighted average of the
  /// two coverages, lowered by every other factor.
  package func forEachCandidate(of query: PreparedName, threshold: Double, _ body: RankedCandidateVisitor) {
    if query.tokens.isEmpty {
      guard !query.numbers.isEmpty, let names = numbersOnly[FilterKey.numbersOnly(query.numbers)] else { return }
      withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: 0) { none in
        for name in names {
          guard withUnsafePointer(to: preparedName(Int(name)), { body(Int(name), $0, none, 1) }) else { return }
        }
      }
      return
    }
    let scratch = scratchPool.take()
    // The growing arrays are moved out of the scratch object while in use
    // (no exclusivity checks or reference counting per access).
    var touched: [UInt32] = []
    var arena: [Scratch.Link] = []
    var ranked: [UInt64] = []
    swap(&touched, &scratch.touched)
    swap(&arena, &scratch.arena)
    swap(&ranked, &scratch.ranked)
    defer {
      for name in touched { scratch.masks[Int(name)] = 0 }
      touched.removeAll(keepingCapacity: true)
      arena.removeAll(keepingCapacity: true)
      ranked.removeAll(keepingCapacity: true)
      swap(&touched, &scratch.touched)
      swap(&arena, &scratch.arena)
      swap(&ranked, &scratch.ranked)
      scratchPool.put(scratch)
    }
    collect(query, scratch, &touched, &arena)
    rankCandidates(query, threshold: threshold, touched, scratch.masks, into: &ranked)
    let heads = scratch.heads
    withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: query.units.count * PreparedName.maximumUnits) { buffer in
      for entry in ranked {
        let name = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
        let upperBound = Float(bitPattern: ~UInt32(truncatingIfNeeded: entry >> 32))
        var count = 0
        var link = heads[name]
        while link >= 0, count < buffer.count {
          let entry = arena[Int(link)]
          buffer.initializeElement(at: count, to: entry.pair)
          count += 1
          link = entry.next
        }
        let pairs = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
        let goesOn = scratch.names.withName(name, of: self) { body(name, $0, pairs, upperBound) }
        _ = pairs.deinitialize()
        guard goesOn else { return }
      }
    }
  }

  /// The touched names whose agreeing parts could cover enough evidence on
  /// either side to reach `threshold`, with their bounds, highest first:
  /// each as the complement of the bound's bits (high half) and the name
  /// number (low half), sorted.
  private func rankCandidates(
    _ query: PreparedName, threshold: Double, _ touched: [UInt32], _ masks: UnsafeMutablePointer<UInt32>,
    into ranked: inout [UInt64]
  ) {
    let coverage = NameMatcher.minimumCoverage(forThreshold: threshold)
    let queryTotal = query.totalWeight
    let queryNeeds = coverage * queryTotal - CoverageBound.slack * max(1, queryTotal)
    let weights = tokenWeights.elements
    query.tokens.withUnsafeBufferPointer { queryTokens in
      for name in touched {
        let mask = masks[Int(name)]
        let queryCovered = Self.queryWeight(of: mask >> 16, queryTokens)
        let start = Int(weightOffsets[Int(name)])
        let end = Int(weightOffsets[Int(name) + 1])
        var total: Float = 0
        for index in start..<end { total += Float(bitPattern: weights[index]) }
        let listCovered = Self.weight(of: mask & 0xFFFF, weights, start, end)
        guard queryCovered >= queryNeeds || listCovered >= coverage * total - CoverageBound.slack * max(1, total) else {
          continue
        }
        let bound = max(queryTotal > 0 ? queryCovered / queryTotal : 1, total > 0 ? listCovered / total : 1)
        ranked.append(UInt64(~max(0, bound).bitPattern) << 32 | UInt64(name))
      }
    }
    ranked.sort()
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
        let occurrences = occurrences.elements
        do {
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
  package func forEveryName(of query: PreparedName, memory: inout ReferenceMemory, _ body: CandidateVisitor) {
    if memory.names.count != nameCount { memory.names = (0..<nameCount).map(preparedName) }
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
        memory.names.withUnsafeBufferPointer { names in body(name, names.baseAddress! + name, pairs) }
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
    if let known = agreementCache.lookup(signature) { return known }
    let generation = scratch.nextGeneration()
    let marks = scratch.marks
    var found: [UInt32] = []
    swap(&found, &scratch.found)
    defer {
      found.removeAll(keepingCapacity: true)
      swap(&found, &scratch.found)
    }
    let shift = UInt32(32 - bucketBits)
    let skipsJoined = queryUnit.pointee.meetsOnlySingleTokens
    // The keys' buckets are scattered over the table: all are looked up
    // first (their offsets prefetched, then their postings), then scanned.
    var mixedKeys: [UInt64] = []
    swap(&mixedKeys, &scratch.mixedKeys)
    defer {
      mixedKeys.removeAll(keepingCapacity: true)
      swap(&mixedKeys, &scratch.mixedKeys)
    }
    TokenComparer.queryKeys(of: queryUnit.pointee) { key in
      let mixed = HashedPostings.mix(key)
      mixedKeys.append(mixed)
      sanctions_prefetch(offsets.elements.baseAddress! + Int(UInt32(truncatingIfNeeded: mixed >> 32) >> shift))
    }
    for mixed in mixedKeys {
      let bucket = Int(UInt32(truncatingIfNeeded: mixed >> 32) >> shift)
      sanctions_prefetch(postings.elements.baseAddress! + Int(offsets[bucket]))
    }
    for mixed in mixedKeys {
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
          // Joined × joined: not compared (`PreparedToken.comparesJoined`).
          if skipsJoined && meetsOnlySingleTokens[id] { continue }
          found.append(UInt32(id))
        }
      }
    }
    var result: [Agreement] = []
    for (position, id) in found.enumerated() {
      Self.prefetch(found, after: position, in: listUnits)
      let listUnit = listUnits.baseAddress! + Int(id)
      let comparison = TokenComparer.compare(queryUnit, listUnit)
      guard comparison.similarity >= UnitPair.minimumSimilarity else { continue }
      result.append(Agreement(unit: id, comparison: comparison))
    }
    // Names come out of `forEachCandidate` sorted; the order here is free.
    agreementCache.store(result, for: signature)
    return result
  }

  /// How far ahead the units to compare are prefetched: their records
  /// first, then (once those have arrived) their forms, then the first
  /// form's bytes. The units a query unit is compared with are scattered
  /// over the table: without this, most comparisons would start by waiting
  /// for memory.
  static let prefetchDistance = (records: 12, forms: 6, firstForm: 3)

  /// Starts loading what the comparisons a few steps after `position` read.
  @inline(__always)
  private static func prefetch(_ found: [UInt32], after position: Int, in units: UnsafeBufferPointer<PreparedToken>) {
    let count = found.count
    let base = units.baseAddress!
    if position + prefetchDistance.records < count {
      // Every cache line of the record (it spans several).
      let record = UnsafeRawPointer(base + Int(found[position + prefetchDistance.records]))
      var offset = 0
      while offset < MemoryLayout<PreparedToken>.size {
        sanctions_prefetch(record + offset)
        offset += 64
      }
    }
    if position + prefetchDistance.forms < count {
      sanctions_prefetch(PreparedToken.formsAddress(of: base + Int(found[position + prefetchDistance.forms])))
    }
    if position + prefetchDistance.firstForm < count {
      sanctions_prefetch(PreparedToken.firstFormAddress(of: base + Int(found[position + prefetchDistance.firstForm])))
    }
  }

  @inline(__always)
  private static func queryWeight(of mask: UInt32, _ tokens: UnsafeBufferPointer<PreparedToken>) -> Float {
    CoverageBound.weight(of: mask, count: tokens.count) { tokens[$0].weight }
  }

  @inline(__always)
  private static func weight(of mask: UInt32, _ weights: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> Float {
    CoverageBound.weight(of: mask, count: end - start) { Float(bitPattern: weights[start + $0]) }
  }
}
