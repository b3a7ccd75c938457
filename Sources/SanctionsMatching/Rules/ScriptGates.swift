/// Chinese and Korean syllables are short and few: near misses between
/// them say nothing, so past the identity rules they never agree.
enum SyllableGate: MatcherGate {
  static let name = "syllables agree only exactly"

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    pair.a.pointee.isSyllable || pair.b.pointee.isSyllable ? .stop : .next
  }
}

/// Two names in an abjad script are compared as written: a letter more or
/// less (`حسین`/`حسن`, Husayn/Hasan) is another name.
enum AbjadPairGate: MatcherGate {
  static let name = "abjad pairs compared as written"

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    pair.a.pointee.isAbjad && pair.b.pointee.isAbjad ? .stop : .next
  }
}
