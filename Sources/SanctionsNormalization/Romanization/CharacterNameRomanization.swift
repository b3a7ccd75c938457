import Synchronization

/// Romanization read from Unicode character names, for scripts ICU cannot
/// transliterate (Khmer, Lao, Sinhala, Tibetan, Cherokee, N'Ko, Chakma,
/// Coptic, Mongolian, Tifinagh, Javanese, Balinese, Ol Chiki, Adlam, Vai, Yi,
/// Canadian syllabics, the Shan and Mon letters of Myanmar, ...) and for Thai,
/// whose ICU transform (ISO 11940) spells letters rather than sounds
/// (`ลอนดอน` → `lxndxn`).
///
/// A character's name says how it sounds: `KHMER LETTER KA`,
/// `THAI CHARACTER LO LING`, `SINHALA LETTER ALPAPRAANA KAYANNA`,
/// `CHEROKEE LETTER GA`, `KHMER VOWEL SIGN E`. General rules turn names into
/// Latin letters:
/// - a consonant letter of an abugida or alphabet is the phonetic word of its
///   name without the inherent vowel (`KA` → `k`, `KHA` → `kh`, `LO` → `l`,
///   `NGO` → `ng`); the inherent vowel is not written out, since a matcher
///   inserts vowels cheaply, so the output is mostly consonants plus the
///   vowels the script writes;
/// - a letter whose phonetic word is all vowels is that vowel (`O ANG` → `o`);
///   followed by a vowel sign it is only the carrier of that sign;
/// - a vowel sign is its vowel (`VOWEL SIGN AA`, `SARA E`), simplified to ASCII;
/// - viramas, subscript joiners, tone marks and the like are silent; anusvara
///   is `m`, visarga `h`; Thai thanthakhat and Khmer toandakhiat mark the
///   preceding consonant silent, but it is kept: in a foreign name it is
///   the source spelling's letter (`ดีทรอยต์` Detroit);
/// - Thai and Lao vowels written before their consonant (Unicode's
///   Logical_Order_Exception) are read after it;
/// - a syllabary letter is its whole syllable (`CHEROKEE LETTER GA` → `ga`).
///
/// Output is lowercase ASCII letters and digits. Readings are cached per
/// scalar: Unicode name lookups are slow compared to a dictionary hit.
enum CharacterNameRomanization {
  /// What one scalar contributes to a romanization.
  enum Reading: Sendable, Hashable {
    /// A consonant (or medial or subjoined consonant sign).
    case consonant(String)
    /// A vowel letter: an independent vowel or a vowel carrier such as Thai
    /// `อ` or Khmer `អ`, which a following vowel sign replaces.
    case vowelLetter(String)
    /// A dependent vowel sign, read where it is stored.
    case vowelSign(String)
    /// A vowel sign stored before the consonant it follows in speech.
    case preposedVowel(String)
    /// A final sound written as a sign (anusvara `m`, visarga `h`), a digit,
    /// or a whole syllable of a syllabary.
    case sound(String)
    /// A mark that makes the preceding consonant silent in speech (the
    /// consonant is kept in the romanization).
    case silencer
    /// Nothing to pronounce (virama, tone mark, unknown symbol).
    case silent
  }

  // MARK: Romanization

  /// The romanization of a token, in lowercase ASCII letters and digits.
  static func romanize(_ scalars: some Sequence<Unicode.Scalar>) -> String {
    var assembly = Assembly()
    for scalar in scalars {
      assembly.add(reading(of: scalar))
    }
    return assembly.finish()
  }

  /// The readings of a token's scalars put together in spoken order.
  private struct Assembly {
    enum Kind { case consonant, vowelLetter, vowelSign, sound }
    var pieces: [(text: String, kind: Kind)] = []
    /// Preposed vowels waiting for the consonant they follow in speech.
    var pendingVowels = ""

