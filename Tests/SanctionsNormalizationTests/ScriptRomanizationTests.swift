import Testing

@testable import SanctionsNormalization

/// Real names of listed or public persons and organizations in their own
/// scripts, with the Latin spelling official lists print (BGN/PCGN, UNGEGN,
/// pinyin, McCune–Reischauer / Revised Romanization, Hepburn, ISO 15919).
let scriptCases: [ScriptCase] = [
  // Latin with diacritics
  .init("Müller", "muller", .latin),
  .init("José Martí Pérez", "jose marti perez", .latin),
  .init("François Hollande", "francois hollande", .latin),
  .init("Łukasz Żółć", "lukasz zolc", .latin),
  .init("Recep Tayyip Erdoğan", "recep tayyip erdogan", .latin),
  .init("Nicolás Maduro Moros", "nicolas maduro moros", .latin),
  .init("Søren Kierkegaard", "soren kierkegaard", .latin),
  .init("Ştefan Ţiriac", "stefan tiriac", .latin),
  .init("Đorđe Balašević", "dorde balasevic", .latin),
  .init("Straße", "strasse", .latin),
  // Cyrillic: Russian
  .init("Владимир Путин", "vladimir putin", .cyrillic),
  .init("Сергей Шойгу", "sergey shoygu", .cyrillic),
  .init("Дмитрий Медведев", "dmitriy medvedev", .cyrillic),
  .init("Рамзан Кадыров", "ramzan kadyrov", .cyrillic),
  .init("Евгений Пригожин", "yevgeniy prigozhin", .cyrillic),
  .init("Алишер Усманов", "alisher usmanov", .cyrillic),
  .init("Роман Абрамович", "roman abramovich", .cyrillic),
  .init("Игорь Сечин", "igor sechin", .cyrillic),
  .init("Юрий Ковальчук", "yuriy kovalchuk", .cyrillic),
  .init("ПАО НК Роснефть", "pao nk rosneft", .cyrillic),
  // Cyrillic: Ukrainian, Belarusian, Serbian
  .init("Віктор Янукович", "viktor yanukovych", .cyrillic),
  .init("Микола Азаров", "mykola azarov", .cyrillic),
  .init("Юлія Тимошенко", "yuliya tymoshenko", .cyrillic),
  .init("Петро Порошенко", "petro poroshenko", .cyrillic),
  .init("Володимир Зеленський", "volodymyr zelenskyy", .cyrillic),
  .init("Аляксандр Лукашэнка", "alyaksandr lukashenka", .cyrillic),
  .init("Віктар Шэйман", "viktar sheyman", .cyrillic),
  .init("Слободан Милошевић", "slobodan milosevic", .cyrillic),
  // Greek
  .init("Αλέξης Τσίπρας", "alexis tsipras", .greek),
  .init("Κυριάκος Μητσοτάκης", "kyriakos mitsotakis", .greek),
  .init("Γιάννης Βαρουφάκης", "giannis varoufakis", .greek),
  // Arabic (consonant skeletons: short vowels are unwritten)
  .init("محمد", "mhmd", .arabic),
  .init("رياض محمد حسن محمد الحجازي", "ryad mhmd hsn mhmd alhjazy", .arabic),
  .init("صدام حسين", "sdam hsyn", .arabic),
  .init("عبد الرحمن", "abd alrhmn", .arabic),  // the initial ʿayn is heard as a vowel
  // Persian (the ZWNJ inside a word joins it)
  .init("حسین موسوی", "hsyn mwswy", .arabic),
  .init("محمود احمدی‌نژاد", "mhmwd ahmdynzhad", .arabic),
  // Hebrew
  .init("בנימין נתניהו", "bnymyn ntnyhw", .hebrew),
  .init("משה יעלון", "msh ylwn", .hebrew),
  // Chinese (one token per syllable)
  .init("习近平", "xi jin ping", .han),
  .init("毛泽东", "mao ze dong", .han),
  .init("李克强", "li ke qiang", .han),
  .init("王毅", "wang yi", .han),
  .init("郭文贵", "guo wen gui", .han),
  .init("胡锦涛", "hu jin tao", .han),
  // Korean (one token per syllable)
  .init("김정은", "kim jong un", .hangul),
  .init("김정일", "kim jong il", .hangul),
  .init("김여정", "kim yo jong", .hangul),
  .init("리영길", "ri yong gil", .hangul),
  .init("최룡해", "choe ryong hae", .hangul),
  .init("김일성", "kim il song", .hangul),
  .init("박정천", "pak jong chon", .hangul),
  // Japanese kana
  .init("ウサマ・ビン・ラディン", "usama bin radin", .katakana),
  .init("さとう ひろし", "sato hiroshi", .hiragana),
  .init("トヨタ", "toyota", .katakana),
  // Georgian
  .init("მიხეილ სააკაშვილი", "mikheil saakashvili", .georgian),
  .init("ბიძინა ივანიშვილი", "bidzina ivanishvili", .georgian),
  // Armenian
  .init("Նիկոլ Փաշինյան", "nikol pashinyan", .armenian),
  .init("Սերժ Սարգսյան", "serzh sargsyan", .armenian),
  // Thai
  .init("ทักษิณ", "thaksin", .thai),
  // Devanagari
  .init("नरेंद्र मोदी", "narendra modi", .devanagari),
  .init("राहुल", "rahul", .devanagari),
  .init("अमित", "amit", .devanagari),
]

