/// Typing errors and minor spelling differences: an optimal-string-alignment
/// edit distance between forms, or between phonetic keys, within a
/// tolerance set by the shorter word's length. (Abjad words never get
/// here: ``TranscriptionRule`` and ``AbjadPairGate`` end their comparisons.)
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

  /// Words this short (on the shorter side) agree by typo only as a letter
  /// missing from a word one letter longer (`osar`/`oscar`, `ttis`/`tetis`):
  /// between short words any other edit makes another word (`kim`/`queen`,
  /// `mary`/`makki`). Shorter words agree only with a silent `h` added
  /// (`jon`/`john`); otherwise never by typo.
  static let shortWordLength = 4
  static let silentLetter = UInt8(ascii: "h")

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
  /// An edit costs more in a short word than in a long one: `costPerEdit` is
  /// scaled by `referenceLength` / the shorter word's length, within
  /// `editScale` (one edit in `bauer`/`bajer` is 20% of the word, in
  /// `petrochemical` 8%).
  static let referenceLength: Float = 7
  static let editScale: ClosedRange<Float> = 0.6...1.2
  /// Cost when only the forms, not the phonetic keys, are that close.
  static let formOnlyCost: Float = 0.01
  /// Cost of a slip on the first letter (rarer than elsewhere).
  static let firstLetterCost: Float = 0.1
  static let minimumSimilarity: Float = 0.5
  /// A typo this similar ends the comparison.
  static let conclusiveSimilarity: Float = 0.9
  /// Symbols the longer string must keep beyond the edits.
  static let keptSymbols = 2

  /// The tolerance of one side's deletion neighbourhood (at least the
  /// tolerance of any pair this unit can be in), or nil when the unit never
  /// agrees by typo.
  static func neighbourhood(of unit: PreparedToken, formLength: Int) -> Int? {
    if unit.spanCount > 1 { return allowedEditsJoined > 0 ? allowedEditsJoined : nil }
    if formLength < shortWordLength - 1 { return nil }
    if formLength == shortWordLength - 1 { return 0 }  // itself: a silent `h` missing
    if formLength == shortWordLength { return 0 }  // itself: a letter missing from a longer word
    return allowedEdits(formLength + 1)
  }

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    offerTypos(&pair)
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
        if shorter <= shortWordLength {
          offerMissingLetter(fa, fb, &pair)
          continue
        }
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
        let edits = Float(d) * editCostScale(shorter: shorter)
        let similarity =
          max(minimumSimilarity, baseSimilarity - costPerEdit * edits - (d > 1 ? extraCostPerEdit * Float(d) : 0))
          - (keyDistanceUsable < formDistance ? 0 : formOnlyCost) - (firstLetterDiffers ? firstLetterCost : 0)
        pair.offer(TokenComparison(similarity: similarity, method: pair.joined ? .joined : .typo))
      }
    }
  }

  /// How much one edit counts in a word of `shorter` letters.
  static func editCostScale(shorter: Int) -> Float {
    min(editScale.upperBound, max(editScale.lowerBound, referenceLength / Float(shorter)))
  }

  /// A short word that is a longer one with a letter missing (a silent `h`
  /// for words of three letters).
  private static func offerMissingLetter(_ fa: [UInt8], _ fb: [UInt8], _ pair: inout TokenPair) {
    let shorter = min(fa.count, fb.count)
    guard !pair.joined, shorter >= shortWordLength - 1, EditDistance.isOneLetterMissing(fa, fb) else { return }
    if shorter < shortWordLength {
      let (short, long) = fa.count < fb.count ? (fa, fb) : (fb, fa)
      let extra = short.indices.first { short[$0] != long[$0] } ?? short.count
      guard extra > 0, long[extra] == silentLetter else { return }
    }
    let firstLetterDiffers = fa.first != fb.first
    let similarity =
      baseSimilarity - costPerEdit * editCostScale(shorter: shortWordLength) - formOnlyCost
      - (firstLetterDiffers ? firstLetterCost : 0)
    pair.offer(TokenComparison(similarity: similarity, method: .typo))
  }

  /// A four-letter word without each of its silent `h`s (`john` → `jon`),
  /// as deletion keys.
  private static func silentLetterDeletions(_ form: [UInt8], _ emit: (UInt64) -> Void) {
    for index in form.indices.dropFirst() where form[index] == silentLetter {
      var shorter = form
      shorter.remove(at: index)
      emit(FilterKey.make(.deletion, shorter))
    }
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, !unit.isCode else { return }
    for (form, key) in zip(unit.forms.prefix(comparedForms), unit.keys.prefix(comparedForms)) {
      // The tolerance comes from the forms' lengths, for keys too.
      guard let k = neighbourhood(of: unit, formLength: form.count) else { continue }
      if form.count == shortWordLength, unit.spanCount == 1 { silentLetterDeletions(form, emit) }
      FilterKey.deletions(.deletion, form, upTo: k, emit: emit)
      FilterKey.deletions(.deletion, key, upTo: k, emit: emit)
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
