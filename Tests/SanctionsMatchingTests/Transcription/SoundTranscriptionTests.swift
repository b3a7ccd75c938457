@testable import SanctionsMatching
import Testing

/// Foreign names written in other scripts, as their writers transcribe
/// them, against the Latin spelling: general knowledge (names of public
/// persons and world cities), not a table the matcher reads.
@Suite("Sound transcription across scripts")
struct SoundTranscriptionTests {
  struct Case: CustomStringConvertible, Sendable {
    let written: String
    let latin: String
    let family: String
    var description: String { "\(family): \(written) / \(latin)" }
  }

  static let matches: [Case] = [
    .init(written: "ドナルド・トランプ", latin: "Donald Trump", family: "kana"),
    .init(written: "デンバー", latin: "Denver", family: "kana"),
    .init(written: "ロンドン", latin: "London", family: "kana"),
    .init(written: "ノヴォシビルスク", latin: "Novosibirsk", family: "kana"),
    .init(written: "도널드 트럼프", latin: "Donald Trump", family: "hangul"),
    .init(written: "런던", latin: "London", family: "hangul"),
    .init(written: "블라디보스토크", latin: "Vladivostok", family: "hangul"),
    .init(written: "特朗普", latin: "Trump", family: "hanzi"),
    .init(written: "伦敦", latin: "London", family: "hanzi"),
    .init(written: "都柏林", latin: "Dublin", family: "hanzi"),
    .init(written: "克林顿", latin: "Clinton", family: "hanzi"),
    .init(written: "ลอนดอน", latin: "London", family: "Thai"),
    .init(written: "Ντόναλντ Τραμπ", latin: "Donald Trump", family: "Greek"),
    .init(written: "Μπαράκ Ομπάμα", latin: "Barack Obama", family: "Greek"),
    .init(written: "डोनाल्ड ट्रम्प", latin: "Donald Trump", family: "Devanagari"),
    .init(written: "वाशिंगटन", latin: "Washington", family: "Devanagari"),
    .init(written: "ডোনাল্ড ট্রাম্প", latin: "Donald Trump", family: "Bengali"),
    .init(written: "டொனால்ட் டிரம்ப்", latin: "Donald Trump", family: "Tamil"),
    .init(written: "ዶናልድ ትራምፕ", latin: "Donald Trump", family: "Ethiopic"),
    .init(written: "დონალდ ტრამპი", latin: "Donald Trump", family: "Georgian"),
    .init(written: "Դոնալդ Թրամփ", latin: "Donald Trump", family: "Armenian"),
    .init(written: "Гонконг", latin: "Hong Kong", family: "Cyrillic"),
    .init(written: "ລອນດອນ", latin: "London", family: "Lao"),
    .init(written: "វ្ល៉ាឌីមៀ ពូទីន", latin: "Vladimir Putin", family: "Khmer"),
    .init(written: "ដូណាល់ ត្រាំ", latin: "Donald Trump", family: "Khmer"),
    .init(written: "ဗလာဒီမာ ပူတင်", latin: "Vladimir Putin", family: "Burmese"),
    .init(written: "ဒေါ်နယ် ထရမ့်", latin: "Donald Trump", family: "Burmese"),
    .init(written: "વ્લાદિમીર પુતિન", latin: "Vladimir Putin", family: "Gujarati"),
    .init(written: "ਵਲਾਦੀਮੀਰ ਪੂਤਿਨ", latin: "Vladimir Putin", family: "Gurmukhi"),
    .init(written: "ବ୍ଲାଡିମିର ପୁଟିନ", latin: "Vladimir Putin", family: "Oriya"),
    .init(written: "వ్లాదిమిర్ పుతిన్", latin: "Vladimir Putin", family: "Telugu"),
    .init(written: "ವ್ಲಾಡಿಮಿರ್ ಪುಟಿನ್", latin: "Vladimir Putin", family: "Kannada"),
    .init(written: "വ്ലാദിമിർ പുടിൻ", latin: "Vladimir Putin", family: "Malayalam"),
    .init(written: "ව්ලැඩිමීර් පුටින්", latin: "Vladimir Putin", family: "Sinhala"),
    .init(written: "ولادیمیر پوتین", latin: "Vladimir Putin", family: "Persian"),
    .init(written: "دونالد ترامب", latin: "Donald Trump", family: "Arabic"),
    .init(written: "דונלד טראמפ", latin: "Donald Trump", family: "Hebrew"),
  ]

