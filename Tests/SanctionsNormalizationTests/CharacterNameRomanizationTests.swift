import Testing

@testable import SanctionsNormalization

/// A city name in a script ICU cannot transliterate (from CLDR's exemplar
/// cities), with the romanization the character-name rules give it.
struct FallbackCase: CustomTestStringConvertible, Sendable {
  let name: String
  let romanized: String
  let latin: String
  init(_ name: String, _ romanized: String, _ latin: String) {
    self.name = name
    self.romanized = romanized
    self.latin = latin
  }
  var testDescription: String { "\(name) → \(romanized) (\(latin))" }
}

/// Names in scripts without an ICU transform, and in Thai, whose ICU
/// transform spells letters. Inherent vowels are unwritten, so Khmer, Lao,
/// Sinhala, Tibetan and Chakma readings are close to consonant skeletons.
let fallbackCases: [FallbackCase] = [
  // Thai: preposed vowels read after their consonant, thanthakhat silences.
  .init("ลอนดอน", "london", "London"),
  .init("กรุงเทพ", "krungtheph", "Krung Thep"),
  .init("เมโนมินี", "menomini", "Menominee"),
  .init("ดูมองต์ดูร์วิลล์", "dumongtdurwill", "Dumont d'Urville"),
  .init("อัมสเตอดัม", "amsteodam", "Amsterdam"),
  // Khmer: coeng is silent, nikahit is m, the carrier អ is a vowel.
  .init("ភ្នំពេញ", "phnmpeny", "Phnom Penh"),
  .init("ប្រាទីស្លាវ៉ា", "bratislava", "Bratislava"),
  .init("ខេមរភាសា", "khemrphasa", "Khemara Phasa"),
  // Lao: the semivowel sign nyo writes `ia`, mai kan `a`.
  .init("ວຽງຈັນ", "wiangchan", "Viangchan"),
  .init("ຮາວານາ", "hawana", "Havana"),
  // Sinhala: names in YANNA, vowel signs named in Sinhala, al-lakuna silent.
  .init("කොළඹ", "kolmb", "Colombo"),
  .init("මැඩ්රිඩ්", "maedrid", "Madrid"),
  .init("කොස්තානේ", "kostane", "Kostanay"),
  // Tibetan: syllables joined across the tsheg, subjoined letters read.
  .init("ལྷ་ས", "lhs", "Lhasa"),
  .init("མཱལ་དིབས", "maldibs", "Maldives"),
  // Cherokee: a syllabary, every letter its whole syllable.
  .init("ᏣᎳᎩ", "tsalagi", "Tsalagi"),
  .init("ᎠᎵᎹᏘ", "alimati", "Almaty"),
  // Coptic: Greek-derived letter names with their Coptic values.
  .init("ⲙⲁⲣⲕⲟⲥ", "markos", "Markos"),
  .init("ϩⲁⲗⲓϥⲁⲝ", "halifaks", "Halifax"),
  // N'Ko: an alphabet; dagbasinna and tone marks are silent.
  .init("ߦߊߞߎߕߑߛߞ", "yakutsk", "Yakutsk"),
  .init("ߤߍߟߑߛߌ߲ߞߌ߫", "helsinki", "Helsinki"),
  // Chakma: virama and maayyaa are silent.
  .init("𑄇𑄳𑄢𑄬𑄣𑄬𑄚𑄴𑄓𑄎𑄨𑄇𑄴", "krelendjik", "Kralendijk"),
  .init("𑄝𑄢𑄴𑄝𑄓𑄮𑄎𑄴", "brbdoj", "Barbados"),
  // Myanmar with Shan letters, which ICU leaves untransliterated.
  .init("ၵႂႃႇတမႃႇလႃႇ", "kwatmala", "Guatemala"),
  .init("ဝဵၵ်ႉ", "wek", "Wake"),
  // Other scripts without an ICU transform.
  .init("ᠮᠣᠩᠭᠣᠯ", "monggol", "Mongol"),
  .init("ⵜⴰⵎⴰⵣⵉⵖⵜ", "tamazight", "Tamazight"),
  .init("𞤀𞤣𞤤𞤢𞤥", "adlam", "Adlam"),
  .init("ᱥᱟᱱᱛᱟᱲᱤ", "santari", "Santali"),
  .init("ᬩᬮᬶ", "bli", "Bali"),
]