    mutating func add(_ reading: Reading) {
      switch reading {
      case .consonant(let text):
        pieces.append((text, .consonant))
        emitPendingVowels()
      case .vowelLetter(let text):
        // A vowel carrier under a preposed vowel is only its carrier.
        if pendingVowels.isEmpty {
          pieces.append((text, .vowelLetter))
        } else {
          emitPendingVowels()
        }
      case .vowelSign(let text):
        if let last = pieces.last, last.kind == .vowelLetter {
          pieces.removeLast()  // the carrier of this sign
        }
        pieces.append((text, .vowelSign))
      case .preposedVowel(let text):
        pendingVowels += text
      case .sound(let text):
        pieces.append((text, .sound))
        emitPendingVowels()
      case .silencer, .silent:
        // A consonant marked silent stays: in a foreign name it is the
        // source spelling's letter, which the Latin spelling writes too
        // (`ดีทรอยต์` Detroit, `สิงคโปร์` Singapore).
        break
      }
    }

    mutating func emitPendingVowels() {
      guard !pendingVowels.isEmpty else { return }
      pieces.append((pendingVowels, .vowelSign))
      pendingVowels = ""
    }

    mutating func finish() -> String {
      emitPendingVowels()
      return pieces.map(\.text).joined()
    }
  }

  // MARK: Readings

  /// Readings already derived from names, by scalar value.
  private static let readings = Mutex<[UInt32: Reading]>([:])

  /// The reading of one scalar, from its Unicode name.
  static func reading(of scalar: Unicode.Scalar) -> Reading {
    if let known = readings.withLock({ $0[scalar.value] }) { return known }
    let computed = computeReading(of: scalar)
    readings.withLock { $0[scalar.value] = computed }
    return computed
  }

  private static func computeReading(of scalar: Unicode.Scalar) -> Reading {
    let properties = scalar.properties
    let category = properties.generalCategory
    if category == .decimalNumber {
      let digits = ASCIIFolding.digitsAndLetters(of: CollectionOfOne(scalar))
      return digits.isEmpty ? .silent : .sound(digits)
    }
    guard let name = properties.name else { return .silent }
    let words = name.split(separator: " ").map(String.init)
    if let special = signReading(words) { return special }
    if let vowel = vowelSignValue(words) {
      guard !vowel.isEmpty else { return .silent }
      return properties.isLogicalOrderException ? .preposedVowel(vowel) : .vowelSign(vowel)
    }
    switch category {
    case .nonspacingMark, .spacingMark, .enclosingMark:
      // Medial and subjoined consonants; every other mark is silent.
      let consonantSign = containsPhrase(words, "CONSONANT", "SIGN") || containsPhrase(words, "SEMIVOWEL", "SIGN")
      guard words.contains("LETTER") || consonantSign, let word = phoneticWord(words) else { return .silent }
      if let named = namedConsonantSigns[word] { return .consonant(named) }
      return consonantReading(word, words: words)
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .otherLetter:
      return letterReading(words)
    case .modifierLetter:
      return words.contains("LETTER") ? letterReading(words) : .silent
    default:
      return .silent
    }
  }

  /// Signs named for their sound or their effect, rather than for a letter.
  private static func signReading(_ words: [String]) -> Reading? {
    switch words.first {
    case "MYANMAR" where words.contains("VISARGA"):
      return .silent  // a tone mark in Burmese and Shan, not an `h`
    case "LAO" where containsPhrase(words, "CANCELLATION", "MARK"):
      return .silencer
    case "TIBETAN":
      if containsPhrase(words, "RJES", "SU") { return .sound("m") }
      if containsPhrase(words, "RNAM", "BCAD") { return .sound("h") }
      if containsPhrase(words, "SNA", "LDAN") || containsPhrase(words, "NYI", "ZLA") { return .sound("n") }
    default:
      break
    }
    for word in words {
      if silencerSigns.contains(word) { return .silencer }
      if nasalSigns.contains(word) { return .sound("m") }
      if nasalizationSigns.contains(word) { return .sound("n") }
      if aspirationSigns.contains(word) { return .sound("h") }
      if rhoticSigns.contains(word) { return .sound("r") }
      if silentLetters.contains(word) { return .silent }
    }
    return nil
  }

