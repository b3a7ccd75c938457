/// Identical phonetic keys: spellings that fold to one sound
/// (`kh`/`h`, `ou`/`u`, `-off`/`-ov`; see `PhoneticKeys.phoneticKey`).
///
/// Keys: every phonetic key of two symbols or more.
enum PhoneticKeyRule: MatcherRule {
  static let name = "phonetic key"

  static let similarity: Float = 0.95
  static let joinedSimilarity: Float = 0.94
  /// Two spellings of a short word (at most `shortFormLength` letters) that
  /// sound alike: one letter apart (`jud`/`joud`, `ayr`/`air`) they agree
  /// with `shortSimilarity`; further apart (`axa`/`aqsa`) they are mostly
  /// other words, and agree only weakly (`distantShortSimilarity`) unless
  /// one side is romanized from an abjad.
  static let shortFormLength = 4
  static let shortSimilarity: Float = 0.9
  static let distantShortSimilarity: Float = 0.72
  /// Shorter keys say too little to count.
  static let minimumKeyLength = 2

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let keysA = pair.a.pointee.keys
    let keysB = pair.b.pointee.keys
    for ia in 0..<keysA.count where keysA[ia].count >= minimumKeyLength {
      for ib in 0..<keysB.count where keysA[ia] == keysB[ib] {
        if pair.joined {
          pair.offer(TokenComparison(similarity: joinedSimilarity, method: .joined))
        } else {
          pair.offer(TokenComparison(similarity: similarity(pair, ia, ib), method: .phonetic))
        }
        return .stop
      }
    }
    return .next
  }

  /// The similarity of forms `ia` and `ib`, whose keys are identical.
  private static func similarity(_ pair: TokenPair, _ ia: Int, _ ib: Int) -> Float {
    let formA = pair.a.pointee.forms[ia]
    let formB = pair.b.pointee.forms[ib]
    guard min(formA.count, formB.count) <= shortFormLength else { return similarity }
    // Romanizations of a script without written vowels guess the vowels:
    // their distance from a Latin spelling says nothing.
    if pair.abjad { return shortSimilarity }
    return EditDistance.osa(formA, formB, limit: 1) <= 1 ? shortSimilarity : distantShortSimilarity
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    for key in unit.keys where key.count >= minimumKeyLength { emit(FilterKey.make(.key, key)) }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
