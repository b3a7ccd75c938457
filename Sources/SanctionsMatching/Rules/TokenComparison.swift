/// How two tokens were found to agree.
public enum ComparisonMethod: String, Sendable, Hashable, Codable {
  /// Identical preferred spellings.
  case exact
  /// Identical after choosing another romanization of one side
  /// (`sergej`/`sergey`, `mueller`/`müller`, a homoglyph read as Latin).
  case transliteration
  /// Identical after folding spelling variants (`kh`/`h`, `ou`/`u`, `-off`/`-ov`).
  case phonetic
  /// Close enough to be a typing error or minor spelling difference.
  case typo
  /// The written letters of an abjad word transcribe the other spelling.
  case transcription
  /// An initial standing for the other name part.
  case initial
  /// One token is a truncation of the other.
  case truncation
  /// Adjacent tokens written as one word on the other side.
  case joined
  /// Forms of one given name in different languages (`Pavel`/`Pavlo`/`Paul`)
  /// or patronymics from it (`Nikolaevich`/`Mykolayovych`).
  case equivalentName
}

/// The result of comparing two tokens: a similarity in [0, 1], how, and
/// which rule found it.
package struct TokenComparison: Sendable {
  package var similarity: Float
  var method: ComparisonMethod
  /// Coverage credit for the longer side of an initial or truncation match.
  var partialCredit: Float = 1
  /// The position in ``TokenComparer/rules`` of the rule that found it.
  var rule: UInt8 = 0

  init(similarity: Float, method: ComparisonMethod, partialCredit: Float = 1) {
    self.similarity = similarity
    self.method = method
    self.partialCredit = partialCredit
  }

  static let none = TokenComparison(similarity: 0, method: .exact)

  /// The name of the rule that found the agreement.
  var ruleName: String { TokenComparer.rules[Int(rule)].name }
}

/// Two units that agree: `left` indexes the first name's `units`, `right`
/// the second's.
package struct UnitPair: Sendable {
  /// Units less similar than this are never aligned.
  package static let minimumSimilarity: Float = 0.5

  package var left: Int16
  package var right: Int16
  package var comparison: TokenComparison
  /// Alignment order (set while aligning).
  var priority: Float = 0

  package init(left: Int16, right: Int16, comparison: TokenComparison) {
    self.left = left
    self.right = right
    self.comparison = comparison
  }
}
