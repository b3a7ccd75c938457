/// Compares two units by running the matcher's rules in order, and gives
/// the filter keys of a unit as the union of the rules' keys.
///
/// The order matters: the initial rule ends every comparison with an
/// initial, the sound transcription compares words of different scripts by
/// their sounds (before the quick rejection, which their conventional
/// spellings would fail), the gates end comparisons that cannot agree, the transcription
/// ends every comparison of an abjad word with a word of another script
/// (its romanization only guesses the vowels), the identity rules (code,
/// identical forms, equivalent name, phonetic key) end a comparison with
/// the first agreement they find, and the distance rules (typo,
/// spelling variant, truncation) keep the best.
///
/// To add a way for two units to agree, write a ``MatcherRule`` (its
/// comparison, its constants and its keys in one file under `Rules/`) and
/// put it in ``rules``; `RuleKeyTests` then proves on generated pairs that
/// every pair it accepts shares one of its keys.
package enum TokenComparer {
  /// The rules, in the order they run.
  static let rules: [any MatcherRule.Type] = [
    InitialRule.self,
    SoundTranscriptionRule.self,
    DissimilarityGate.self,
    CodeRule.self,
    TranscriptionRule.self,
    IdenticalFormRule.self,
    EquivalentNameRule.self,
    PhoneticKeyRule.self,
    SyllableGate.self,
    AbjadPairGate.self,
    TypoRule.self,
    ClassVariantRule.self,
    TruncationRule.self,
  ]

  /// The position of `rule` in ``rules``.
  static func position(of rule: any MatcherRule.Type) -> Int {
    rules.firstIndex { ObjectIdentifier($0) == ObjectIdentifier(rule) }!
  }

  /// How `a` (query side) and `b` (list side) agree; similarity 0 if they
  /// do not.
  package static func compare(_ a: UnsafePointer<PreparedToken>, _ b: UnsafePointer<PreparedToken>) -> TokenComparison {
    var pair = TokenPair(a, b)
    var position = 0
    for rule in rules {
      let before = pair.best.similarity
      let verdict = rule.compare(&pair)
      if pair.best.similarity != before { pair.attribute(to: position) }
      if case .stop = verdict { break }
      position += 1
    }
    return pair.best
  }

  /// Every key under which a list unit is filed: the union of the rules'
  /// keys (a key may come more than once).
  package static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    for rule in rules { rule.indexKeys(of: unit, emit) }
  }

  /// Every key a query unit looks up: the union of the rules' keys.
  package static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    for rule in rules { rule.queryKeys(of: unit, emit) }
  }
}
