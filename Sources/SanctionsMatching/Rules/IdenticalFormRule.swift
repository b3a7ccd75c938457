/// Identical forms: the same preferred spelling (`exact`), or the same
/// spelling once another romanization of either side is chosen
/// (`sergej`/`sergey`, `mueller`/`müller`, a homoglyph read as Latin).
///
/// Keys: every form.
enum IdenticalFormRule: MatcherRule {
  static let name = "identical forms"

  /// Similarity through a form other than both preferred ones, and of a
  /// joined unit against a single one.
  static let alternativeSimilarity: Float = 0.97

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let formsA = pair.a.pointee.forms
    let formsB = pair.b.pointee.forms
    for ia in 0..<formsA.count {
      for ib in 0..<formsB.count where formsA[ia] == formsB[ib] {
        if pair.joined {
          pair.offer(TokenComparison(similarity: alternativeSimilarity, method: .joined))
        } else if ia == 0 && ib == 0 {
          pair.offer(TokenComparison(similarity: 1, method: .exact))
        } else {
          pair.offer(TokenComparison(similarity: alternativeSimilarity, method: .transliteration))
        }
        return .stop
      }
    }
    return .next
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    for form in unit.forms { emit(FilterKey.make(.form, form)) }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