  /// The vowel of a vowel sign (`VOWEL SIGN AA`, Thai `SARA E`, `MAI HAN-AKAT`,
  /// Chakma `O MARK`), `""` for a vowel sign whose name gives no vowel, nil if
  /// the scalar is not a vowel sign.
  private static func vowelSignValue(_ words: [String]) -> String? {
    if words.first == "SINHALA", let index = phraseEnd(words, "VOWEL", "SIGN") {
      let key = words[index...].joined(separator: " ")
      return sinhalaVowelSigns[key] ?? ""
    }
    if let index = phraseEnd(words, "SEMIVOWEL", "SIGN") {
      // Lao `ຽ` (semivowel sign nyo) writes the diphthong `ia`; the others
      // are medial consonants.
      return words[index...].first == "NYO" ? "ia" : nil
    }
    let signWords: ArraySlice<String>
    if let index = phraseEnd(words, "VOWEL", "SIGN") {
      signWords = words[index...]
    } else if words.first == "THAI", let sara = words.firstIndex(of: "SARA") {
      signWords = words[(sara + 1)...]
    } else if words.count >= 2, words[words.count - 1] == "MARK", isVowelWord(words[words.count - 2]) {
      signWords = words[(words.count - 2)...(words.count - 2)]
    } else if let mai = words.firstIndex(of: "MAI"), mai + 1 < words.count {
      switch words[mai + 1] {
      case "HAN-AKAT", "KAN": return "a"
      case "KON": return "o"
      default: return nil
      }
    } else {
      return nil
    }
    let phrase = signWords.filter { !qualifiers.contains($0) }.joined(separator: " ")
    if let known = namedVowelSigns[phrase] { return known }
    if let vocalic = vocalicValue(signWords) { return vocalic }
    guard let word = signWords.first(where: { !qualifiers.contains($0) }) else { return "" }
    return vowelSound(of: word) ?? ""
  }

  /// The sound of a vowel sign's word: its vowels simplified, with a final
  /// consonant kept (Thai and Lao `AM`); nil when the word does not start
  /// with a vowel. `Y` counts as a vowel here (Khmer and Lao `Y`, `YA`, `AY`).
  private static func vowelSound(of word: String) -> String? {
    let vowels = word.prefix { isVowel($0) || $0 == "Y" }
    guard !vowels.isEmpty else { return nil }
    return simplifiedVowel(String(vowels)) + word.dropFirst(vowels.count).lowercased()
  }

  /// The reading of a letter (`L*`) from the words of its name.
  private static func letterReading(_ words: [String]) -> Reading {
    guard let script = words.first else { return .silent }
    if script == "SINHALA", let sinhala = sinhalaLetterReading(words) { return sinhala }
    if script == "TIFINAGH", let last = words.last { return tifinaghReading(last) }
    guard var word = phoneticWord(words) else {
      return words.contains(where: letterKeywords.contains) ? .silent : unlabelledLetterReading(words)
    }
    if script == "COPTIC" || words.contains("COPTIC"), let value = copticLetters[word] {
      return .consonant(value)
    }
    if isSyllabary(words) { return .sound(syllable(word, yi: script == "YI")) }
    if script == "KHMER" {
      word.removeAll { $0 == "Q" }  // the glottal stop of the vowel carrier `អ`
      if words.contains("INDEPENDENT") { return .vowelLetter(simplifiedVowel(word)) }
    }
    if script == "OL", word.count == 2 || word.count == 3, word.first == "L", isVowelWord(String(word.dropFirst())) {
      return .vowelLetter(simplifiedVowel(String(word.dropFirst())))  // Ol Chiki `LA`, `LI`, ... are vowels
    }
    if let vocalic = vocalicValue(words[...]) { return .vowelLetter(vocalic) }
    return letterValue(word, words: words)
  }

  /// A letter named without a keyword, such as Lao `HO NO` (`ໜ`, `hn`): the
  /// consonants of its short phonetic words, or nothing (`TANGUT IDEOGRAPH-17000`).
  private static func unlabelledLetterReading(_ words: [String]) -> Reading {
    let rest = words.dropFirst()
    guard !rest.isEmpty, rest.allSatisfy({ $0.count <= 4 && $0.allSatisfy(\.isLetter) }) else { return .silent }
    let consonants = rest.map { consonantCluster(of: $0) }.joined()
    return consonants.isEmpty ? .silent : .consonant(consonants)
  }

