/// The last-resort form of a token whose letters nothing can romanize (a
/// script whose character names give no sound, such as Tangut ideographs):
/// the token "matched as written", each letter and mark spelled as `x` and
/// the lowercase hexadecimal of its scalar value, digits as ASCII digits.
///
/// The form agrees only with the same letters, so identical names still
/// match while the token keeps its place in the name (dropping it would leave
/// such a name empty).
enum ScalarSpelling {
  /// The ASCII spelling of `scalars`: `x17000x17001` for two Tangut letters.
  static func spelled(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var result = ""
    for scalar in scalars {
      switch scalar.properties.generalCategory {
      case .decimalNumber:
        result += ASCIIFolding.digitsAndLetters(of: CollectionOfOne(scalar))
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark:
        result += scalarPrefix + String(scalar.value, radix: 16)
      default:
        continue
      }
    }
    return result
  }

  /// The letter that starts every spelled scalar.
  static let scalarPrefix = "x"
}
