/// Codes (letters mixed with digits: a model or hull number such as `a320`)
/// agree only when identical; no other rule applies to them.
///
/// Keys: the primary form.
enum CodeRule: MatcherRule {
  static let name = "code"

  /// Similarity of an identical code that is written as one word on one
  /// side and as neighbours on the other.
  static let joinedSimilarity: Float = 0.97

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    guard pair.a.pointee.isCode || pair.b.pointee.isCode else { return .next }
    if pair.a.pointee.primary == pair.b.pointee.primary {
      pair.offer(
        pair.joined
          ? TokenComparison(similarity: joinedSimilarity, method: .joined)
          : TokenComparison(similarity: 1, method: .exact))
    }
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.isCode, unit.role != .initial else { return }
    emit(FilterKey.make(.form, unit.primary))
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