  /// A consonant or vowel letter of an abugida or alphabet.
  private static func letterValue(_ word: String, words: [String]) -> Reading {
    if word.isEmpty { return .silent }
    if isVowelWord(word) { return .vowelLetter(simplifiedVowel(word)) }
    let cluster = consonantCluster(of: word)
    if cluster.isEmpty {
      // A name that starts with its vowel: `ALIF`, `AKARA` (vowel letters of
      // Adlam and Balinese) are their first vowel; Mongolian `ANG` and Ol Chiki
      // `AT` are the consonants after it.
      let vowels = word.prefix(while: isVowel)
      let tail = word.dropFirst(vowels.count)
      if tail.contains(where: isVowel) { return .vowelLetter(simplifiedVowel(String(vowels))) }
      return .consonant(collapsedDouble(tail.lowercased()))
    }
    return consonantReading(word, words: words)
  }

  /// The consonant a letter name stands for, with aspiration named apart
  /// (Balinese `KA MAHAPRANA`).
  private static func consonantReading(_ word: String, words: [String]) -> Reading {
    var value = consonantCluster(of: word)
    if value.isEmpty { value = collapsedDouble(word.lowercased().filter(\.isLetter)) }
    if words.contains(where: { aspirationQualifiers.contains($0) }), !value.hasSuffix("h") { value += "h" }
    return value.isEmpty ? .silent : .consonant(value)
  }

  /// The leading consonants of a phonetic word, lowercased, without a doubled
  /// first letter (`TTHA` → `th`, retroflex in Unicode's naming); a lone `c`
  /// is the palatal `ch` (`CA`).
  static func consonantCluster(of word: String) -> String {
    let cluster = collapsedDouble(word.prefix { $0.isLetter && !isVowel($0) }.lowercased())
    return cluster == "c" ? "ch" : cluster
  }

  // MARK: Script conventions

  /// Sinhala letter names end in `YANNA` (`KAYANNA` → `ka`) and qualify the
  /// consonant: `MAHAAPRAANA` is aspirated, `SANYAKA` and `AMBA` prenasalized,
  /// `TAALUJA` and `MUURDHAJA` sibilants are `sh`.
  private static func sinhalaLetterReading(_ words: [String]) -> Reading? {
    guard let letter = words.firstIndex(of: "LETTER") else { return nil }
    let rest = words[(letter + 1)...]
    if let special = sinhalaLetters[rest.joined(separator: " ")] { return special }
    guard var stem = rest.last, stem.hasSuffix("YANNA") else { return nil }
    stem.removeLast("YANNA".count)
    if isVowelWord(stem) { return .vowelLetter(simplifiedVowel(stem)) }
    var value = consonantCluster(of: stem)
    if rest.contains("MAHAAPRAANA") { value += "h" }
    if rest.contains("SANYAKA") { value = "n" + value }
    if rest.contains("AMBA") { value = "m" + value }
    if value == "s", rest.contains("TAALUJA") || rest.contains("MUURDHAJA") { value = "sh" }
    return .consonant(value)
  }

  /// Tifinagh letters are named `Y` + vowel + consonant (`YAT` → `t`,
  /// `YAGH` → `gh`); `YA`, `YI`, `YU`, `YE`, `YO` are vowels.
  private static func tifinaghReading(_ name: String) -> Reading {
    guard name.first == "Y", name.count > 1 else { return letterValue(name, words: []) }
    let tail = name.dropFirst().drop(while: isVowel)
    if tail.isEmpty { return .vowelLetter(simplifiedVowel(String(name.dropFirst()))) }
    return .consonant(collapsedDouble(tail.lowercased()))
  }

