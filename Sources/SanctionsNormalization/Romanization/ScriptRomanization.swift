/// Romanization of non-Latin tokens with the best ICU transform per script,
/// keeping the useful alternatives.
enum ScriptRomanization {
  static func forms(
    of original: String,
    scalars: [Unicode.Scalar],
    script: NameScript,
    cyrillicLanguage: CyrillicLanguage,
    startsSyllableRun: Bool
  ) throws(ICUError) -> [String] {
    var units = Array(original.utf16)
    if script == .cyrillic, cyrillicLanguage == .russian {
      // Russian has no `і`; where it appears (often a Latin `i` typed into a
      // Russian word) it stands for `и`, which Russian BGN would otherwise drop.
      units = units.map { $0 == 0x456 ? 0x438 : $0 }
    }
    func run(_ id: String) throws(ICUError) -> String {
      ASCIIFolding.fold(try TransliteratorPool.shared.transliterate(units, id: id + "; Latin-ASCII"))
    }
    switch script {
    case .cyrillic:
      // BGN/PCGN of the detected language first (`sergey shoygu`), then the
      // scholarly ISO-style reading (`sergej sojgu`), then Russian BGN for
      // Ukrainian and Belarusian names, which are often romanized via Russian.
      // Ukrainian names often have no letter that sets them apart from Russian
      // (`Микола`), so Russian-looking text also gets the Ukrainian reading.
      var forms = [try run(cyrillicLanguage.transformID), try run("Any-Latin")]
      switch cyrillicLanguage {
      case .russian: forms.append(try run(CyrillicLanguage.ukrainian.transformID))
      case .ukrainian, .belarusian: forms.append(try run(CyrillicLanguage.russian.transformID))
      default: break
      }
      return forms
    case .greek:
      return [try run("Greek-Latin/UNGEGN"), try run("Any-Latin")]
    case .hangul:
      return try KoreanRomanization.forms(of: units, startsSyllableRun: startsSyllableRun)
    case .han:
      return [try run("Han-Latin/Names"), try run("Han-Latin")]
    case .arabic:
      // Short vowels are unwritten: the romanization is a consonant skeleton
      // (`محمد` → `mhmd`); the matcher transcribes the written letters instead.
      // A final tāʾ marbūṭa (`ة`) is read as `h` (`Usamah`) or dropped (`Usama`).
      var forms: [String]
      if scalars.count > 1, scalars.last?.value == 0x629 {
        let stem = String(String.UnicodeScalarView(scalars.dropLast()))
        let stemRomanized = ASCIIFolding.fold(
          try TransliteratorPool.shared.transliterate(Array(stem.utf16), id: "Any-Latin; Latin-ASCII"))
        forms = [stemRomanized + "h", stemRomanized]
      } else {
        forms = [try run("Any-Latin")]
      }
      // A word-initial ʿayn (`علي`) is heard as a vowel in Latin spellings
      // (`Ali`, `Omar`); ICU drops it, so it comes back as `a`.
      if scalars.first?.value == 0x639 {
        forms = forms.map { "a" + $0 }
      }
      let primary = forms[0]
      // The article `ال` joined to the word: also offer the bare word.
      if scalars.count > 3, scalars[0].value == 0x627, scalars[1].value == 0x644, primary.hasPrefix("al") {
        forms += forms.map { String($0.dropFirst(2)) }
      }
      return forms
    case .hebrew:
      return [try run("Any-Latin"), try run("Hebrew-Latin/BGN")]
    case .georgian:
      return [try run("Georgian-Latin/BGN"), try run("Any-Latin")]
    case .armenian:
      return [try run("Armenian-Latin/BGN"), try run("Any-Latin")]
    case .hiragana, .katakana:
      let primary = try run("Any-Latin")
      return [primary, JapaneseRomanization.withoutLongVowels(primary)]
    case .devanagari:
      let primary = try run("Any-Latin")
      var forms = [primary]
      // The inherent vowel of a final consonant is usually not pronounced
      // (`राहुल` → `rahul`, not `rahula`).
      if let last = scalars.last, isDevanagariConsonant(last), primary.hasSuffix("a") {
        forms.append(String(primary.dropLast()))
      }
      return forms
    case .thai:
      // ICU's Thai-Latin is ISO 11940, a letter-by-letter transliteration
      // (`ลอนดอน` → `lxndxn`); character names give the sounds (`london`).
      return [CharacterNameRomanization.romanize(scalars)]
    case .myanmar:
      // ICU reads Burmese in a learner's spelling (`ar` for a long `a`,
      // `hk` for `kh`: `ဗီယင်နာ` → `beyainnar`) and leaves Shan letters
      // alone; character names give the letters' sounds, ICU's reading second.
      let byName = CharacterNameRomanization.romanize(scalars)
      let icuForm = try run("Any-Latin")
      return icuForm.isEmpty || icuForm == byName ? [byName] : [byName, icuForm]
    case .latin, .common, .inherited, .other, .lao, .khmer:
      return try anyLatinForms(units, scalars: scalars)
    }
  }