@Suite("Romanization of real names in their own scripts")
struct ScriptRomanizationTests {
  @Test("Every name yields the Latin spelling a list prints", arguments: scriptCases)
  func romanizes(_ testCase: ScriptCase) throws {
    expectTokens(testCase.name, testCase.tokens)
    let normalized = try normalizer.normalize(testCase.name)
    #expect(normalized.tokens.allSatisfy { $0.script == testCase.script })
  }

  @Test("The corpus covers at least 60 names in at least 12 scripts")
  func coverage() {
    #expect(scriptCases.count >= 60)
    #expect(Set(scriptCases.map(\.script)).count >= 12)
  }

  @Test("Russian BGN is preferred, the ISO-style reading kept as an alternative")
  func cyrillicAlternatives() throws {
    let shoigu = try normalizer.normalize("Сергей Шойгу")
    #expect(shoigu.primaryTokens == ["sergey", "shoygu"])
    #expect(shoigu.tokens[0].forms.contains("sergej"))
    #expect(shoigu.tokens[1].forms.contains("sojgu"))
  }

  @Test("German umlauts keep the spelled-out alternative")
  func umlauts() throws {
    let muller = try normalizer.normalize("Müller")
    #expect(muller.tokens.map(\.forms) == [["muller", "mueller"]])
  }

  @Test("Ukrainian names also get the Russian-style romanization")
  func ukrainianViaRussian() throws {
    // Зеленський is often printed via Russian rules as Zelenskiy.
    let name = try normalizer.normalize("Володимир Зеленський")
    #expect(name.tokens[1].forms.contains("zelenskiy"))
  }

  @Test("Korean names are readable as Kim Jong Un in every system")
  func koreanSystems() throws {
    let name = try normalizer.normalize("김정은")
    #expect(name.tokens[0].forms.contains("gim"))  // Revised Romanization
    #expect(name.tokens[1].forms.contains("jeong"))
    #expect(name.tokens[1].forms.contains("chong"))  // McCune–Reischauer
    #expect(name.tokens[2].forms.contains("eun"))
  }

  @Test("The Arabic article is also offered detached")
  func arabicArticle() throws {
    let name = try normalizer.normalize("الحجازي")
    #expect(name.tokens[0].forms == ["alhjazy", "hjazy"])
    let usama = try normalizer.normalize("أسامة")
    #expect(usama.tokens[0].forms.contains("asamh"))
    #expect(usama.tokens[0].forms.contains("asam"))
  }
}