  /// Whether a letter belongs to a syllabary: named `SYLLABLE` or
  /// `SYLLABICS`, a syllabic sign (`OLD PERSIAN SIGN KA`), or one of the
  /// syllabaries whose letters are named `LETTER` (Cherokee, Bamum, kana).
  private static func isSyllabary(_ words: [String]) -> Bool {
    if let script = words.first, letterSyllabaries.contains(script) { return true }
    return words.contains("SYLLABLE") || words.contains("SYLLABICS") || !words.contains("LETTER") && words.contains("SIGN")
  }

  /// A syllable as written in Latin letters; Yi syllables drop their final
  /// tone letter (`NBIP` → `nbi`).
  private static func syllable(_ word: String, yi: Bool) -> String {
    var text = word.lowercased().filter(\.isLetter)
    if yi, text.count > 1, let last = text.last, "tpx".contains(last) { text.removeLast() }
    return text
  }

  /// `VOCALIC R` and `VOCALIC L` (`ṛ`, `ḷ`) as they are usually written.
  private static func vocalicValue(_ words: ArraySlice<String>) -> String? {
    guard let index = words.firstIndex(of: "VOCALIC"), index + 1 < words.endIndex else { return nil }
    switch words[index + 1] {
    case "R", "RR": return "ri"
    case "L", "LL": return "li"
    default: return nil
    }
  }

  // MARK: Words of a name

  /// The first word after the name's keyword (`LETTER`, `CHARACTER`, ...)
  /// that can be a sound: not a qualifier (`SMALL`, `SUBJOINED`, `SHAN`),
  /// not a code (`B008`), not a hyphenated variant tag (`FIXED-FORM`).
  static func phoneticWord(_ words: [String]) -> String? {
    guard let keyword = words.firstIndex(where: letterKeywords.contains) else { return nil }
    for raw in words[(keyword + 1)...] {
      let word = raw.hasPrefix("-") ? String(raw.dropFirst()) : raw
      if word.isEmpty || qualifiers.contains(word) || letterKeywords.contains(word) { continue }
      guard word.allSatisfy(\.isLetter) else { continue }
      if nonPhoneticWords.contains(word) || word.count > longestPhoneticWord { return nil }
      return word
    }
    return nil
  }

  /// Vowels simplified to ASCII: doubled letters single (`AA` → `a`), `UE`
  /// as `u`, the central vowel `Y` (Khmer, Lao) as `u`, other `Y` as `i`
  /// (`AY` → `ai`).
  static func simplifiedVowel(_ word: String) -> String {
    if isAllY(word) { return "u" }
    var result = ""
    var previous: Character?
    for character in word.lowercased() where character.isLetter && character != previous {
      result.append(character == "y" ? "i" : character)
      previous = character
    }
    return result.replacing("ue", with: "u")
  }

  /// A word with a doubled first letter written once (`tth` → `th`).
  static func collapsedDouble(_ text: String) -> String {
    let characters = Array(text)
    if characters.count >= 2, characters[0] == characters[1] { return String(characters.dropFirst()) }
    return text
  }

  private static func isVowel(_ character: Character) -> Bool {
    "AEIOUaeiou".contains(character)
  }

  private static func isVowelWord(_ word: String) -> Bool {
    !word.isEmpty && word.allSatisfy(isVowel)
  }

  private static func isAllY(_ word: String) -> Bool {
    !word.isEmpty && word.allSatisfy { $0 == "Y" }
  }

  /// The index after `first second` in `words`, if the phrase occurs.
  private static func phraseEnd(_ words: [String], _ first: String, _ second: String) -> Int? {
    guard words.count >= 2 else { return nil }
    for index in 0..<(words.count - 1) where words[index] == first && words[index + 1] == second {
      return index + 2
    }
    return nil
  }

  private static func containsPhrase(_ words: [String], _ first: String, _ second: String) -> Bool {
    phraseEnd(words, first, second) != nil
  }

  // MARK: Vocabulary

  /// Words after which a name gives the letter's sound.
  static let letterKeywords: Set<String> = ["LETTER", "CHARACTER", "SYLLABLE", "SYLLABICS", "VOWEL", "SIGN"]

  /// The longest word taken for a sound (Adlam `SINNYIIYHE`); longer words
  /// describe shapes or uses (`LABIALIZATION`).
  static let longestPhoneticWord = 10

