/// Korean (Hangul) romanization, one syllable at a time.
///
/// Korean names are romanized in several systems at once: McCune–Reischauer
/// / BGN (`kim chŏng ŭn`), the South Korean Revised Romanization
/// (`gim jeong eun`), and popular spellings (`Kim Jong Un`, `Jung`, `Lee`,
/// `Park`). Each syllable gets the readings of all of them.
enum KoreanRomanization {
  static func forms(of units: [UInt16], startsSyllableRun: Bool) throws(ICUError) -> [String] {
    let decomposed = try UnicodeFolding.nfd(units)
    let bgn = ASCIIFolding.fold(try TransliteratorPool.shared.transliterate(decomposed, id: "Korean-Latin/BGN; Latin-ASCII"))
    let revised = ASCIIFolding.fold(try TransliteratorPool.shared.transliterate(units, id: "Hangul-Latin; Latin-ASCII"))
    var forms: [String] = []
    // Family names have fixed popular spellings.
    if startsSyllableRun, let surname = surnameSpellings[String(decoding: units, as: UTF16.self)] {
      forms += surname
    }
    forms.append(bgn)
    forms.append(revised)
    // Popular spellings: Revised Romanization with `eo`/`eu` simplified
    // (`jeong` → `jong`, `eun` → `un`) or `eo` as `u` (`seong` → `sung`).
    let simplified = revised.replacing("eo", with: "o").replacing("eu", with: "u")
    forms.append(simplified)
    forms.append(revised.replacing("eo", with: "u").replacing("eu", with: "u"))
    // Initial consonants are voiced inside a name (BGN `chŏng` → `jong`).
    if let voiced = voicedInitial(bgn) { forms.append(voiced) }
    // An initial ㄹ is written `r` in the North (`Ryong`), `l`, `n` or not at
    // all in the South (`Yong`, `Lee`, `Noh`).
    if let first = units.first, (0xAC00...0xD7A3).contains(first), (first - 0xAC00) / 588 == 5 {
      for form in [simplified, revised] where form.first == "n" || form.first == "l" || form.first == "r" {
        let rest = form.dropFirst()
        forms += ["r" + rest, "l" + rest, String(rest)]
      }
    }
    return forms
  }

  /// BGN spells word-initial consonants unvoiced; inside a given name they
  /// are voiced: `ch`→`j`, `k`→`g`, `t`→`d`, `p`→`b`.
  static func voicedInitial(_ form: String) -> String? {
    for (unvoiced, voiced) in [("ch", "j"), ("k", "g"), ("t", "d"), ("p", "b")] where form.hasPrefix(unvoiced) {
      if unvoiced != "ch", form.dropFirst().first == "h" { return nil }  // kh, th, ph are aspirated
      return voiced + form.dropFirst(unvoiced.count)
    }
    return nil
  }

  /// Conventional spellings of common Korean family names.
  static let surnameSpellings: [String: [String]] = [
    "김": ["kim", "gim"],
    "이": ["lee", "yi", "rhee", "ri", "i"],
    "리": ["ri", "lee", "rhee", "yi"],
    "박": ["park", "pak", "bak"],
    "최": ["choi", "choe", "chwe"],
    "정": ["jung", "jeong", "chung", "chong", "jong"],
    "강": ["kang", "gang"],
    "조": ["cho", "jo"],
    "윤": ["yoon", "yun"],
    "장": ["jang", "chang"],
    "임": ["lim", "im", "rim"],
    "림": ["rim", "lim"],
    "한": ["han"],
    "오": ["oh", "o"],
    "서": ["seo", "suh", "so"],
    "신": ["shin", "sin"],
    "권": ["kwon", "gwon"],
    "황": ["hwang"],
    "안": ["ahn", "an"],
    "송": ["song"],
    "류": ["ryu", "yoo", "yu", "rew"],
    "유": ["yoo", "yu"],
    "홍": ["hong"],
    "전": ["jeon", "jun", "chon", "chun"],
    "고": ["ko", "go"],
    "문": ["moon", "mun"],
    "양": ["yang"],
    "량": ["ryang", "yang"],
    "손": ["son", "sohn"],
    "배": ["bae", "pae"],
    "백": ["baek", "paek", "paik"],
    "허": ["heo", "hur", "ho"],
    "노": ["noh", "roh", "no"],
    "로": ["ro", "roh", "no"],
    "남": ["nam"],
    "심": ["shim", "sim"],
    "주": ["joo", "ju", "chu"],
    "구": ["koo", "ku", "gu"],
    "우": ["woo", "u"],
    "현": ["hyun", "hyon", "hyeon"],
  ]
}
