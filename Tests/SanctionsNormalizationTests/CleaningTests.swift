import Testing

@testable import SanctionsNormalization

@Suite("Case, punctuation, particles and digits")
struct TokenizationTests {
  @Test func surnameFirstWithComma() { expectTokens("KHAN, Karim Asad Ahmad", ["khan", "karim", "asad", "ahmad"]) }
  @Test func particles() { expectTokens("Usama bin Ladin", ["usama", "bin", "ladin"]) }
  @Test func arabicArticleHyphen() { expectTokens("Abd al-Rahman", ["abd", "al", "rahman"]) }
  @Test func apostrophesJoin() {
    expectTokens("O'Brien", ["obrien"])
    expectTokens("Mas’ud", ["masud"])
    expectTokens("ʿAbd al-Raḥmān", ["abd", "al", "rahman"])
  }
  @Test func hyphenatedGivenName() { expectTokens("Jean-Pierre Bemba", ["jean", "pierre", "bemba"]) }
  @Test func legalFormPunctuation() { expectTokens("Rosneft Oil Co.", ["rosneft", "oil", "co"]) }
  @Test func digitsAreKept() {
    expectTokens("Ocean Star 2", ["ocean", "star", "2"])
    expectTokens("Boeing 747-400", ["boeing", "747", "400"])
    expectTokens("سفينة ٣", ["sfynh", "3"])
  }
  @Test func caseIsFolded() { expectTokens("mUhAmMaD", ["muhammad"]) }
  @Test func fullWidthLetters() { expectTokens("ＰＵＴＩＮ", ["putin"]) }
  @Test func asciiAndUnicodePathsAgree() throws {
    let ascii = try normalizer.normalize("Vladimir Putin")
    let unicode = try normalizer.normalize("Vladimir Putin\u{200B}")
    #expect(ascii.tokens == unicode.tokens)
  }
}

@Suite("Homoglyph and invisible-character attacks")
struct AttackTests {
  @Test("Cyrillic look-alikes inside Latin words read as Latin")
  func cyrillicHomoglyphs() {
    expectTokens("\u{0420}utin", ["putin"])  // Cyrillic Р
    expectTokens("Vl\u{0430}dimir Putin", ["vladimir", "putin"])  // Cyrillic а
    expectTokens("Os\u{0430}m\u{0430} bin L\u{0430}den", ["osama", "bin", "laden"])
    expectTokens("\u{0421}\u{041E}CA COLA", ["coca", "cola"])  // whole-word look-alikes in a Latin name
  }

  @Test("Greek look-alikes inside Latin words read as Latin")
  func greekHomoglyphs() {
    expectTokens("\u{039F}sama", ["osama"])  // Greek Ο
    expectTokens("K\u{03B1}rim", ["karim"])  // Greek α
  }

  @Test("Invisible characters inside words are removed")
  func invisibles() {
    expectTokens("Pu\u{200B}tin", ["putin"])  // ZWSP
    expectTokens("Mu\u{200D}hammad", ["muhammad"])  // ZWJ
    expectTokens("Mu\u{200C}hammad", ["muhammad"])  // ZWNJ
    expectTokens("Os\u{00AD}ama", ["osama"])  // soft hyphen
    expectTokens("\u{FEFF}Karim", ["karim"])  // BOM
    expectTokens("Ka\u{2060}rim", ["karim"])  // word joiner
    expectTokens("\u{200F}Ali \u{202E}Hasan\u{202C}", ["ali", "hasan"])  // bidi controls
  }
}

@Suite("Bad input")
struct BadInputTests {
  @Test("Empty, blank and punctuation-only names are rejected", arguments: ["", "   ", "\t\n", "!!! --- ...", "\u{200B}\u{FEFF}"])
  func empty(_ name: String) {
    #expect(throws: NormalizationError.empty) { try normalizer.normalize(name) }
  }

  @Test("A 1 MB name is rejected with its size, without hanging")
  func huge() {
    let name = String(repeating: "Muhammad ", count: 1_000_000 / 9)
    #expect(throws: NormalizationError.tooLong(byteCount: name.utf8.count, limit: NameNormalizer.maximumNameLength)) {
      try normalizer.normalize(name)
    }
    let bytes = Array(repeating: UInt8(ascii: "a"), count: 1 << 20)
    #expect(throws: NormalizationError.tooLong(byteCount: 1 << 20, limit: NameNormalizer.maximumNameLength)) {
      try normalizer.normalize(utf8: bytes)
    }
  }

  @Test("Invalid UTF-8 is reported with the byte offset")
  func invalidUTF8() throws {
    #expect(throws: NormalizationError.invalidUTF8(byteOffset: 3)) {
      try normalizer.normalize(utf8: [0x41, 0x6C, 0x69, 0xFF, 0x42])
    }
    #expect(throws: NormalizationError.invalidUTF8(byteOffset: 0)) {
      try normalizer.normalize(utf8: [0xC3])  // truncated sequence
    }
    let valid = try normalizer.normalize(utf8: Array("Müller".utf8))
    #expect(valid.primaryTokens == ["muller"])
  }

  @Test("Errors explain what to do")
  func messages() {
    #expect(NormalizationError.tooLong(byteCount: 5000, limit: 4096).description.contains("4096"))
    #expect(NormalizationError.invalidUTF8(byteOffset: 7).description.contains("byte 7"))
  }
}

@Suite("Concurrency")
struct ConcurrencyTests {
  @Test("Many threads normalizing at once agree with one thread")
  func concurrent() async throws {
    let names = scriptCases.map(\.name)
    let expected = try names.map { try normalizer.normalize($0) }
    try await withThrowingTaskGroup(of: [NormalizedName].self) { group in
      for _ in 0..<8 {
        group.addTask { try names.map { try NameNormalizer().normalize($0) } }
      }
      for try await result in group {
        #expect(result == expected)
      }
    }
  }
}

@Suite("Camel case")
struct CamelCaseTests {
  let normalizer = NameNormalizer()

  func words(_ name: String) throws -> [String] { try normalizer.normalize(name).tokens.map(\.primary) }

  @Test func wordsRunTogetherAreSplit() throws {
    #expect(try words("OsamaBinLaden") == ["osama", "bin", "laden"])
    #expect(try words("SberbankAG") == ["sberbank", "ag"])
    #expect(try words("ÇelikHolding") == ["celik", "holding"])
  }

  @Test func randomlyMixedCaseIsLeftAlone() throws {
    #expect(try words("LiMIted liaBilItY cOMPANy") == ["limited", "liability", "company"])
    #expect(try words("xInning LU") == ["xinning", "lu"])
    #expect(try words("iPhone") == ["iphone"])
  }
}
