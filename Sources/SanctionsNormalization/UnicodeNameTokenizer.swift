/// The general (non-ASCII) normalization path: case folding, tokenization,
/// confusable folding and romanization.
enum UnicodeNameTokenizer {
  /// A token before romanization: its scalars and where it came from.
  struct RawToken {
    var scalars: [Unicode.Scalar] = []
    /// Whether this token starts a run of CJK syllables (the family name in
    /// `김정은`), which matters for Korean surname romanizations.
    var startsSyllableRun = false
  }

  static func tokens(of name: String) throws(ICUError) -> [NameToken] {
    let source = HomoglyphFolding.foldMixedWords(name.unicodeScalars) ?? name
    let folded = try UnicodeFolding.nfkcCasefold(Array(source.utf16))
    let text = String(decoding: folded, as: UTF16.self)
    let raw = split(text.unicodeScalars)
    guard !raw.isEmpty else { return [] }

    let language = CyrillicLanguage.detect(in: text.unicodeScalars)
    // Whether some token is plain Latin: then an all-Cyrillic token made only of
    // Latin look-alikes (`АВС`) is most likely a homoglyph attack.
    let hasLatinToken = raw.contains { token in
      token.scalars.contains { UnicodeFolding.script(of: $0) == .latin }
    }
    var result: [NameToken] = []
    result.reserveCapacity(raw.count)
    for token in raw {
      if let romanized = try Romanizer.romanize(
        token, cyrillicLanguage: language, nameHasLatin: hasLatinToken)
      {
        result.append(romanized)
      }
    }
    return result
  }

  /// Splits case-folded text into raw tokens.
  static func split(_ scalars: String.UnicodeScalarView) -> [RawToken] {
    var tokens: [RawToken] = []
    var current = RawToken()
    var previousWasSyllable = false
    func flush() {
      if !current.scalars.isEmpty { tokens.append(current) }
      current = RawToken()
    }
    for scalar in scalars {
      if isJoiner(scalar) { continue }
      let category = scalar.properties.generalCategory
      switch category {
      case .format:
        continue  // invisible characters NFKC_Casefold kept: join
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber:
        let script = UnicodeFolding.script(of: scalar)
        if script.isSyllabicCJK {
          flush()
          current.scalars = [scalar]
          current.startsSyllableRun = !previousWasSyllable
          flush()
          previousWasSyllable = true
        } else if (category == .nonspacingMark || category == .spacingMark) && current.scalars.isEmpty
          && previousWasSyllable
        {
          continue  // a stray mark after a syllable
        } else {
          current.scalars.append(scalar)
          previousWasSyllable = false
        }
      default:
        flush()
        previousWasSyllable = false
      }
    }
    flush()
    return tokens
  }

  /// Apostrophes and similar marks that join the parts of one word
  /// (`O'Brien`, `Mas'ud`, `ʿAbd`), and the Tibetan tsheg, which separates
  /// the syllables of a word (`ལྷ་ས`, Lhasa) where other scripts write nothing.
  @inline(__always)
  static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x201B, 0x2032, 0x02B9, 0x02BB, 0x02BC, 0x02BD, 0x02BE,
      0x02BF, 0x02C8, 0xFF07, tsheg, tshegBstar:
      return true
    default:
      return false
    }
  }

  /// Tibetan intersyllabic tsheg `་` and its non-breaking form `༌`.
  static let tsheg: UInt32 = 0x0F0B
  static let tshegBstar: UInt32 = 0x0F0C
}

/// The language of Cyrillic text, as far as letters reveal it; it selects the
/// BGN/PCGN romanization table.
enum CyrillicLanguage: String, Sendable {
  case russian, ukrainian, belarusian, serbian, macedonian, kazakh, bulgarian

  /// The ICU transform for the language's BGN/PCGN romanization.
  var transformID: String {
    switch self {
    case .russian: "Russian-Latin/BGN"
    case .ukrainian: "Ukrainian-Latin/BGN"
    case .belarusian: "Belarusian-Latin/BGN"
    case .serbian: "Serbian-Latin/BGN"
    case .macedonian: "Macedonian-Latin/BGN"
    case .kazakh: "Kazakh-Latin/BGN"
    case .bulgarian: "Bulgarian-Latin/BGN"
    }
  }

  /// Detects the language from letters unique to it; Russian by default.
  static func detect(in scalars: String.UnicodeScalarView) -> CyrillicLanguage {
    var hasUkrainianI = false
    var hasYeru = false  // ы or э: Russian and Belarusian, never Ukrainian
    for scalar in scalars {
      switch scalar.value {
      case 0x45E: return .belarusian  // ў
      case 0x457, 0x454, 0x491: return .ukrainian  // ї є ґ
      case 0x452, 0x45B, 0x45F, 0x459, 0x45A, 0x458: return .serbian  // ђ ћ џ љ њ ј
      case 0x453, 0x45C, 0x455: return .macedonian  // ѓ ќ ѕ
      case 0x4D9, 0x493, 0x49B, 0x4A3, 0x4E9, 0x4B1, 0x4AF, 0x4BB: return .kazakh  // ә ғ қ ң ө ұ ү һ
      case 0x456: hasUkrainianI = true  // і
      case 0x44B, 0x44D: hasYeru = true
      default: break
      }
    }
    if hasUkrainianI { return hasYeru ? .belarusian : .ukrainian }
    return .russian
  }
}
