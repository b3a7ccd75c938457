/// Words run together in camel case (`OsamaBinLaden`, `VusionGroup`,
/// `SberbankAG`): split where a capital follows a small letter, but only
/// when every word of the name is cased like a name (all small, all
/// capitals, capitalized, or capitalized parts run together with an
/// optional capital suffix). A name with randomly mixed case
/// (`LiMIted`, `xInning`) is left as it is.
enum CamelCase {
  /// The shortest capitalized part inside a word (`Mc` may start one).
  static let shortestInnerPart = 3

  /// `name` with a space inserted at each camel-case boundary, or `name`
  /// itself when it has none or its casing is not meaningful.
  static func split(_ name: String) -> String {
    guard mayHaveBoundary(name.utf8) else { return name }
    var words: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var hasBoundary = false
    var previousWasSmall = false
    for scalar in name.unicodeScalars {
      if scalar.properties.isAlphabetic {
        if isCapital(scalar) && previousWasSmall { hasBoundary = true }
        current.append(scalar)
        previousWasSmall = isSmall(scalar)
      } else {
        if !current.isEmpty { words.append(current) }
        current = []
        previousWasSmall = false
      }
    }
    if !current.isEmpty { words.append(current) }
    guard hasBoundary, words.allSatisfy(isNameCased) else { return name }
    var result = String.UnicodeScalarView()
    previousWasSmall = false
    for scalar in name.unicodeScalars {
      if scalar.properties.isAlphabetic && isCapital(scalar) && previousWasSmall { result.append(" ") }
      result.append(scalar)
      previousWasSmall = scalar.properties.isAlphabetic && isSmall(scalar)
    }
    return String(result)
  }

  /// A quick test on bytes: false when the name is ASCII without a small
  /// letter followed by a capital (most names), so that Unicode properties
  /// are read only for the rest.
  private static func mayHaveBoundary(_ bytes: String.UTF8View) -> Bool {
    var previousWasSmall = false
    for byte in bytes {
      if byte >= 0x80 { return true }
      let isCapital = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")
      if isCapital && previousWasSmall { return true }
      previousWasSmall = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }
    return false
  }

  private static func isCapital(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isUppercase }
  private static func isSmall(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isLowercase }

  /// Whether a word is cased as names are: `word`, `WORD`, `Word`, or
  /// capitalized parts (the inner ones of `shortestInnerPart` letters or
  /// more) with an optional capital suffix: `McDonald`, `SberbankAG`.
  static func isNameCased(_ word: [Unicode.Scalar]) -> Bool {
    let cased = word.filter { isCapital($0) || isSmall($0) }
    guard cased.count == word.count, let first = cased.first else { return true }  // scripts without case
    if cased.allSatisfy(isSmall) || cased.allSatisfy(isCapital) { return true }
    guard isCapital(first) else { return false }
    // Parts: a capital followed by small letters; a final run of capitals.
    var index = 0
    var partIndex = 0
    while index < cased.count {
      guard isCapital(cased[index]) else { return false }
      var end = index + 1
      if end < cased.count, isCapital(cased[end]) {
        // Only a final run of capitals (`AG`) may have two capitals in a row.
        while end < cased.count, isCapital(cased[end]) { end += 1 }
        return end == cased.count && partIndex > 0
      }
      while end < cased.count, isSmall(cased[end]) { end += 1 }
      if partIndex > 0, end - index < shortestInnerPart { return false }
      index = end
      partIndex += 1
    }
    return true
  }
}
