/// The Latin values of the letters of the Arabic, Persian, Urdu and Hebrew
/// alphabets, as romanization conventions write them (ALA-LC, BGN/PCGN
/// Arabic and Persian, French and Maghreb usage, Urdu, Israeli usage): `ش`
/// is `sh`, `ch` or `s`; `ذ` is `dh`, `th`, `z` or `d`; `و` is `w`, `v`, `u`
/// or `o`. Letters that may stand for a vowel or nothing (`ا`, `ع`, `ه`,
/// `ة`, `א`) may also be silent. Written from the conventions; never learned
/// from list files.
enum AbjadLetters {
  /// One letter: its Latin values (the usual first) and whether it may be
  /// silent in Latin (a vowel carrier, a glottal stop, a final `h`).
  struct Letter: Sendable {
    let values: [[UInt8]]
    /// Values the letter takes only in some spellings (`ي` as German `j`).
    let rareValues: [[UInt8]]
    let maySilence: Bool
  }

  private static func letter(_ values: [String], rare: [String] = [], silent: Bool = false) -> Letter {
    Letter(values: values.map { Array($0.utf8) }, rareValues: rare.map { Array($0.utf8) }, maySilence: silent)
  }

  /// Letters by code (`code(of:)`); code 0 is unused.
  static let letters: [Letter] = {
    var table = [letter([])]
    for (_, values, silent) in alphabet {
      table.append(letter(values.filter { !$0.hasPrefix("~") }, rare: values.filter { $0.hasPrefix("~") }.map { String($0.dropFirst()) }, silent: silent))
    }
    return table
  }()

  /// Scalar value → code.
  private static let codes: [UInt32: UInt8] = {
    var table: [UInt32: UInt8] = [:]
    for (index, entry) in alphabet.enumerated() {
      for scalar in entry.scalars { table[scalar] = UInt8(index + 1) }
    }
    return table
  }()

  /// The code of an Arabic-script or Hebrew letter, or nil (marks, other scalars).
  static func code(of scalar: Unicode.Scalar) -> UInt8? { codes[scalar.value] }

  /// The letters of a word written in an abjad, as codes (marks, joiners
  /// and the tatweel skipped); empty when a letter has no known values.
  static func codes(of word: String) -> [UInt8] {
    var out: [UInt8] = []
    for scalar in word.unicodeScalars {
      if let code = code(of: scalar) {
        out.append(code)
      } else if scalar.properties.isAlphabetic, scalar.properties.generalCategory != .modifierLetter,
        scalar.properties.generalCategory != .nonspacingMark, scalar.properties.generalCategory != .spacingMark
      {
        return []
      }
    }
    return out
  }

  private static let vowel: [String] = ["a", "e", "i", "o", "u"]

