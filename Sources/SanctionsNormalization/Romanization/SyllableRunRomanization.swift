import Synchronization

/// Romanization of a whole run of Korean syllables read as one word: a
/// foreign name transcribed in hangul (`바레인`, Bahrain) follows the
/// letters' plain values (`ㄹ` between vowels is `r`), not the rules for
/// Korean names that the syllable-by-syllable forms follow (an initial
/// `ㄹ` read `n` or left out).
package enum SyllableRunRomanization {
  private static let cache = Mutex<[String: [String]]>([:])
  private static let cacheLimit = 50_000

  /// Latin forms of `text`, a run of hangul syllables (the syllables as
  /// written, without spaces); empty for other text or when ICU fails.
  package static func hangulForms(of text: String) -> [String] {
    if let cached = cache.withLock({ $0[text] }) { return cached }
    var forms: [String] = []
    if let revised = try? TransliteratorPool.shared.transliterate(Array(text.utf16), id: "Hangul-Latin; Latin-ASCII") {
      let form = ASCIIFolding.fold(revised)
      if !form.isEmpty { forms.append(form) }
    }
    cache.withLock { cache in
      if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
      cache[text] = forms
    }
    return forms
  }
}