  /// Words that qualify a letter without being its sound: case, position,
  /// language variant, Sinhala phonetic classes.
  static let qualifiers: Set<String> = [
    "SMALL", "CAPITAL", "SUBJOINED", "FINAL", "MEDIAL", "INITIAL", "HIGH", "LOW", "TALL", "GREAT", "REVERSED",
    "ARCHAIC", "ALTERNATE", "INDEPENDENT", "DEPENDENT", "CONSONANT", "SEMIVOWEL", "LONG",
    // Myanmar extensions
    "SHAN", "MON", "KAREN", "SGAW", "WESTERN", "EASTERN", "PWO", "GEBA", "KAYAH", "RUMAI", "PALAUNG",
    "KHAMTI", "AITON", "TAI", "LAING",
    // Malayalam chillu letters: a consonant without its vowel (`ൻ` n, `ർ` r)
    "CHILLU",
    // Lao, Tai Tham, Khmer loan letters
    "PALI", "SANSKRIT", "KHMU",
    // Coptic variants
    "OLD", "COPTIC", "CRYPTOGRAMMIC", "AKHMIMIC", "BOHAIRIC",
    // Mongolian, Tifinagh, N'Ko, Balinese variants
    "TODO", "SIBE", "MANCHU", "ALI", "GALI", "TUAREG", "AHAGGAR", "TAWELLEMET", "AYER", "BERBER", "ACADEMY",
    "JONA", "MAHAPRANA", "ALPAPRANA", "MURDA",
    // Canadian syllabics dialects
    "CARRIER", "NASKAPI", "OJIBWAY", "SAYISI", "ATHAPASCAN", "BLACKFOOT", "CREE",
    // Sinhala phonetic classes
    "ALPAPRAANA", "MAHAAPRAANA", "DANTAJA", "MUURDHAJA", "SANYAKA", "TAALUJA", "KANTAJA", "AMBA",
  ]

  /// Qualifiers that mark a consonant as aspirated.
  static let aspirationQualifiers: Set<String> = ["MAHAPRANA", "MAHAAPRAANA"]

  /// Shape and function words that never name a sound.
  static let nonPhoneticWords: Set<String> = [
    "MARK", "ACUTE", "GRAVE", "RING", "DOT", "DOTS", "STROKE", "PLUS", "TACK", "HALF", "TOP", "BOTTOM", "RIGHT",
    "LEFT", "MIDDLE", "DOUBLE", "TRIPLE", "SHORT", "HORIZONTAL", "VERTICAL", "GLOTTAL", "STOP", "HOOK", "TAIL",
    "WITH", "AND", "ABOVE", "BELOW", "TONE", "SIGN",
  ]

  /// Marks that make the preceding consonant silent (Thai `์`, Khmer `៍`).
  static let silencerSigns: Set<String> = ["THANTHAKHAT", "TOANDAKHIAT"]
  /// Anusvara under its names in various scripts: `m`.
  static let nasalSigns: Set<String> = ["ANUSVARA", "ANUSVARAYA", "NIKAHIT", "NIKHAHIT", "NIGGAHITA"]
  /// Nasalization and velar nasal signs: `n`.
  static let nasalizationSigns: Set<String> = ["CANDRABINDU", "NASALIZATION", "CECAK", "CECEK"]
  /// Visarga under its names in various scripts: `h`.
  static let aspirationSigns: Set<String> = [
    "VISARGA", "VISARGAYA", "ARDHAVISARGA", "REAHMUK", "WIGNYAN", "BISAH", "JIHVAMULIYA", "UPADHMANIYA",
  ]
  /// Signs for a preceding or following `r` (Khmer robat, Javanese layar).
  static let rhoticSigns: Set<String> = ["ROBAT", "LAYAR", "SURANG", "REPHA"]
  /// Letters (not marks) that write no sound: viramas and vowel killers
  /// named as letters (N'Ko dagbasinna), repetition and abbreviation signs.
  static let silentLetters: Set<String> = [
    "VIRAMA", "COENG", "ASAT", "AL-LAKUNA", "HALANTA", "MAAYYAA", "SUBJOINER", "DAGBASINNA", "PAIYANNOI",
    "MAIYAMOK", "LAKKHANGYAO", "YAMAKKAN", "PANGKON", "PAMUDPOD", "KILLER", "AVAGRAHA",
  ]