  /// ICU's generic `Any-Latin`, unless it leaves letters untransliterated
  /// (Khmer, Lao, Sinhala, Tibetan, Cherokee, N'Ko, Chakma, Coptic, Mongolian,
  /// the Shan letters of Myanmar, ...): then the romanization from character
  /// names comes first, and ICU's partial reading second if it has one.
  static func anyLatinForms(_ units: [UInt16], scalars: [Unicode.Scalar]) throws(ICUError) -> [String] {
    let output = try TransliteratorPool.shared.transliterate(units, id: "Any-Latin; Latin-ASCII")
    let icuForm = ASCIIFolding.fold(output)
    guard hasUntransliteratedLetters(String(decoding: output, as: UTF16.self).unicodeScalars) else {
      return [icuForm]
    }
    let byName = CharacterNameRomanization.romanize(scalars)
    return icuForm.isEmpty || icuForm == byName ? [byName] : [byName, icuForm]
  }

  /// Whether transliterated text still holds letters of a script other than
  /// Latin (ICU passes through what it has no transform for).
  static func hasUntransliteratedLetters(_ text: String.UnicodeScalarView) -> Bool {
    text.contains { scalar in
      guard scalar.value >= 0x80, scalar.properties.isAlphabetic, !isMark(scalar) else { return false }
      let script = UnicodeFolding.script(of: scalar)
      return script != .latin && script != .common && script != .inherited
    }
  }

  /// The forms of a token, made sure to spell its letters: a token with
  /// letters whose forms have no ASCII letter (a script ICU leaves alone and
  /// whose character names give no sound) gets the character-name reading,
  /// or else its scalars spelled out, as its primary form; digits-only forms
  /// stay as alternatives. A token without letters is left as it is, and so
  /// is one whose only letters are extenders, which repeat or lengthen the
  /// letter before them (`々`, `ー`, `ๆ`) and spell nothing alone.
  static func ensuringLetters(_ forms: [String], of scalars: [Unicode.Scalar]) -> [String] {
    let hasLetters = scalars.contains { isLetter($0) && !$0.properties.isExtender }
    guard hasLetters, !forms.contains(where: hasASCIILetter) else { return forms }
    let byName = CharacterNameRomanization.romanize(scalars)
    let fallback = hasASCIILetter(byName) ? byName : ScalarSpelling.spelled(scalars)
    return [fallback] + forms
  }

  static func hasASCIILetter(_ form: String) -> Bool {
    form.utf8.contains { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
    default: false
    }
  }

  static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: true
    default: false
    }
  }

  static func isDevanagariConsonant(_ scalar: Unicode.Scalar) -> Bool {
    (0x915...0x939).contains(scalar.value) || (0x958...0x95F).contains(scalar.value)
  }
}

/// Japanese kana romanization variants.
enum JapaneseRomanization {
  /// Hepburn without long vowels, as passports write names (`satou` → `sato`).
  static func withoutLongVowels(_ text: String) -> String {
    var result = text
    for (long, short) in [("ou", "o"), ("oo", "o"), ("uu", "u"), ("ii", "i"), ("ei", "e")] {
      result = result.replacing(long, with: short)
    }
    return result
  }
}