  /// Different names in the same script.
  static let nonMatches: [Case] = [
    .init(written: "ロンドン", latin: "Lisbon", family: "kana"),
    .init(written: "ドナルド・トランプ", latin: "Ronald Reagan", family: "kana"),
    .init(written: "런던", latin: "Lisbon", family: "hangul"),
    .init(written: "伦敦", latin: "Lyon", family: "hanzi"),
    .init(written: "ลอนดอน", latin: "Lisbon", family: "Thai"),
    .init(written: "Ντόναλντ Τραμπ", latin: "Ronald Tramp", family: "Greek"),
    .init(written: "डोनाल्ड ट्रम्प", latin: "Daniel Trimble", family: "Devanagari"),
    .init(written: "Вена", latin: "Havana", family: "Cyrillic"),
    .init(written: "Омск", latin: "Tomsk", family: "Cyrillic"),
    .init(written: "Перес", latin: "Paris", family: "Cyrillic"),
  ]

  static let matcher = NameMatcher()

  @Test("a transcription agrees with the Latin name", arguments: matches)
  func transcriptionsAgree(_ pair: Case) throws {
    let explanation = try Self.matcher.compare(pair.written, pair.latin)
    #expect(explanation.score >= 0.8, "\(pair): \(explanation.text)")
  }

  @Test("another name in the same script does not", arguments: nonMatches)
  func otherNamesDoNot(_ pair: Case) throws {
    let explanation = try Self.matcher.compare(pair.written, pair.latin)
    #expect(explanation.score < 0.8, "\(pair): \(explanation.text)")
  }

  @Test("the explanation names the script's transcription")
  func explanationNamesScript() throws {
    let kana = try Self.matcher.compare("デンバー", "Denver")
    #expect(kana.alignments.map(\.rule) == ["kana transcription"])
    let hanzi = try Self.matcher.compare("都柏林", "Dublin")
    #expect(hanzi.alignments.map(\.rule) == ["hanzi transcription"])
    #expect(hanzi.text.contains("hanzi transcription"))
  }

  @Test("names of one script keep their own comparison")
  func sameScriptIsNotTranscribed() throws {
    let explanation = try Self.matcher.compare("Иркутск", "Ирбит")
    #expect(explanation.alignments.allSatisfy { !$0.rule.hasSuffix("transcription") })
  }

  @Test("a consonant of another class is another name")
  func consonantClassesDecide() {
    let similarity = SoundTranscription.similarity(
      Array("paris".utf8), .latin, Array("madis".utf8), .romanized,
      conventions: .init(vowelChanges: .loose, gapVowelsA: .all, gapVowelsB: .all, dropsPostvocalicR: true),
      minimum: 0.5)
    #expect(similarity == 0)
  }

  @Test("skeleton keys are shared exactly when the consonant classes agree")
  func skeletonKeys() {
    // Kana drop the `r` of Denver: its skeletons include one with an `L` more.
    let denba = SoundTranscription.skeletonHashes([Array("denba".utf8)], style: .kana, addsR: true, addsFinal: false)
    let rhoticDenba = SoundTranscription.skeletonHashes(
      [Array("denba".utf8)], style: .romanized, addsR: false, addsFinal: false)
    #expect(SoundTranscription.sharesSkeleton([Array("denver".utf8)], style: .latin, with: denba))
    #expect(!SoundTranscription.sharesSkeleton([Array("denver".utf8)], style: .latin, with: rhoticDenba))
    #expect(!SoundTranscription.sharesSkeleton([Array("lisbon".utf8)], style: .latin, with: denba))
    // Hanzi drop a final consonant: 巴貝多 babeiduo is Barbados.
    let babeiduo = SoundTranscription.skeletonHashes(
      [Array("babeiduo".utf8)], style: .pinyin, addsR: true, addsFinal: true)
    #expect(SoundTranscription.sharesSkeleton([Array("barbados".utf8)], style: .latin, with: babeiduo))
  }
}