  /// (scalars, Latin values, may be silent), one row a letter; a value
  /// marked `~` is rare.
  private static let alphabet: [(scalars: [UInt32], values: [String], silent: Bool)] = [
    // Arabic script
    ([0x627, 0x671], ["a", "aa", "e", "i", "o", "u"], true),  // alif, alif wasla
    ([0x623, 0x625, 0x622], ["a", "aa", "e", "i", "o", "u"], true),  // alif with hamza or madda: never the article
    ([0x628], ["b", "p"], false),
    ([0x67E], ["p", "b"], false),
    ([0x62A], ["t"], false),
    ([0x62B], ["th", "s", "t"], false),
    ([0x629], ["a", "ah", "at", "e", "eh", "et"], true),  // ta marbuta
    ([0x62C], ["j", "g", "dj", "dzh", "zh"], false),
    ([0x686], ["ch", "tch", "j"], false),
    ([0x62D], ["h", "kh"], false),
    ([0x62E], ["kh", "x", "h", "ch"], false),
    ([0x62F], ["d"], false),
    ([0x630], ["dh", "th", "z", "d"], false),
    ([0x631], ["r"], false),
    ([0x632], ["z"], false),
    ([0x698], ["zh", "j", "z"], false),
    ([0x633], ["s", "~c"], false),  // `c` before `e`/`i` in French spelling (Lounici)
    ([0x634], ["sh", "ch", "sch", "s"], false),
    ([0x635], ["s"], false),
    ([0x636], ["d", "dh", "z"], false),
    ([0x637], ["t"], false),
    ([0x638], ["z", "dh", "th", "~d"], false),  // `d` in Egyptian and Somali usage (Dahir)
    ([0x639], vowel, true),  // ʿayn: a vowel or nothing in Latin
    ([0x63A], ["gh", "g", "r"], false),
    ([0x641], ["f", "ph", "v"], false),
    ([0x642], ["q", "k", "g", "gh", "c"], false),
    ([0x643, 0x6A9], ["k", "c", "ck", "q", "~g"], false),  // `g` where gaf is written with kaf (Gul)
    ([0x6AF], ["g"], false),
    ([0x644], ["l"], false),
    ([0x645], ["m"], false),
    ([0x646], ["n"], false),
    ([0x647, 0x6C1, 0x6BE], ["h", "e", "a"], true),
    // Waw and ya write consonants and long vowels: in Latin they never vanish.
    ([0x648], ["w", "v", "u", "o", "ou", "oo", "aw", "ow"], false),
    ([0x64A, 0x6CC, 0x6D2], ["y", "i", "ee", "e", "ie", "ei", "ai", "ey", "ay", "~j"], false),
    ([0x649], ["a", "y", "i", "e"], false),  // alif maqsura: a written final vowel
    ([0x621], [], true),  // hamza
    ([0x626], ["y", "i", "e"], true),
    ([0x624], ["w", "u", "o"], true),
    ([0x679], ["t"], false),
    ([0x688], ["d"], false),
    ([0x691], ["r"], false),
    ([0x6BA], ["n"], true),
    // Pashto, Sindhi and Maghreb letters
    ([0x6A4], ["v", "f"], false),  // ve
    ([0x6A8, 0x6AD, 0x6AB], ["g", "ng"], false),  // Maghreb gaf, ng, Pashto gaf
    ([0x6C0], ["e", "eh", "ye", "ey"], true),  // heh with yeh
    ([0x6D0], ["e", "y", "ey"], false),  // Pashto e
    ([0x6CD], ["ay", "ai", "i", "ey"], false),  // Pashto ye
    ([0x681], ["dz", "z"], false),
    ([0x685], ["ts", "s"], false),
    ([0x689], ["d"], false),
    ([0x693], ["r"], false),
    ([0x696], ["zh", "g", "z"], false),
    ([0x69A], ["sh", "x", "kh"], false),
    ([0x6BC], ["n"], false),
    ([0x620], ["e", "a", "i", "y"], true),  // Kashmiri yeh: mostly a vowel
    ([0x6AA], ["k", "c"], false),  // Sindhi swash kaf
    ([0x67B, 0x680], ["b", "bh"], false),  // Sindhi bb, bh
    ([0x67D, 0x67F, 0x67A], ["t", "th"], false),  // Sindhi tt, th, tth
    ([0x684, 0x683], ["j", "jh", "ny"], false),  // Sindhi jj, ny
    ([0x687], ["ch", "chh"], false),  // Sindhi chh
    ([0x68A, 0x68C, 0x68D, 0x68F], ["d", "dh"], false),  // Sindhi dd, dh
    ([0x6A6], ["ph", "p", "f"], false),  // Sindhi ph
    ([0x6B3, 0x6B1], ["g", "ng"], false),  // Sindhi gg, ng
    ([0x6BB], ["n"], false),  // Sindhi rnoon
    // Hebrew
    ([0x5D0], vowel, true),  // alef
    ([0x5D1], ["b", "v"], false),
    ([0x5D2], ["g", "j"], false),
    ([0x5D3], ["d"], false),
    ([0x5D4], ["h", "a", "e"], true),
    ([0x5D5], ["v", "w", "o", "u"], false),
    ([0x5D6], ["z"], false),
    ([0x5D7], ["ch", "kh", "h"], false),
    ([0x5D8], ["t"], false),
    ([0x5D9], ["y", "i", "e", "j", "ei", "ai"], false),
    ([0x5DB, 0x5DA], ["k", "kh", "ch", "c"], false),
    ([0x5DC], ["l"], false),
    ([0x5DE, 0x5DD], ["m"], false),
    ([0x5E0, 0x5DF], ["n"], false),
    ([0x5E1], ["s"], false),
    ([0x5E2], vowel, true),  // ayin
    ([0x5E4, 0x5E3], ["p", "f", "ph"], false),
    ([0x5E6, 0x5E5], ["ts", "tz", "z", "tsch", "c"], false),
    ([0x5E7], ["k", "q", "c"], false),
    ([0x5E8], ["r"], false),
    ([0x5E9], ["sh", "s"], false),
    ([0x5EA], ["t", "s", "th"], false),
  ]
}
