/// Folding of romanized text to the token alphabet `a`–`z`, `0`–`9`.
enum ASCIIFolding {
  /// Keeps ASCII letters (lowercased) and digits of any script (as ASCII
  /// digits); drops everything else (apostrophes, hyphens, leftover marks).
  static func digitsAndLetters(of scalars: some Sequence<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(16)
    for scalar in scalars {
      let value = scalar.value
      switch value {
      case 0x61...0x7A, 0x30...0x39: bytes.append(UInt8(value))
      case 0x41...0x5A: bytes.append(UInt8(value) | 0x20)
      default:
        if scalar.properties.generalCategory == .decimalNumber,
          let digit = scalar.properties.numericValue, digit >= 0, digit <= 9
        {
          bytes.append(UInt8(ascii: "0") + UInt8(digit))
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Folds UTF-16 output of an ICU transform.
  static func fold(_ units: [UInt16]) -> String {
    digitsAndLetters(of: String(decoding: units, as: UTF16.self).unicodeScalars)
  }
}
