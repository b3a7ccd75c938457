extension StringProtocol {
  /// The text without leading and trailing white space (Unicode's, by character: spaces, tabs,
  /// line breaks, no-break and ideographic spaces).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public var trimmingWhitespace: String {
    var text = self[...]
    while let first = text.first, first.isWhitespace { text = text.dropFirst() }
    while let last = text.last, last.isWhitespace { text = text.dropLast() }
    return String(text)
  }
}