  /// Vowel signs named with words of their language rather than their vowel
  /// (Lao, Javanese, Balinese).
  static let namedVowelSigns: [String: String] = [
    "MAI KAN": "a", "MAI KON": "o",
    "TEDUNG": "a", "ULU": "i", "ULU SARI": "i", "WULU": "i", "WULU MELIK": "i", "SUKU": "u", "SUKU ILUT": "u",
    "SUKU MENDUT": "u", "TALING": "e", "TALING TEDUNG": "o", "TARUNG": "o", "TOLONG": "o", "PEPET": "e",
    "PEPET TEDUNG": "e", "DIRGA MURE": "ai", "RA REPA": "re", "RA REPA TEDUNG": "re", "LA LENGA": "le",
    "LA LENGA TEDUNG": "le", "TALING REPA": "e", "TALING REPA TEDUNG": "o",
  ]

  /// Consonant signs named with words of their language (Javanese).
  static let namedConsonantSigns: [String: String] = ["KERET": "r", "PENGKAL": "y", "CAKRA": "r"]

  /// Sinhala vowel signs (`pilla`), named in Sinhala.
  static let sinhalaVowelSigns: [String: String] = [
    "AELA-PILLA": "a", "KETTI AEDA-PILLA": "ae", "DIGA AEDA-PILLA": "ae", "KETTI IS-PILLA": "i",
    "DIGA IS-PILLA": "i", "KETTI PAA-PILLA": "u", "DIGA PAA-PILLA": "u", "GAETTA-PILLA": "ru",
    "DIGA GAETTA-PILLA": "ru", "KOMBUVA": "e", "DIGA KOMBUVA": "e", "KOMBU DEKA": "ai",
    "KOMBUVA HAA AELA-PILLA": "o", "KOMBUVA HAA DIGA AELA-PILLA": "o", "KOMBUVA HAA GAYANUKITTA": "au",
    "GAYANUKITTA": "lu", "DIGA GAYANUKITTA": "lu",
  ]

  /// Sinhala letters whose names do not end in `YANNA`: the nasals, and the
  /// vocalic `r` and `l`.
  static let sinhalaLetters: [String: Reading] = [
    "KANTAJA NAASIKYAYA": .consonant("ng"), "TAALUJA NAASIKYAYA": .consonant("ny"),
    "TAALUJA SANYOOGA NAAKSIKYAYA": .consonant("gny"), "IRUYANNA": .vowelLetter("ri"),
    "IRUUYANNA": .vowelLetter("ri"), "ILUYANNA": .vowelLetter("li"), "ILUUYANNA": .vowelLetter("li"),
  ]

  /// Coptic letter names (mostly Greek ones in Coptic pronunciation) and
  /// their values.
  static let copticLetters: [String: String] = [
    "ALFA": "a", "VIDA": "v", "GAMMA": "g", "DALDA": "d", "EIE": "e", "SOU": "st", "ZATA": "z", "HATE": "e",
    "THETHE": "th", "IAUDA": "i", "KAPA": "k", "LAULA": "l", "MI": "m", "NI": "n", "KSI": "ks", "O": "o",
    "PI": "p", "RO": "r", "SIMA": "s", "TAU": "t", "UA": "u", "FI": "f", "KHI": "kh", "PSI": "ps", "OOU": "o",
    "SHEI": "sh", "FEI": "f", "KHEI": "kh", "HORI": "h", "GANGIA": "j", "SHIMA": "ch", "DEI": "ti",
    "ALEF": "a", "AIN": "a",
  ]

  /// Syllabaries whose letters are named `LETTER` rather than `SYLLABLE`.
  static let letterSyllabaries: Set<String> = ["CHEROKEE", "BAMUM", "HIRAGANA", "KATAKANA", "YI", "VAI"]
}
