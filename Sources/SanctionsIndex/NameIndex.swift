public import SanctionsMatching

/// An exact candidate index over prepared list names.
///
/// **Contract:** for a query and a threshold, ``candidates(for:threshold:)``
/// returns every indexed name whose score under ``NameMatcher`` could reach
/// the threshold; scoring those candidates gives exactly what an exhaustive
/// scan of all names would return at or above the threshold.
///
/// Why it is exact: a score reaches threshold T only if one of the two names
/// has at least `minimumCoverage(T)` of its evidence weight covered by
/// aligned parts (every other factor only lowers the score). Every aligned
/// pair has similarity at least 0.5, and every matcher rule that gives that
/// has a necessary condition expressed as shared filter keys (see
/// `TokenComparer` and the rules under `SanctionsMatching/Rules`). Each posting records which parts of the list name the
/// filed unit covers; each lookup knows which parts of the query its unit
/// covers. A name stays a candidate only if the parts that *could* be aligned
/// weigh enough on the query side or on the list side: an upper bound on the
/// real coverage, so no name that can reach T is dropped (count filtering).
/// Hash collisions between keys only add candidates, which scoring rejects.
public struct NameIndex: Sendable {
  /// Filter keys are hashed into `1 << bucketBits` buckets; a bucket's
  /// postings are the union of its keys' postings.
  package let bucketBits: Int
  /// `postings[offsets[b]..<offsets[b+1]]` are the postings of bucket `b`:
  /// a 16-bit fingerprint of the filter key (bits 48–63, so keys sharing a
  /// bucket rarely mix), the name number (bits 16–47) and the bit mask of the
  /// name's real tokens the filed unit covers (bits 0–15).
  package let offsets: ElementBuffer<UInt32>
  package let postings: ElementBuffer<UInt64>
  /// `tokenWeights[weightOffsets[n]..<weightOffsets[n+1]]`: weights of name
  /// `n`'s real tokens, in order.
  package let weightOffsets: [UInt32]
  package let tokenWeights: [Float]

  /// The most names one index holds.
  public static let maximumNames = Int(UInt32.max)

  /// Number of indexed names.
  public var nameCount: Int { weightOffsets.count - 1 }

  /// Builds the index over prepared names (name number = position).
  public init(names: [PreparedName]) {
    precondition(names.count < Self.maximumNames, "an index holds at most \(Self.maximumNames - 1) names")
    var table = HashedPostings()
    var weightOffsets: [UInt32] = [0]
    var tokenWeights: [Float] = []
    weightOffsets.reserveCapacity(names.count + 1)
    for (number, name) in names.enumerated() {
      tokenWeights += name.tokens.map(\.weight)
      weightOffsets.append(UInt32(tokenWeights.count))
      let base = UInt64(number) << 16
      if name.tokens.isEmpty {
        if !name.numbers.isEmpty { table.add(FilterKey.numbersOnly(name.numbers), base | 0xFFFF) }
        continue
      }
      for unit in name.units {
        let posting = base | UInt64(unit.span & 0xFFFF)
        TokenComparer.indexKeys(of: unit) { table.add($0, posting) }
      }
    }
    let (bits, offsets, placed) = table.build()
    self.init(
      bucketBits: bits, offsets: ElementBuffer(offsets), postings: ElementBuffer(placed), weightOffsets: weightOffsets,
      tokenWeights: tokenWeights)
  }

  package init(
    bucketBits: Int, offsets: ElementBuffer<UInt32>, postings: ElementBuffer<UInt64>, weightOffsets: [UInt32],
    tokenWeights: [Float]
  ) {
    self.bucketBits = bucketBits
    self.offsets = offsets
    self.postings = postings
    self.weightOffsets = weightOffsets
    self.tokenWeights = tokenWeights
  }

  /// Slack on the coverage bound, against floating-point rounding.
  static let coverageSlack: Float = 0.001

  /// Number of names, buckets and postings (for reports and benchmarks).
  public var statistics: (names: Int, buckets: Int, postings: Int) { (nameCount, 1 << bucketBits, postings.count) }

  /// Names (by number, ascending, without repetitions) that could score at
  /// least `threshold` against `query`.
  public func candidates(for query: PreparedName, threshold: Double) -> [Int] {
    let count = nameCount
    guard count > 0 else { return [] }
    // Per name: query parts (high 16 bits) and list-name parts (low 16 bits)
    // that some filter key connects.
    var masks = [UInt32](repeating: 0, count: count)
    var touched: [UInt32] = []
    touched.reserveCapacity(512)
    @inline(__always) func scan(_ key: UInt64, querySpan: UInt32) {
      let mixed = HashedPostings.mix(key)
      let bucket = Int(UInt32(truncatingIfNeeded: mixed >> 32) >> UInt32(32 - bucketBits))
      let fingerprint = (mixed & 0xFFFF) << 48
      let end = Int(offsets[bucket + 1])
      var index = Int(offsets[bucket])
      let high = querySpan << 16
      while index < end {
        let posting = postings[index]
        index += 1
        guard posting & 0xFFFF_0000_0000_0000 == fingerprint else { continue }
        let name = Int(truncatingIfNeeded: (posting >> 16) & 0xFFFF_FFFF)
        let old = masks[name]
        if old == 0 { touched.append(UInt32(name)) }
        masks[name] = old | high | UInt32(truncatingIfNeeded: posting & 0xFFFF)
      }
    }
    if query.tokens.isEmpty {
      guard !query.numbers.isEmpty else { return [] }
      scan(FilterKey.numbersOnly(query.numbers), querySpan: 0xFFFF)
      return touched.map(Int.init).sorted()
    }
    for unit in query.units {
      let span = unit.span & 0xFFFF
      TokenComparer.queryKeys(of: unit) { scan($0, querySpan: span) }
    }
    let coverage = NameMatcher.minimumCoverage(forThreshold: threshold)
    let queryNeeds = coverage * query.totalWeight - Self.coverageSlack * max(1, query.totalWeight)
    let queryWeights = query.tokens.map(\.weight)
    var result: [Int] = []
    result.reserveCapacity(touched.count / 4)
    for name in touched {
      let mask = masks[Int(name)]
      if Self.weight(of: mask >> 16, in: queryWeights[...]) >= queryNeeds {
        result.append(Int(name))
        continue
      }
      let weights = tokenWeights[Int(weightOffsets[Int(name)])..<Int(weightOffsets[Int(name) + 1])]
      let total = weights.reduce(0, +)
      if Self.weight(of: mask & 0xFFFF, in: weights) >= coverage * total - Self.coverageSlack * max(1, total) {
        result.append(Int(name))
      }
    }
    result.sort()
    return result
  }

  @inline(__always)
  private static func weight(of mask: UInt32, in weights: ArraySlice<Float>) -> Float {
    CoverageBound.weight(of: mask, count: weights.count) { weights[weights.startIndex + $0] }
  }

}
