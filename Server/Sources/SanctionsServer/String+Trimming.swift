extension String {
  /// The text without leading and trailing white space.
  var trimmingSpaces: String {
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars = scalars.dropFirst() }
    while let last = scalars.last, last.isWhitespace { scalars = scalars.dropLast() }
    return String(scalars)
  }
}

extension Substring {
  var trimmingSpacesSubstring: String { String(self).trimmingSpaces }
}
