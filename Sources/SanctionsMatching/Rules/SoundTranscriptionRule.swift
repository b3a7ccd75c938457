/// A word romanized from another script (not an abjad) against a Latin
/// spelling, or against a word of a third script: they agree when one
/// transcribes the other's sounds (`SoundTranscription`): `デンバー` /
/// `Denver`, `都柏林` / `Dublin` (the whole run of syllables), `ลอนดอน` /
/// `London`. Words of one script keep their own comparison: the rule
/// leaves them alone.
///
/// Keys: the skeleton hashes of the compared forms
/// (`SoundTranscription+Keys`). A Latin list unit files them under
/// `soundLatin`, which queries in other scripts look up; a list unit of
/// another script files them under `soundForeign`, which every query looks
/// up. A unit of another script keeps its hashes
/// (`PreparedToken.soundKeyHashes`), and the comparison first tests that
/// the two units share one.
enum SoundTranscriptionRule: MatcherRule {
  static let name = "sound transcription"

  /// Transcriptions less similar than this are no agreement.
  static let minimumSimilarity: Float = 0.5

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let a = pair.a
    let b = pair.b
    let codeA = a.pointee.soundScript
    let codeB = b.pointee.soundScript
    guard codeA != 0, codeB != 0, codeA != codeB, a.pointee.role != .initial, b.pointee.role != .initial,
      sharesSkeleton(a, b)
    else { return .next }
    let conventions = SoundTranscription.Conventions(
      vowelChanges: max(SoundTranscription.vowelChanges(codeA), SoundTranscription.vowelChanges(codeB)),
      gapVowelsA: SoundTranscription.gapVowels(codeA, against: codeB),
      gapVowelsB: SoundTranscription.gapVowels(codeB, against: codeA),
      dropsPostvocalicR: SoundTranscription.dropsPostvocalicR(codeA) || SoundTranscription.dropsPostvocalicR(codeB),
      dropsFinalConsonant: SoundTranscription.dropsFinalConsonant(codeA) || SoundTranscription.dropsFinalConsonant(codeB),
      mergesConsonants: SoundTranscription.mergesConsonants(codeA) || SoundTranscription.mergesConsonants(codeB))
    let styleA = SoundTranscription.style(ofCode: codeA)
    let styleB = SoundTranscription.style(ofCode: codeB)
    var best: Float = 0
    for formA in a.pointee.forms.prefix(SoundTranscription.comparedForms(codeA)) {
      for formB in b.pointee.forms.prefix(SoundTranscription.comparedForms(codeB)) {
        let similarity = SoundTranscription.similarity(
          formA, styleA, formB, styleB, conventions: conventions, minimum: max(best, minimumSimilarity))
        best = max(best, similarity)
      }
    }
    if best >= minimumSimilarity {
      pair.offer(TokenComparison(similarity: best, method: pair.joined ? .joined : .transcription))
    }
    return .next
  }

  /// Whether the units share a skeleton: a unit of another script holds
  /// its hashes; a Latin unit's are made on the spot.
  private static func sharesSkeleton(_ a: UnsafePointer<PreparedToken>, _ b: UnsafePointer<PreparedToken>) -> Bool {
    let latinA = a.pointee.soundScript == SoundTranscription.latinScript
    let latinB = b.pointee.soundScript == SoundTranscription.latinScript
    if !latinA && !latinB { return SoundTranscription.intersect(a.pointee.soundKeyHashes, b.pointee.soundKeyHashes) }
    let (latin, other) = latinA ? (a, b) : (b, a)
    return SoundTranscription.sharesSkeleton(
      latin.pointee.forms.prefix(SoundTranscription.comparedForms(SoundTranscription.latinScript)), style: .latin,
      with: other.pointee.soundKeyHashes)
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.soundScript != 0, unit.role != .initial else { return }
    if unit.soundScript == SoundTranscription.latinScript {
      forEachLatinHash(of: unit) { emit(FilterKey.make(.soundLatin, hash: $0)) }
    } else {
      for hash in unit.soundKeyHashes { emit(FilterKey.make(.soundForeign, hash: hash)) }
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.soundScript != 0, unit.role != .initial else { return }
    if unit.soundScript == SoundTranscription.latinScript {
      forEachLatinHash(of: unit) { emit(FilterKey.make(.soundForeign, hash: $0)) }
    } else {
      for hash in unit.soundKeyHashes {
        emit(FilterKey.make(.soundLatin, hash: hash))
        emit(FilterKey.make(.soundForeign, hash: hash))
      }
    }
  }

  private static func forEachLatinHash(of unit: PreparedToken, _ body: (UInt64) -> Void) {
    for form in unit.forms.prefix(SoundTranscription.comparedForms(SoundTranscription.latinScript)) {
      SoundTranscription.forEachSkeletonHash(form, style: .latin, body)
    }
  }
}
