/// A writing system, as far as name normalization distinguishes them.
public enum NameScript: String, Sendable, Hashable, CaseIterable, Codable {
  /// Digits and symbols shared by all scripts.
  case common
  /// Combining marks that take the script of their base letter.
  case inherited
  case latin, cyrillic, greek, arabic, hebrew, han, hangul, hiragana, katakana
  case georgian, armenian, thai, devanagari, lao, khmer, myanmar
  /// Any other script; romanized with ICU's generic `Any-Latin`, or from
  /// Unicode character names where ICU has no transform (Khmer, Lao,
  /// Sinhala, Tibetan, Cherokee, N'Ko, ...).
  case other

  /// Whether the script usually leaves short vowels unwritten (an abjad), so
  /// that its romanization is a consonant skeleton such as `mhmd` for `محمد`.
  public var isAbjad: Bool { self == .arabic || self == .hebrew }

  /// Whether names in this script are written without spaces between name
  /// parts, one syllable per character (Chinese, Korean).
  public var isSyllabicCJK: Bool { self == .han || self == .hangul }
}

/// One comparable part of a name, with its romanizations.
///
/// `forms` holds lowercase ASCII strings (`a`–`z`, `0`–`9`): the first is the
/// preferred romanization, the others are alternatives a matcher may also try
/// (another transliteration standard, `mueller` for `müller`, the Latin reading
/// of a homoglyph, ...). No form is empty and forms are distinct.
public struct NameToken: Sendable, Hashable, Codable {
  /// The token as it appeared, after Unicode case folding.
  public let original: String
  /// Romanizations, preferred first; never empty.
  public let forms: [String]
  /// The writing system the token was written in (`.common` for digits).
  public let script: NameScript
  /// Whether the token is a Chinese or Korean syllable that continues the
  /// word of the token before it (`은` in `김정은`): such syllables were
  /// written without a space between them.
  public var continuesWord = false

  /// The preferred romanization.
  public var primary: String { forms[0] }

  /// Whether the token consists of digits only (house numbers, vessel numbers).
  public var isNumeric: Bool { primary.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

  /// Creates a token. `forms` must not be empty.
  public init(original: String, forms: [String], script: NameScript) {
    precondition(!forms.isEmpty, "a token needs at least one form")
    self.original = original
    self.forms = forms
    self.script = script
  }
}

/// A name turned into comparable tokens.
public struct NormalizedName: Sendable, Hashable, Codable {
  /// The input exactly as given.
  public let original: String
  /// The name's tokens in their original order.
  public let tokens: [NameToken]

  /// Creates a normalized name from its parts.
  public init(original: String, tokens: [NameToken]) {
    self.original = original
    self.tokens = tokens
  }

  /// The preferred romanization of every token, in order.
  public var primaryTokens: [String] { tokens.map(\.primary) }

  /// The scripts the name was written in, excluding digits and marks.
  public var scripts: Set<NameScript> {
    Set(tokens.map(\.script).filter { $0 != .common && $0 != .inherited })
  }
}

/// Why a name could not be normalized.
public enum NormalizationError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The name has no letters or digits at all (empty, whitespace, punctuation).
  case empty
  /// The name is longer than ``NameNormalizer/maximumNameLength`` UTF-8 bytes.
  case tooLong(byteCount: Int, limit: Int)
  /// The bytes are not valid UTF-8; `byteOffset` is where decoding failed.
  case invalidUTF8(byteOffset: Int)
  /// ICU failed (a broken installation, not bad input).
  case icu(ICUError)

  public var description: String {
    switch self {
    case .empty:
      return "the name is empty: it has no letters or digits"
    case .tooLong(let byteCount, let limit):
      return "the name is \(byteCount) bytes long; names are limited to \(limit) bytes (check that the input is one name per record)"
    case .invalidUTF8(let offset):
      return "the name is not valid UTF-8 (invalid byte sequence at byte \(offset)); re-encode the input as UTF-8"
    case .icu(let error):
      return error.description
    }
  }
}
