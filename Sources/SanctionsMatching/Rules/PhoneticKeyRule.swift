/// Identical phonetic keys: spellings that fold to one sound
/// (`kh`/`h`, `ou`/`u`, `-off`/`-ov`; see `PhoneticKeys.phoneticKey`).
///
/// Keys: every phonetic key of two symbols or more.
enum PhoneticKeyRule: MatcherRule {
  static let name = "phonetic key"

  static let similarity: Float = 0.95
  static let joinedSimilarity: Float = 0.94
  /// Shorter keys say too little to count.
  static let minimumKeyLength = 2

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let keysA = pair.a.pointee.keys
    let keysB = pair.b.pointee.keys
    for ia in 0..<keysA.count where keysA[ia].count >= minimumKeyLength {
      for ib in 0..<keysB.count where keysA[ia] == keysB[ib] {
        pair.offer(
          pair.joined
            ? TokenComparison(similarity: joinedSimilarity, method: .joined)
            : TokenComparison(similarity: similarity, method: .phonetic))
        return .stop
      }
    }
    return .next
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    for key in unit.keys where key.count >= minimumKeyLength { emit(FilterKey.make(.key, key)) }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