@Suite("Romanization from Unicode character names")
struct CharacterNameRomanizationTests {
  @Test("Names in scripts without an ICU transform read like their Latin names", arguments: fallbackCases)
  func fallbackScripts(_ testCase: FallbackCase) throws {
    let normalized = try normalizer.normalize(testCase.name)
    #expect(normalized.tokens.count == 1, "\(describe(normalized))")
    #expect(normalized.tokens.first?.primary == testCase.romanized, "\(describe(normalized))")
  }

  @Test("Different names get different romanizations")
  func distinctNames() throws {
    let primaries = try fallbackCases.map { try normalizer.normalize($0.name).primaryTokens }
    #expect(Set(primaries).count == fallbackCases.count)
  }

  @Test("Every script with letters gives a name at least one token with an ASCII letter")
  func everyScript() throws {
    var samples: [Int32: [Unicode.Scalar]] = [:]
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value), ScriptRomanization.isLetter(scalar),
        let code = UnicodeFolding.icuScriptCode(of: value)
      else { continue }
      if samples[code, default: []].count < Self.lettersPerName { samples[code, default: []].append(scalar) }
    }
    #expect(samples.count > 150, "ICU knows about 160 scripts with letters")
    for (code, letters) in samples.sorted(by: { $0.key < $1.key }) {
      let script = UnicodeFolding.icuScriptName(of: code) ?? "script \(code)"
      let name = String(String.UnicodeScalarView(letters))
      do {
        let normalized = try normalizer.normalize(name)
        #expect(
          normalized.tokens.contains { ScriptRomanization.hasASCIILetter($0.primary) },
          "\(script) \(name): \(describe(normalized))")
      } catch {
        Issue.record("\(script) \(name): \(error)")
      }
    }
  }

  /// Letters of each script in the every-script name.
  static let lettersPerName = 3

  @Test("A name no rule can read is matched as written: its scalars spelled out")
  func spelledScalars() throws {
    let tangut = try normalizer.normalize("𗀀𗀁")
    #expect(tangut.primaryTokens == ["x17000x17001"])
    #expect(try normalizer.normalize("𗀀𗀁") == tangut)
    #expect(try normalizer.normalize("𗀀𗀂").primaryTokens != tangut.primaryTokens)
    #expect(try normalizer.normalize("ʔ").primaryTokens == ["x294"])
  }

  @Test("Only names without letters or digits are empty", arguments: ["!!!", "\u{0F0B}", "- \u{0E4F} -"])
  func stillEmpty(_ name: String) {
    #expect(throws: NormalizationError.empty) { try normalizer.normalize(name) }
  }

  @Test("Scripts ICU transliterates keep ICU's reading")
  func icuScripts() throws {
    #expect(try normalizer.normalize("አዲስ").primaryTokens == ["adis"])  // Ethiopic
    #expect(try normalizer.normalize("ދިވެހި").primaryTokens == ["divehi"])  // Thaana
    #expect(try normalizer.normalize("ܚܒܪܘܢ").primaryTokens == ["hbrwn"])  // Syriac
  }

  @Test("Burmese is read from character names first, ICU's learner's spelling second")
  func burmese() throws {
    // ICU writes `hk` for `ခ` (kh) and `ar` for a long `a`.
    #expect(try normalizer.normalize("ခီရိုဗ်").tokens[0].forms == ["khiriub", "hkerob"])  // Kirov
  }

  @Test("ICU's partial reading of a token is kept as an alternative")
  func partialICUReading() throws {
    let wake = try normalizer.normalize("ဝဵၵ်ႉ")
    #expect(wake.tokens[0].forms == ["wek", "w"])
  }

  @Test("ICU output with untransliterated letters is detected")
  func untransliterated() {
    #expect(ScriptRomanization.hasUntransliteratedLetters("ខេមរ".unicodeScalars))
    #expect(ScriptRomanization.hasUntransliteratedLetters("wဵၵႉ".unicodeScalars))
    #expect(!ScriptRomanization.hasUntransliteratedLetters("ādis".unicodeScalars))
    #expect(!ScriptRomanization.hasUntransliteratedLetters("lxndxn".unicodeScalars))
  }

  @Test("Readings of single characters follow their names")
  func readings() {
    typealias Reading = CharacterNameRomanization.Reading
    let cases: [(Unicode.Scalar, Reading)] = [
      ("\u{1780}", .consonant("k")),  // KHMER LETTER KA
      ("\u{1781}", .consonant("kh")),  // KHMER LETTER KHA
      ("\u{17A2}", .vowelLetter("a")),  // KHMER LETTER QA, the vowel carrier
      ("\u{17A5}", .vowelLetter("i")),  // KHMER INDEPENDENT VOWEL QI
      ("\u{17D2}", .silent),  // KHMER SIGN COENG
      ("\u{17C6}", .sound("m")),  // KHMER SIGN NIKAHIT
      ("\u{17C7}", .sound("h")),  // KHMER SIGN REAHMUK
      ("\u{17CD}", .silencer),  // KHMER SIGN TOANDAKHIAT
      ("\u{0E25}", .consonant("l")),  // THAI CHARACTER LO LING
      ("\u{0E2D}", .vowelLetter("o")),  // THAI CHARACTER O ANG
      ("\u{0E40}", .preposedVowel("e")),  // THAI CHARACTER SARA E
      ("\u{0E33}", .vowelSign("am")),  // THAI CHARACTER SARA AM
      ("\u{0E31}", .vowelSign("a")),  // THAI CHARACTER MAI HAN-AKAT
      ("\u{0E48}", .silent),  // THAI CHARACTER MAI EK (tone)
      ("\u{0E4C}", .silencer),  // THAI CHARACTER THANTHAKHAT
      ("\u{0EC0}", .preposedVowel("e")),  // LAO VOWEL SIGN E
      ("\u{0EBB}", .vowelSign("o")),  // LAO VOWEL SIGN MAI KON
      ("\u{0DA9}", .consonant("d")),  // SINHALA LETTER ALPAPRAANA DDAYANNA
      ("\u{0D9B}", .consonant("kh")),  // SINHALA LETTER MAHAAPRAANA KAYANNA
      ("\u{0DB9}", .consonant("mb")),  // SINHALA LETTER AMBA BAYANNA
      ("\u{0DDC}", .vowelSign("o")),  // SINHALA VOWEL SIGN KOMBUVA HAA AELA-PILLA
      ("\u{0DCA}", .silent),  // SINHALA SIGN AL-LAKUNA
      ("\u{0F90}", .consonant("k")),  // TIBETAN SUBJOINED LETTER KA
      ("\u{0F60}", .vowelLetter("a")),  // TIBETAN LETTER -A
      ("\u{13A6}", .sound("ga")),  // CHEROKEE LETTER GA
      ("\u{AB76}", .sound("ga")),  // CHEROKEE SMALL LETTER GA
      ("\u{07D3}", .consonant("b")),  // NKO LETTER BA
      ("\u{07CB}", .vowelLetter("e")),  // NKO LETTER EE
      ("\u{11107}", .consonant("k")),  // CHAKMA LETTER KAA
      ("\u{2C81}", .consonant("a")),  // COPTIC SMALL LETTER ALFA
      ("\u{1075}", .consonant("k")),  // MYANMAR LETTER SHAN KA
      ("\u{A188}", .sound("nuo")),  // YI SYLLABLE NUO
      ("\u{1E900}", .vowelLetter("a")),  // ADLAM CAPITAL LETTER ALIF
      ("\u{2D5C}", .consonant("t")),  // TIFINAGH LETTER YAT
      ("\u{0EDC}", .consonant("hn")),  // LAO HO NO
      ("\u{17000}", .silent),  // TANGUT IDEOGRAPH-17000
    ]
    for (scalar, expected) in cases {
      #expect(
        CharacterNameRomanization.reading(of: scalar) == expected,
        "U+\(String(scalar.value, radix: 16, uppercase: true)) \(scalar.properties.name ?? "")")
    }
  }

  @Test("A preposed vowel is read after the consonant it precedes")
  func preposedVowels() {
    #expect(CharacterNameRomanization.romanize("เก".unicodeScalars) == "ke")
    #expect(CharacterNameRomanization.romanize("ແກ".unicodeScalars) == "kei")
    #expect(CharacterNameRomanization.romanize("เอ".unicodeScalars) == "e")
  }
}
