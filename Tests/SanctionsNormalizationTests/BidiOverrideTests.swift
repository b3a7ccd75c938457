import Testing

@testable import SanctionsNormalization

/// Names with bidirectional override controls are read as displayed, and still as stored.
@Suite struct BidiOverrideTests {
  let normalizer = NameNormalizer()

  func primaries(_ name: String) throws -> [String] { try normalizer.normalize(name).tokens.map(\.primary) }

  @Test func reversedLatinInsideRLOReadsInDisplayOrder() throws {
    let name = try normalizer.normalize("\u{202E}nidaL nib amasU\u{202C}")
    #expect(name.tokens.map(\.primary) == ["usama", "bin", "ladin"])
    // The stored order stays an alternative form of each token.
    #expect(name.tokens.map(\.forms) == [["usama", "amasu"], ["bin", "nib"], ["ladin", "nidal"]])
  }

  @Test func plainLatinInsideRLOKeepsItsStoredReading() throws {
    let name = try normalizer.normalize("\u{202E}Usama bin Ladin\u{202C}")
    #expect(name.tokens.flatMap(\.forms).contains("usama"))
    #expect(name.tokens.flatMap(\.forms).contains("ladin"))
  }

  @Test func partialSpanAndUnterminatedOverride() throws {
    #expect(try primaries("Usama \u{202E}nib\u{202C} Ladin") == ["usama", "bin", "ladin"])
    #expect(try primaries("Usama bin \u{202E}nidaL") == ["usama", "bin", "ladin"])
  }

  @Test func rightToLeftLettersInsideRLOKeepTheirLetterOrder() throws {
    // Display order is read left to right: the words come out in visual order, each Arabic
    // word's letters in their own (logical) order.
    #expect(try primaries("\u{202E}أسامة بن لادن\u{202C}") == primaries("أسامة بن لادن").reversed())
  }

  @Test func reversedArabicInsideLROReadsInDisplayOrder() throws {
    let reversed = String("أسامة".reversed())
    #expect(try primaries("\u{202D}\(reversed)\u{202C}") == primaries("أسامة"))
  }

  @Test func otherBidiControlsAreRemovedAndNamesWithoutOverridesAreUntouched() throws {
    #expect(try primaries("\u{2067}Usama\u{2069} \u{202B}bin\u{202C} Ladin\u{200F}") == ["usama", "bin", "ladin"])
    #expect(BidiDisplayOrder.displayOrder("Usama bin Ladin") == nil)
    #expect(BidiDisplayOrder.displayOrder("Müller") == nil)
  }
}
