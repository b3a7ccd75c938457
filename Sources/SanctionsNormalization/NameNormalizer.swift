/// Turns a name in any script and spelling into comparable tokens.
///
/// The pipeline, in order:
/// 1. NFKC case folding, which also removes invisible characters (zero-width
///    spaces and joiners, word joiner, BOM, soft hyphen, bidi controls). A name
///    with a bidi override (U+202E, U+202D) is also read in display order
///    (``BidiDisplayOrder``): `U+202E nidaL nib amasU` shows as, and matches,
///    `Usama bin Ladin`; each token keeps its stored-order reading as an
///    alternative form, so the characters as stored still match too.
/// 2. Tokenization: letters, marks and digits form tokens; apostrophes join
///    (`O'Brien` → `obrien`); every other character separates. Chinese and
///    Korean names split into one token per syllable (`김정은` → `kim jong eun`).
/// 3. Confusable folding: a token that mixes Latin letters with look-alikes
///    from another script (`Рutin` with a Cyrillic `Р`) is read as Latin.
/// 4. Romanization with the best transform for the script (Russian, Ukrainian,
///    Belarusian … BGN/PCGN; Greek UNGEGN; Korean BGN and Revised; Chinese
///    name readings), keeping the alternatives (`sergey`/`sergej`,
///    `muller`/`mueller`), then folding to lowercase ASCII. Thai, and scripts
///    ICU leaves untransliterated, are read from Unicode character names
///    (`ភ្នំពេញ` → `phnmpeny`); a token nothing can read is spelled by its
///    scalar values (`x17000`), so only a name without letters or digits is empty.
///
/// ASCII input takes a fast path that never calls ICU. Romanizations of
/// non-ASCII tokens are cached, and ICU objects are shared between threads
/// safely, so one `NameNormalizer` can serve many threads.
public struct NameNormalizer: Sendable {
  /// The longest name accepted, in UTF-8 bytes. No official list has a name
  /// near this long; longer input is almost always a broken record.
  public static let maximumNameLength = 4096

  /// Creates a normalizer.
  public init() {}

  /// Normalizes one name.
  ///
  /// - Throws: ``NormalizationError/empty`` when the name has no letters or
  ///   digits, ``NormalizationError/tooLong(byteCount:limit:)`` past
  ///   ``maximumNameLength``, ``NormalizationError/icu(_:)`` if ICU is broken.
  public func normalize(_ name: String) throws(NormalizationError) -> NormalizedName {
    let byteCount = name.utf8.count
    guard byteCount <= Self.maximumNameLength else {
      throw .tooLong(byteCount: byteCount, limit: Self.maximumNameLength)
    }
    let tokens: [NameToken]
    let words = CamelCase.split(name)
    if let ascii = words.utf8.withContiguousStorageIfAvailable({ Self.asciiTokens($0) }) ?? Self.asciiTokens(Array(words.utf8)) {
      tokens = ascii
    } else {
      do {
        tokens = try UnicodeNameTokenizer.tokens(of: words)
      } catch {
        throw .icu(error)
      }
    }
    guard !tokens.isEmpty else { throw .empty }
    if let display = BidiDisplayOrder.displayOrder(name), display != words {
      return NormalizedName(original: name, tokens: try Self.displayTokens(display, logical: tokens))
    }
    return NormalizedName(original: name, tokens: tokens)
  }

  /// The tokens of a name with bidi overrides read in display order (``BidiDisplayOrder``),
  /// each keeping the forms of its logical-order reading as alternatives, so the name matches
  /// both what is shown and the characters as stored.
  private static func displayTokens(_ display: String, logical: [NameToken]) throws(NormalizationError) -> [NameToken] {
    let shown: [NameToken]
    do {
      shown = try UnicodeNameTokenizer.tokens(of: CamelCase.split(display))
    } catch {
      throw .icu(error)
    }
    guard !shown.isEmpty else { return logical }
    var unused = Array(logical.indices)
    return shown.enumerated().map { index, token in
      // The logical token this one shows: its mirror image, else the same token.
      let reversed = String(token.primary.reversed())
      let partner =
        unused.firstIndex { logical[$0].primary == reversed } ?? unused.firstIndex { logical[$0].primary == token.primary }
        ?? (shown.count == logical.count ? unused.firstIndex(of: logical.count - 1 - index) : nil)
      guard let partner else { return token }
      let other = logical[unused.remove(at: partner)]
      var forms = token.forms
      for form in other.forms where !forms.contains(form) { forms.append(form) }
      var merged = NameToken(original: token.original, forms: forms, script: token.script)
      merged.continuesWord = token.continuesWord
      return merged
    }
  }

  /// Validates and normalizes a name given as raw bytes (from a file or stdin).
  ///
  /// - Throws: ``NormalizationError/invalidUTF8(byteOffset:)`` for malformed
  ///   UTF-8, and everything ``normalize(_:)`` throws.
  public func normalize(utf8 bytes: some Collection<UInt8>) throws(NormalizationError) -> NormalizedName {
    if bytes.count > Self.maximumNameLength {
      throw .tooLong(byteCount: bytes.count, limit: Self.maximumNameLength)
    }
    if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
      throw .invalidUTF8(byteOffset: offset)
    }
    return try normalize(String(decoding: bytes, as: UTF8.self))
  }

  /// The ASCII fast path: returns nil as soon as a non-ASCII byte appears.
  static func asciiTokens(_ bytes: some Collection<UInt8>) -> [NameToken]? {
    var tokens: [NameToken] = []
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var allDigits = true
    func flush() {
      guard !current.isEmpty else { return }
      let text = String(decoding: current, as: UTF8.self)
      tokens.append(NameToken(original: text, forms: [text], script: allDigits ? .common : .latin))
      current.removeAll(keepingCapacity: true)
      allDigits = true
    }
    for byte in bytes {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "a")...UInt8(ascii: "z"):
        current.append(byte)
        allDigits = false
      case UInt8(ascii: "A")...UInt8(ascii: "Z"):
        current.append(byte | 0x20)
        allDigits = false
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        current.append(byte)
      case UInt8(ascii: "'"), UInt8(ascii: "`"):
        continue  // apostrophes join: O'Brien → obrien
      default:
        flush()
      }
    }
    flush()
    return tokens
  }
}

/// UTF-8 validation that reports where decoding fails.
enum UTF8Validation {
  static func firstInvalidOffset(in bytes: some Collection<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return offset
      }
    }
  }
}
