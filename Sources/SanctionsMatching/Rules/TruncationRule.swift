/// Truncation: a word cut short (`ahmadz` cut to `ahm`, a field too short
/// for the name). Tried last, for single words, while nothing better agrees.
///
/// Keys: a list word is filed under each of its proper prefixes of
/// ``minimumLength`` letters or more (`prefix`) and under its whole primary
/// form (`form`); a query looks up its whole primary form as a `prefix` and
/// its proper prefixes as `form`s.
enum TruncationRule: MatcherRule {
  static let name = "truncation"

  static let similarity: Float = 0.8
  /// Only tried while the best agreement so far is below this.
  static let ceiling: Float = 0.8
  /// The shortest truncation: four letters, or three when the long word has
  /// at most ``shortWordLength`` letters or the short one ends its name.
  static let minimumLength = 3
  static let preferredMinimumLength = 4
  static let shortWordLength = 6
  /// The least coverage credit of the long side.
  static let minimumCredit: Float = 0.6

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    guard pair.best.similarity < ceiling, !pair.joined else { return .stop }
    let aIsShort = pair.a.pointee.primary.count <= pair.b.pointee.primary.count
    let (short, long) = aIsShort ? (pair.a, pair.b) : (pair.b, pair.a)
    let shortCount = short.pointee.primary.count
    let longCount = long.pointee.primary.count
    let lengthAllowed =
      shortCount >= preferredMinimumLength
      || (shortCount == minimumLength && (longCount <= shortWordLength || short.pointee.isLast))
    guard lengthAllowed, longCount > shortCount, long.pointee.primary.starts(with: short.pointee.primary),
      !GivenNameEquivalents.isPatronymic(long.pointee.primary, of: short.pointee.primary)
    else { return .stop }
    let credit = max(minimumCredit, Float(shortCount) / Float(longCount))
    pair.offer(TokenComparison(similarity: similarity, method: .truncation, partialCredit: credit))
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, unit.spanCount == 1 else { return }
    let primary = unit.primary
    emit(FilterKey.make(.form, primary))
    if primary.count > minimumLength {
      for length in minimumLength..<primary.count { emit(FilterKey.make(.prefix, primary[0..<length])) }
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, unit.spanCount == 1 else { return }
    let primary = unit.primary
    if primary.count >= minimumLength { emit(FilterKey.make(.prefix, primary)) }
    if primary.count > minimumLength {
      for length in minimumLength..<primary.count { emit(FilterKey.make(.form, primary[0..<length])) }
    }
  }
}
