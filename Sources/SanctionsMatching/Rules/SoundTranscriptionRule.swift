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
    guard codeA != 0, codeB != 0, codeA != codeB, a.pointee.role != .initial, b.pointee.role != .initial
    else { return .next }
    // Spelt alike: the identity rules after it agree fully.
    if a.pointee.forms.contains(where: { form in b.pointee.forms.contains(form) }) { return .next }
    let latinScript = SoundTranscription.latinScript
    if codeA != latinScript, codeB != latinScript,
      !SoundTranscription.intersect(a.pointee.soundKeyHashes, b.pointee.soundKeyHashes)
    {
      return .next
    }
    // Each compared form is read once, the Latin side first: its skeletons
    // meet the other unit's hashes (the gate) before the other is read.
    let swapped = codeA != latinScript && codeB == latinScript
    let (first, second) = swapped ? (b, a) : (a, b)
    let (firstCode, secondCode) = swapped ? (codeB, codeA) : (codeA, codeB)
    let best = SoundTranscription.withSounds(
      of: first.pointee.forms, limit: SoundTranscription.comparedForms(firstCode),
      style: SoundTranscription.style(ofCode: firstCode)
    ) { soundsFirst, startsFirst in
      if firstCode == latinScript,
        !SoundTranscription.sharesSkeleton(soundsFirst, startsFirst, with: second.pointee.soundKeyHashes)
      {
        return Float(0)
      }
      return SoundTranscription.withSounds(
        of: second.pointee.forms, limit: SoundTranscription.comparedForms(secondCode),
        style: SoundTranscription.style(ofCode: secondCode)
      ) { soundsSecond, startsSecond in
        swapped
          ? bestSimilarity(soundsSecond, startsSecond, soundsFirst, startsFirst, codeA: codeA, codeB: codeB)
          : bestSimilarity(soundsFirst, startsFirst, soundsSecond, startsSecond, codeA: codeA, codeB: codeB)
      }
    }
    if best >= minimumSimilarity {
      pair.offer(TokenComparison(similarity: best, method: pair.joined ? .joined : .transcription))
    }
    return .next
  }

  /// The best similarity of any compared form of one unit with any of the
  /// other's, under the conventions of their scripts.
  private static func bestSimilarity(
    _ soundsA: UnsafeBufferPointer<SoundTranscription.Sound>, _ startsA: UnsafeBufferPointer<Int>,
    _ soundsB: UnsafeBufferPointer<SoundTranscription.Sound>, _ startsB: UnsafeBufferPointer<Int>,
    codeA: UInt8, codeB: UInt8
  ) -> Float {
    let conventions = SoundTranscription.Conventions(
      vowelChanges: max(SoundTranscription.vowelChanges(codeA), SoundTranscription.vowelChanges(codeB)),
      gapVowelsA: SoundTranscription.gapVowels(codeA, against: codeB),
      gapVowelsB: SoundTranscription.gapVowels(codeB, against: codeA),
      dropsPostvocalicR: SoundTranscription.dropsPostvocalicR(codeA) || SoundTranscription.dropsPostvocalicR(codeB),
      dropsFinalConsonant: SoundTranscription.dropsFinalConsonant(codeA) || SoundTranscription.dropsFinalConsonant(codeB),
      mergesConsonants: SoundTranscription.mergesConsonants(codeA) || SoundTranscription.mergesConsonants(codeB))
    var best: Float = 0
    for formA in 0..<(startsA.count - 1) {
      let a = UnsafeBufferPointer(rebasing: soundsA[startsA[formA]..<startsA[formA + 1]])
      for formB in 0..<(startsB.count - 1) {
        let b = UnsafeBufferPointer(rebasing: soundsB[startsB[formB]..<startsB[formB + 1]])
        best = max(
          best, SoundTranscription.similarity(a, b, conventions: conventions, minimum: max(best, minimumSimilarity)))
      }
    }
    return best
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
