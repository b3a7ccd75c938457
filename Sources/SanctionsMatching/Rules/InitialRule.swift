/// An initial stands for a name part that starts with its letter (`J.` for
/// `John`); two initials agree only when they are the same letter. It runs
/// first and ends every comparison that involves an initial.
///
/// Keys: a list initial is filed under its letter (`initialLetter`), a full
/// list part under the first letter of each of its forms (`firstLetter`); a
/// query looks up the other tag with the same letters. Two initials share
/// the `form` key of their letter.
enum InitialRule: MatcherRule {
  static let name = "initial"

  /// Similarity of an initial and a full part that starts with it.
  static let similarity: Float = 0.92
  /// Coverage credit of the full part (the initial is fully covered).
  static let fullPartCredit: Float = 0.55

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let aIsInitial = pair.a.pointee.role == .initial
    let bIsInitial = pair.b.pointee.role == .initial
    guard aIsInitial || bIsInitial else { return .next }
    if aIsInitial && bIsInitial {
      if pair.a.pointee.primary == pair.b.pointee.primary { pair.offer(TokenComparison(similarity: 1, method: .exact)) }
      return .stop
    }
    let (initial, full) = aIsInitial ? (pair.a, pair.b) : (pair.b, pair.a)
    guard full.pointee.spanCount == 1 else { return .stop }
    let letter = initial.pointee.primary[0]
    // A word that starts with the Arabic article does not start with `a`
    // as a name (`A. Baghdadi` is not `البغدادي`'s initial).
    // Nor does a kunya or a family name (`أبو بكر`, `آل سعود`) stand for an `A.`.
    if AbjadTranscription.startsWithArticle(full.pointee.abjadLetters)
      || NamePreparation.startsWithCompoundHead(full.pointee.abjadLetters)
    {
      return .stop
    }
    if full.pointee.forms.contains(where: { $0.first == letter }) {
      pair.offer(TokenComparison(similarity: similarity, method: .initial, partialCredit: fullPartCredit))
    }
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    if unit.role == .initial {
      emit(FilterKey.make(.initialLetter, value: UInt64(unit.primary[0])))
      emit(FilterKey.make(.form, unit.primary))
    } else if unit.spanCount == 1 {
      for form in unit.forms where !form.isEmpty { emit(FilterKey.make(.firstLetter, value: UInt64(form[0]))) }
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    if unit.role == .initial {
      emit(FilterKey.make(.firstLetter, value: UInt64(unit.primary[0])))
      emit(FilterKey.make(.form, unit.primary))
    } else if unit.spanCount == 1 {
      for form in unit.forms where !form.isEmpty { emit(FilterKey.make(.initialLetter, value: UInt64(form[0]))) }
    }
  }
}
