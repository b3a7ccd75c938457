extension LegalForms {
  /// Phrase words this long agree with one typo anywhere (`limtied`,
  /// `comapny`); shorter ones (`stock`, `joint`) only beside another legal
  /// word, where nothing else is likely (`joint stovk company`).
  static let typoWordLength = 7
  static let contextTypoWordLength = 5
  /// A cut-off legal word at the end of a name (`COMP`, `LIMI`, `CORPO`) has
  /// at least this many letters, or three beside another legal word (`COM.`).
  static let truncatedWordLength = 4
  static let contextTruncatedWordLength = 3

  private static let phraseWordBytes: Set<[UInt8]> = Set(phraseWords.map { Array($0.utf8) })

  /// Phrase words that are also ordinary words of names (`capital` in
  /// `Sociedad Anónima de Capital Variable`): recognized when intact, but a
  /// word near them is that other word (`kapital`), not a mangled legal form.
  private static let ordinaryPhraseWords: Set<String> = [
    "capital", "variable", "public", "private", "state", "federal", "enterprise", "closed", "open", "free",
  ]
  private static let mangleablePhraseWords: Set<[UInt8]> = Set(
    phraseWords.subtracting(ordinaryPhraseWords).map { Array($0.utf8) })

  /// Phrase words of `typoWordLength` letters or more, and every variant with
  /// one letter deleted.
  private static let longWordVariants: Set<[UInt8]> = variants(ofWordsLongerThan: typoWordLength - 1, upTo: .max)
  /// The same for phrase words of `contextTypoWordLength` letters up to `typoWordLength`.
  private static let shortWordVariants: Set<[UInt8]> = variants(
    ofWordsLongerThan: contextTypoWordLength - 1, upTo: typoWordLength - 1)

  /// Proper prefixes (three letters or more) of the phrase words.
  private static let prefixes: Set<[UInt8]> = {
    var result: Set<[UInt8]> = []
    for word in mangleablePhraseWords where word.count > contextTruncatedWordLength {
      for length in contextTruncatedWordLength..<word.count { result.insert(Array(word[0..<length])) }
    }
    return result
  }()

  private static func variants(ofWordsLongerThan shortest: Int, upTo longest: Int) -> Set<[UInt8]> {
    var result: Set<[UInt8]> = []
    for word in mangleablePhraseWords where word.count > shortest && word.count <= longest {
      result.insert(word)
      for index in word.indices {
        var variant = word
        variant.remove(at: index)
        result.insert(variant)
      }
    }
    return result
  }

  /// Whether `word` is within about one edit of a word in `variants` (it, or
  /// it with one letter deleted, is a variant).
  private static func isNear(_ word: [UInt8], _ variants: Set<[UInt8]>) -> Bool {
    if variants.contains(word) { return true }
    var variant = word
    for index in word.indices {
      variant.remove(at: index)
      if variants.contains(variant) { return true }
      variant = word
    }
    return false
  }

  /// Whether a word left in an organization's name is a legal-form word
  /// that phrase recognition missed: a word of a legal-form phrase whose
  /// phrase is incomplete or mangled (`LIMITED LIABILITY COMANY`), one typo
  /// away from one (`LIMTIED`), cut off at the end of the name (`... COMP`),
  /// or two of them written as one (`STOCKCOMPANY`). Such words are not
  /// evidence.
  ///
  /// - Parameters:
  ///   - inLegalContext: the word stands beside another legal-form word (or
  ///     where a legal form was set aside).
  ///   - isLast: the word ends the name.
  static func isMangledWord(_ word: [UInt8], inLegalContext: Bool, isLast: Bool) -> Bool {
    if phraseWordBytes.contains(word) { return true }
    if word.count >= typoWordLength - 1, isNear(word, longWordVariants) { return true }
    if inLegalContext, word.count >= contextTypoWordLength - 1, isNear(word, shortWordVariants) { return true }
    if isLast, prefixes.contains(word),
      word.count >= truncatedWordLength || (inLegalContext && word.count >= contextTruncatedWordLength)
    {
      return true
    }
    return isTwoPhraseWords(word)
  }

  /// Whether `word` is two phrase words written as one (`stockcompany`).
  private static func isTwoPhraseWords(_ word: [UInt8]) -> Bool {
    guard word.count >= 8 else { return false }
    for cut in 4...(word.count - 4) where phraseWordBytes.contains(Array(word[..<cut])) {
      if phraseWordBytes.contains(Array(word[cut...])) { return true }
    }
    return false
  }

  /// Whether `word` is a legal-form phrase word (four letters or more).
  static func isPhraseWord(_ word: String) -> Bool { phraseWords.contains(word) }
}
