extension MatchExplanation: CustomStringConvertible {
  /// The multi-line ``text``: the score, then one indented line per aligned
  /// pair, unmatched part, ignored title, legal form and penalty — what
  /// `sanctions compare` and `sanctions screen` print.
  public var description: String { text }
}
