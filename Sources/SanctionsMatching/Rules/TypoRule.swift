/// Typing errors and minor spelling differences: an optimal-string-alignment
/// edit distance between forms, or between phonetic keys, within a
/// tolerance set by the shorter word's length. Not for abjad scripts
/// (see ``ConsonantSkeletonRule``).
///
/// Keys: the deletion neighbourhood (up to the tolerance) of the first three
/// forms and phonetic keys. A distance only counts when the longer string
/// keeps two symbols beyond the edits, so two accepted strings always share
/// a deletion variant of two or more symbols.
enum TypoRule: MatcherRule {
  static let name = "typo"

  /// The most edits tolerated for a word of `length` letters (two at most).
  @inline(__always)
  static func allowedEdits(_ length: Int) -> Int {
    switch length {
    case ..<4: return 0
    case 4...7: return 1
    default: return 2
    }
  }

  /// The most edits tolerated between a joined unit and another: none (a
  /// joined spelling must otherwise agree exactly, phonetically or by
  /// consonant class).
  static let allowedEditsJoined = 0
  /// Forms and keys compared on each side.
  static let comparedForms = 3
  /// Similarity of one edit; each edit costs `costPerEdit`, and beyond the
  /// first also `extraCostPerEdit`.
  static let baseSimilarity: Float = 0.94
  static let costPerEdit: Float = 0.1
  static let extraCostPerEdit: Float = 0.02
  /// Cost when only the forms, not the phonetic keys, are that close.
  static let formOnlyCost: Float = 0.01
  /// Cost of a slip on the first letter (rarer than elsewhere).
  static let firstLetterCost: Float = 0.1
  static let minimumSimilarity: Float = 0.5
  /// A typo this similar ends the comparison.
  static let conclusiveSimilarity: Float = 0.9
  /// Symbols the longer string must keep beyond the edits.
  static let keptSymbols = 2

  /// The tolerance of one side's deletion neighbourhood: at least the
  /// tolerance of any pair this unit can be in.
  static func neighbourhood(of unit: PreparedToken, formLength: Int) -> Int {
    let allowed = allowedEdits(formLength + 1)
    return unit.spanCount > 1 ? min(allowed, allowedEditsJoined) : allowed
  }

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    if !pair.abjad { offerTypos(&pair) }
    return pair.best.similarity >= conclusiveSimilarity ? .stop : .next
  }

  private static func offerTypos(_ pair: inout TokenPair) {
    let formsA = pair.a.pointee.forms
    let formsB = pair.b.pointee.forms
    let keysA = pair.a.pointee.keys
    let keysB = pair.b.pointee.keys
    for ia in 0..<min(comparedForms, formsA.count, keysA.count) {
      let fa = formsA[ia]
      let ka = keysA[ia]
      for ib in 0..<min(comparedForms, formsB.count, keysB.count) {
        let fb = formsB[ib]
        let kb = keysB[ib]
        let shorter = min(fa.count, fb.count)
        var allowed = allowedEdits(shorter + (max(fa.count, fb.count) > shorter ? 1 : 0))
        if pair.joined { allowed = min(allowed, allowedEditsJoined) }
        guard allowed > 0 else { continue }
        let distance = EditDistance.osa(fa, fb, limit: allowed)
        let keyDistance = EditDistance.osa(ka, kb, limit: allowed)
        let formDistance = distance + keptSymbols <= max(fa.count, fb.count) ? distance : allowed + 1
        let keyDistanceUsable = keyDistance + keptSymbols <= max(ka.count, kb.count) ? keyDistance : allowed + 1
        let d = min(formDistance, keyDistanceUsable)
        guard d <= allowed else { continue }
        let firstLetterDiffers = fa.first != fb.first && ka.first != kb.first
        let similarity =
          max(minimumSimilarity, baseSimilarity - costPerEdit * Float(d) - (d > 1 ? extraCostPerEdit * Float(d) : 0))
          - (keyDistanceUsable < formDistance ? 0 : formOnlyCost) - (firstLetterDiffers ? firstLetterCost : 0)
        pair.offer(TokenComparison(similarity: similarity, method: pair.joined ? .joined : .typo))
      }
    }
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, !unit.isCode else { return }
    for (form, key) in zip(unit.forms.prefix(comparedForms), unit.keys.prefix(comparedForms)) {
      // The tolerance comes from the forms' lengths, for keys too.
      let k = neighbourhood(of: unit, formLength: form.count)
      guard k > 0 else { continue }
      FilterKey.deletions(.deletion, form, upTo: k, emit: emit)
      FilterKey.deletions(.deletion, key, upTo: k, emit: emit)
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
