/// A word written in an abjad (Arabic, Persian, Urdu, Hebrew letters)
/// against a word in another script: the written letters must transcribe
/// the other word's Latin spelling (`AbjadTranscription`): each letter takes
/// one of its conventional values, unwritten short vowels are free, and a
/// written consonant never vanishes or changes for free. The verdict is
/// final: no looser rule (phonetic key, typo, skeleton) is asked after it,
/// so `امیر` (Amir) does not agree with `Omar` however alike they sound.
///
/// Keys: sound-class strings (`AbjadTranscription+Keys`). An abjad list part
/// is filed under each class string of its letters (`abjadTranscription`),
/// any other list part under the class string of each compared form
/// (`latinTranscription`); with their one-deletion variants where a mismatch
/// is allowed. A query looks up the other tag.
enum TranscriptionRule: MatcherRule {
  static let name = "transcription"

  /// Latin forms of the other word that are compared.
  static let comparedForms = 3
  /// Transcriptions less similar than this are no agreement.
  static let minimumSimilarity: Float = 0.5

  /// The abjad word and the other word of a pair, when exactly one is an
  /// abjad word whose letters are known.
  @inline(__always)
  static func sides(_ pair: TokenPair) -> (abjad: UnsafePointer<PreparedToken>, other: UnsafePointer<PreparedToken>)? {
    let aIsAbjad = pair.a.pointee.isAbjad
    guard aIsAbjad != pair.b.pointee.isAbjad else { return nil }
    let (abjad, other) = aIsAbjad ? (pair.a, pair.b) : (pair.b, pair.a)
    guard !abjad.pointee.abjadLetters.isEmpty else { return nil }
    return (abjad, other)
  }

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    guard let (abjad, other) = sides(pair) else { return .next }
    let letters = abjad.pointee.abjadLetters
    let allowsMismatch = abjad.pointee.transcriptionAllowsMismatch
    var best: Float = 0
    for form in other.pointee.forms.prefix(comparedForms) {
      best = max(best, AbjadTranscription.similarity(letters, form, allowsMismatch: allowsMismatch))
    }
    if best >= minimumSimilarity {
      pair.offer(TokenComparison(similarity: best, method: pair.joined ? .joined : .transcription))
    }
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    keys(of: unit, abjadTag: .abjadTranscription, otherTag: .latinTranscription, emit)
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    keys(of: unit, abjadTag: .latinTranscription, otherTag: .abjadTranscription, emit)
  }

  /// An abjad unit's class-string keys under `abjadTag`, any other unit's
  /// under `otherTag`.
  private static func keys(
    of unit: PreparedToken, abjadTag: FilterKey.Tag, otherTag: FilterKey.Tag, _ emit: (UInt64) -> Void
  ) {
    guard unit.role != .initial else { return }
    if unit.isAbjad {
      guard !unit.abjadLetters.isEmpty, let choices = AbjadTranscription.soundClassChoices(unit.abjadLetters) else {
        return
      }
      for choice in choices {
        AbjadTranscription.classKeys(choice, withDeletions: unit.transcriptionAllowsMismatch) {
          emit(FilterKey.make(abjadTag, $0))
        }
      }
    } else {
      for form in unit.forms.prefix(comparedForms) {
        AbjadTranscription.classKeys(AbjadTranscription.soundClasses(form), withDeletions: true) {
          emit(FilterKey.make(otherTag, $0))
        }
      }
    }
  }
}
