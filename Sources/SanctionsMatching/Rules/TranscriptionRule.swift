/// A word written in an abjad (Arabic, Persian, Urdu, Hebrew letters)
/// against a word in another script: the written letters must transcribe
/// the other word's Latin spelling (`AbjadTranscription`): each letter takes
/// one of its conventional values, unwritten short vowels are free, and a
/// written consonant never vanishes or changes for free. The verdict is
/// final: no looser rule (identical romanization, phonetic key, typo) is
/// asked after it, so `امیر` (Amir) does not agree with `Omar` however
/// alike they sound.
///
/// Keys: sound-class strings (`AbjadTranscription+Keys`), hashed once per
/// abjad word (`PreparedToken.transcriptionKeyHashes`): its class strings,
/// and their one-deletion variants when a mismatch is allowed; and the class
/// string of each compared form of a Latin part, with its one-deletion
/// variants. A Latin list part files its whole strings under
/// `latinTranscription` and its variants under `latinTranscriptionMismatch`,
/// which only abjad queries allowing a mismatch look up; an abjad list part
/// files under `abjadTranscription`, or `abjadTranscriptionMismatch` when it
/// allows a mismatch, where Latin queries look up their whole strings, or
/// every variant. Tested against the abjad word's hashes, the same keys
/// spare the alignment of pairs that other rules' keys brought together.
enum TranscriptionRule: MatcherRule {
  static let name = "abjad transcription"

  /// Latin forms of the other word that are compared.
  static let comparedForms = 3
  /// Transcriptions less similar than this are no agreement.
  static let minimumSimilarity: Float = 0.5

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let aIsAbjad = pair.a.pointee.isAbjad
    guard aIsAbjad != pair.b.pointee.isAbjad else { return .next }
    let (abjad, other) = aIsAbjad ? (pair.a, pair.b) : (pair.b, pair.a)
    // A word whose letters cannot be transcribed (a letter of no known
    // value, too many readings) agrees with no word of another script.
    guard !abjad.pointee.abjadLetters.isEmpty else { return .stop }
    let allowsMismatch = abjad.pointee.transcriptionAllowsMismatch
    var best: Float = 0
    for index in 0..<min(other.pointee.formCount, comparedForms) {
      let form = other.pointee.forms[index]
      // The similarity's quick tests first, then the keys, then the alignment.
      guard AbjadTranscription.mayAgree(abjad.pointee.transcriptionReading, form, allowsMismatch: allowsMismatch),
        AbjadTranscription.sharesKey(form, abjad.pointee.transcriptionKeyHashes, allowsMismatch: allowsMismatch)
      else { continue }
      best = max(
        best,
        AbjadTranscription.similarityOfAlignment(
          abjad.pointee.transcriptionReading, form, allowsMismatch: allowsMismatch))
    }
    if best >= minimumSimilarity {
      pair.offer(TokenComparison(similarity: best, method: pair.joined ? .joined : .transcription))
    }
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    if unit.isAbjad {
      let tag: FilterKey.Tag = unit.transcriptionAllowsMismatch ? .abjadTranscriptionMismatch : .abjadTranscription
      for hash in unit.transcriptionKeyHashes { emit(FilterKey.make(tag, hash: hash)) }
    } else {
      latinKeys(of: unit, whole: .latinTranscription, shorter: .latinTranscriptionMismatch, emit)
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    if unit.isAbjad {
      for hash in unit.transcriptionKeyHashes {
        emit(FilterKey.make(.latinTranscription, hash: hash))
        if unit.transcriptionAllowsMismatch { emit(FilterKey.make(.latinTranscriptionMismatch, hash: hash)) }
      }
    } else {
      // Abjad list words without a mismatch are found by the whole class
      // strings only; those with one by every variant (hashed once for both).
      for form in unit.forms.prefix(comparedForms) {
        AbjadTranscription.latinKeyHashes(form, withDeletions: true) { hash, isWhole in
          if isWhole { emit(FilterKey.make(.abjadTranscription, hash: hash)) }
          emit(FilterKey.make(.abjadTranscriptionMismatch, hash: hash))
        }
      }
    }
  }

  /// The keys of a Latin unit's compared forms: whole class strings under
  /// `whole`, their one-deletion variants under `shorter` (none when nil).
  private static func latinKeys(
    of unit: PreparedToken, whole: FilterKey.Tag, shorter: FilterKey.Tag?, _ emit: (UInt64) -> Void
  ) {
    for form in unit.forms.prefix(comparedForms) {
      AbjadTranscription.latinKeyHashes(form, withDeletions: shorter != nil) { hash, isWhole in
        if isWhole {
          emit(FilterKey.make(whole, hash: hash))
        } else if let shorter {
          emit(FilterKey.make(shorter, hash: hash))
        }
      }
    }
  }
}
