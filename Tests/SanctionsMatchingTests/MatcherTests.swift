import SanctionsMatching
import Testing

let matcher = NameMatcher()

func score(_ a: String, _ b: String, _ kind: PartyKind = .any) throws -> Double {
  try matcher.compare(a, b, kind: kind).score
}

/// A labelled pair with the behaviour it exercises.
struct Pair: CustomTestStringConvertible, Sendable {
  let a: String
  let b: String
  let kind: PartyKind
  let behaviour: String
  init(_ a: String, _ b: String, _ kind: PartyKind = .person, _ behaviour: String) {
    self.a = a
    self.b = b
    self.kind = kind
    self.behaviour = behaviour
  }
  var testDescription: String { "\(behaviour): \(a) / \(b)" }
}

/// Pairs that denote the same party: all must reach the 0.80 alert threshold.
let samePartyPairs: [Pair] = [
  // The pairs peers miss
  .init("Jon Smith", "John Smith", .person, "missing letter"),
  .init("Muammar Qadhafi", "Muammar Gaddafi", .person, "q/g, dh/dd"),
  .init("Aliaksandr Lukashenka", "Alexander Lukashenko", .person, "Belarusian vs Russian romanization"),
  .init("J. R. Smith", "John Robert Smith", .person, "initials"),
  .init("Kim Jong Un", "김정은", .person, "Korean"),
  .init("Xi Jinping", "习近平", .person, "Chinese"),
  .init("Osama bin Laden", "Usama bin Ladin", .person, "vowel variants"),
  .init("Jon Smith", "John Smyth", .person, "two spelling variants"),
  .init("Dzhokhar Tsarnaev", "Jokhar Tsarnaev", .person, "dzh/j"),
  // Typos and keyboard slips
  .init("Vladimir Putim", "Vladimir Putin", .person, "keyboard slip"),
  .init("Sergei Shoigu", "Sergie Shoigu", .person, "transposition"),
  // Order and comma form
  .init("PUTIN, Vladimir", "Vladimir Putin", .person, "SURNAME, Given"),
  .init("Putin Vladimir Vladimirovich", "Vladimir Vladimirovich Putin", .person, "reordered"),
  // Missing middle names and patronymics
  .init("Vladimir Putin", "Vladimir Vladimirovich Putin", .person, "missing patronymic"),
  .init("Mario Castro", "Mario Alberto Jimenez Castro", .person, "missing middle names"),
  // Titles and honorifics
  .init("Sheikh Mohammed bin Rashid Al Maktoum", "Mohammed bin Rashid Al Maktoum", .person, "sheikh"),
  .init("Dr. Ayman al-Zawahiri", "Ayman al-Zawahiri", .person, "doctor"),
  .init("Mullah Mohammad Omar", "Mohammad Omar", .person, "mullah"),
  .init("General Qasem Soleimani", "Qasem Soleimani", .person, "rank"),
  .init("Haji Abdul Basir", "Abdul Basir", .person, "haji"),
  // Particles and joined forms
  .init("Abdul Rahman Yasin", "Abdulrahman Yasin", .person, "Abdul Rahman joined"),
  .init("Abd al-Rahman Yasin", "Abdulrahman Yasin", .person, "Abd al- joined"),
  .init("Ayman al-Zawahiri", "Ayman Zawahiri", .person, "article dropped"),
  .init("Ayman el-Zawahiri", "Ayman al-Zawahiri", .person, "al/el"),
  .init("Hamza bin Laden", "Hamza ibn Laden", .person, "bin/ibn"),
  .init("JSC ARGUMENT", "JSCARGUMENT", .organization, "legal form glued"),
  .init("Sea Dragon", "Seadragon", .vessel, "split word"),
  // Transliteration variants
  .init("Mohammed Hassan", "Muhammad Hasan", .person, "Mohammed/Muhammad"),
  .init("Mohamed Ali Hassan", "Mohd Ali Hassan", .person, "Mohd"),
  .init("Yusuf Ahmed Qasim", "Yousef Ahmed Kasim", .person, "Yusuf/Yousef, q/k"),
  .init("Oleg Smirnov", "Oleg Smirnoff", .person, "-ov/-off"),
  .init("Ghassan Haddad", "Gassan Haddad", .person, "gh/g"),
  .init("Youssef Karim", "Yusef Karim", .person, "ou/u"),
  .init("Dmitriy Medvedev", "Dmitri Medvedev", .person, "y/i"),
  .init("Aleksandr Chernov", "Aleksandr Tchernov", .person, "ch/tch"),
  .init("Khalid Mansour", "Halid Mansour", .person, "kh/h"),
  .init("Jamal Khashoggi", "Djamal Khashoggi", .person, "j/dj"),
  .init("Jamal Khashoggi", "Dzhamal Khashoggi", .person, "j/dzh"),
  // Given-name equivalents across languages
  .init("Pavlo Zima", "Pavel Zima", .person, "Ukrainian/Russian given name"),
  .init("Siarhei Aliakseevich Kalinouski", "Sergei Alekseevich Kalinovsky", .person, "Belarusian/Russian"),
  // Across scripts
  .init("Владимир Путин", "Vladimir Putin", .person, "Cyrillic"),
  .init("Сергей Шойгу", "Sergei Shoigu", .person, "Cyrillic BGN vs common spelling"),
  .init("Віктор Янукович", "Viktor Yanukovych", .person, "Ukrainian"),
  .init("Аляксандр Лукашэнка", "Alexander Lukashenko", .person, "Belarusian"),
  .init("رياض محمد حسن محمد الحجازي", "Raed Muhammad Hasan Muhammad Hijazi", .person, "Arabic"),
  .init("حسین موسوی", "Hossein Mousavi", .person, "Persian"),
  .init("بنيامين نتنياهو", "Benjamin Netanyahu", .person, "Arabic spelling of a Hebrew name"),
  .init("בנימין נתניהו", "Binyamin Netanyahu", .person, "Hebrew"),
  .init("Αλέξης Τσίπρας", "Alexis Tsipras", .person, "Greek"),
  .init("მიხეილ სააკაშვილი", "Mikheil Saakashvili", .person, "Georgian"),
  .init("Նիկոլ Փաշինյան", "Nikol Pashinyan", .person, "Armenian"),
  .init("김여정", "Kim Yo Jong", .person, "Korean"),
  .init("毛泽东", "Mao Zedong", .person, "Chinese"),
  // Homoglyphs and invisible characters
  .init("Vl\u{0430}dimir \u{0420}utin", "Vladimir Putin", .person, "Cyrillic look-alikes"),
  .init("VT\u{0412} LEASING", "VTB LEASING", .organization, "capital look-alike"),
  .init("Osa\u{200B}ma bin La\u{00AD}den", "Osama bin Laden", .person, "invisible characters"),
  // Legal forms as equivalences
  .init("Argument LLC", "OOO Argument", .organization, "LLC/OOO"),
  .init("Argument Limited Liability Company", "ООО Аргумент", .organization, "spelled out vs Cyrillic"),
  .init("Rosneft Oil Co.", "ПАО НК Роснефть", .organization, "PJSC/Co."),
  .init("Sberbank JSC", "Public Joint Stock Company Sberbank", .organization, "JSC spelled out"),
  .init("Orion Trading Ltd", "Orion Trading Limited", .organization, "Ltd/Limited"),
  // Vessels
  .init("Ocean Star 2", "OCEAN STAR 2", .vessel, "same number"),
  // Organization names as customers and analysts write them
  .init("Imperial Tula Arms Plant", "Public Joint Stock Company Imperial Tula Arms Plant", .organization, "legal form dropped"),
  .init("Limited Liability Comany Avantage Engineering", "Limited Liability Company Avantage Engineering", .organization, "typo in the legal form"),
  .init("Joint Stockcompany Kredo", "Joint Stock Company Kredo", .organization, "legal-form words run together"),
  .init("Northern Shipping Comp", "Joint Stock Company Northern Shipping Company", .organization, "legal form cut off"),
  .init("Khatam al-Anbiya Construction Headquaters", "Khatam al-Anbiya Construction Headquarters", .organization, "typo in a long word"),
  .init("Челябинский металлургический комбинат", "Chelyabinsk Metallurgical Plant", .organization, "Russian cognates and translation"),
  .init("Фонд стратегической культуры", "Strategic Culture Foundation", .organization, "Russian cognates"),
  .init("Garantex Europe OU", "ГАРАНТЕКС", .organization, "place word and Estonian legal form"),
  .init("Osar Ventures", "Oscar Ventures", .organization, "a letter left out of a short word"),
  .init("E. S. Co.", "E S Company", .organization, "the same initials"),
  .init("I.R.G.C.", "IRGC", .organization, "dotted acronym"),
  .init("احمد فاضلیان", "Ahmad Fazelian", .person, "Persian letters transcribed"),
  .init("کیومرث حیدری", "Kiyumars Heidari", .person, "Persian long vowels written"),
  .init("مبارك مشخص سند مبارك البذال", "Mubarak Mushakhas Sanad Mubarak al-Bathali", .person, "Arabic dh as th"),
  .init("عبد السلام فجر محمود", "Abdul-Salam Fajr Mahmoud", .person, "abd compound written apart on both sides"),
  .init("مرتضی میرزایی", "Morteza Mirzai", .person, "Persian final yeh read a, doubled yeh"),
  .init("فارس الشهابي", "Fares Chehabi", .person, "article left out before a sun letter"),
  .init("ינון לוי", "Yinon Levy", .person, "Hebrew matres lectionis"),
  .init("Neiriz Steel", "Neyriz Steel", .organization, "a brand spelt alike, every other word agreeing"),
  .init("Wali Jan", "WALIJAN", .person, "one name written as one word and as two"),
  .init("مطيع الله", "MATIULLAH", .person, "one Arabic name written as two words"),
  .init("جمال لونيسي", "Djamel Lounici", .person, "French spelling of Arabic letters"),
  .init("Ocean Star II", "OCEAN STAR 2", .vessel, "Roman numeral"),
  .init("1st Capital Holding", "First Capital Holding", .organization, "ordinal"),
  .init("OsamaBinLaden", "Usama bin Ladin", .person, "camel case"),
  .init("SberbankAG", "Sberbank", .organization, "legal form glued in camel case"),
  .init("Sasha Ivanov", "Aleksandr Ivanov", .person, "Russian diminutive"),
  .init("Bill Clinton", "William Clinton", .person, "English diminutive"),
  .init("Presidente Nicolás Maduro", "Nicolas Maduro", .person, "title in Spanish"),
  .init("Генерал Касем Сулеймани", "Qasem Soleimani", .person, "title in Russian"),
]

/// Pairs that denote different parties: all must stay below 0.80.
let differentPartyPairs: [Pair] = [
  .init("Bank of America", "Bank of China", .organization, "shared generic words"),
  .init("Ocean Star 2", "Ocean Star 3", .vessel, "different numbers"),
  .init("Jane Doe", "Jan Lahore", .person, "similar given name only"),
  .init("Dominguez", "Jimenez", .person, "similar endings"),
  .init("Khamis Al", "Khamis Al-Obaidi", .any, "one part and a particle"),
  .init("Mohammed Ali", "Mohammedali Hussein", .person, "a joined name against one part of two"),
  .init("Vladimir Putin", "Vladimir Patna", .person, "different surname"),
  .init("Sergey Vladimirovich Savostyanov", "Sergey Vladimirovich Naryshkin", .person, "shared given name and patronymic"),
  .init("Mohammed Ali", "Mohammed Hussein", .person, "common given name only"),
  .init("Alfa Bank", "Alfa Leasing", .organization, "different line of business"),
  .init("Viktor Yanukovych", "Aleksandr Viktorovich Yanukovych", .person, "father's name is not the given name"),
  .init("Airbus A320", "Airbus A321", .aircraft, "different model"),
  .init("Tokai Carbon", "Carbon LLC", .organization, "an unmatched distinctive word"),
  .init("Morgan LLC", "Morgan Additives Manufacturing Co.", .organization, "an unmatched distinctive word on the list side"),
  .init("Miller PLC", "Milur SA", .organization, "a short brand with a typo"),
  .init("Pichon", "Pochon Shipping & Management", .organization, "a short brand spelt another way"),
  .init("Northwest Bank", "North East Asia Bank", .organization, "generic and place words only"),
  .init("Diez y Pla S.L.N.E", "E. S. Co.", .organization, "single letters of a legal form"),
  .init("Woods Group", "Grupo W S.A.", .organization, "a letter in a company name is no initial"),
  .init("Labcorp", "Lab Service LLC", .organization, "legal form glued to a short word"),
  .init("Centrica", "Tsentrtekhkhimmash LLC", .organization, "a translated stem inside a compound"),
  .init("The Qt Company", "The Youth", .organization, "a stop word"),
  .init("Kim Lucia", "Queen Luca", .person, "a typo between short words"),
  .init("Duran Ltd.", "Douran Software Technologies", .organization, "a brand spelt alike, and words the other lacks"),
  .init("Corio", "Air Koryo", .organization, "a brand that sounds alike, and a word the other lacks"),
  .init("Linde Gas", "Limited Liability Company Gazprom Linde Engineering", .organization, "a brand is no translation of a generic word"),
  .init("امیر علی", "Omar Ali", .person, "a written long vowel does not vanish (amir / omar)"),
  .init("شامل قصير", "Samer Qasir", .person, "a written letter does not vanish (shamil / samer)"),
  .init("ساجد خان", "Said Khan", .person, "a written letter does not vanish in a short word (sajid / said)"),
  .init("ناعم الشايع", "Song Nam Choe", .person, "loose transcriptions of short words"),
  .init("الدكتور أحمد أبو شلبك", "Ahmed, A", .person, "a title, and a kunya is not an initial"),
]

@Suite("Name matcher behaviours")
struct MatcherBehaviourTests {
  @Test("Same party at or above 0.80", arguments: samePartyPairs)
  func sameParty(_ pair: Pair) throws {
    let result = try matcher.compare(pair.a, pair.b, kind: pair.kind)
    #expect(result.score >= 0.80, "\(result.text)")
  }

  @Test("Different parties below 0.80", arguments: differentPartyPairs)
  func differentParties(_ pair: Pair) throws {
    let result = try matcher.compare(pair.a, pair.b, kind: pair.kind)
    #expect(result.score < 0.80, "\(result.text)")
  }

  @Test("Identical names score 1")
  func identical() throws {
    #expect(try score("Vladimir Putin", "Vladimir Putin", .person) == 1)
    #expect(try score("Rosneft", "ROSNEFT") == 1)
  }

  @Test("Scores are deterministic, in [0, 1] and symmetric")
  func invariants() throws {
    let names = (samePartyPairs + differentPartyPairs).flatMap { [$0.a, $0.b] }
    for (index, a) in names.enumerated() {
      let b = names[(index * 7 + 3) % names.count]
      let first = try score(a, b)
      #expect(first >= 0 && first <= 1)
      #expect(try score(a, b) == first)
      #expect(abs(try score(b, a) - first) < 1e-9, "\(a) / \(b)")
    }
  }
}

@Suite("Explanations")
struct ExplanationTests {
  @Test("Each aligned pair says how it was compared")
  func methods() throws {
    let result = try matcher.compare("Dr. Mohamed Qasim al-Rahman Smirnoff", "Muhammad Kasim Rahman Smirnov", kind: .person)
    let methods = Dictionary(result.alignments.map { ($0.right, $0.method) }, uniquingKeysWith: { a, _ in a })
    #expect(methods["muhammad"] == .equivalentName)
    #expect(methods["smirnov"] == .phonetic)
    #expect(methods["rahman"] == .exact)
    #expect(result.ignoredTitles == ["dr"])
  }

  @Test("What lowered the score is named")
  func penalties() throws {
    let numbers = try matcher.compare("Ocean Star 2", "Ocean Star 3", kind: .vessel)
    #expect(numbers.penalties.contains { $0.description.contains("numbers differ") })
    let onePart = try matcher.compare("Khamis Al", "Khamis Al-Obaidi", kind: .person)
    #expect(!onePart.penalties.isEmpty)
    #expect(onePart.unmatchedRight == ["obaidi"])
  }

  @Test("Cross-script alignments show the original tokens")
  func crossScript() throws {
    let result = try matcher.compare("Владимир Путин", "Vladimir Putin", kind: .person)
    #expect(result.alignments.map(\.left).sorted() == ["владимир", "путин"])
    #expect(result.text.contains("путин ~ putin"))
  }
}

@Suite("Evidence weights")
struct WeightTests {
  @Test("Parts that are common in the loaded lists weigh less")
  func corpusWeights() throws {
    // In a corpus where "trading" appears everywhere and "zenith" once, a
    // name sharing only "trading" is far from one sharing "zenith".
    let normalizer = SanctionsNormalizationAccess.normalizer
    let corpus = try (0..<200).map { try normalizer.normalize("Company\($0) Trading") }
      + [try normalizer.normalize("Zenith Trading")]
    let weighted = NameMatcher(weights: TokenWeights(corpus: corpus))
    let rare = try weighted.compare("Zenith Trading", "Zenith Holdings", kind: .organization).score
    let common = try weighted.compare("Zenith Trading", "Apex Trading", kind: .organization).score
    #expect(rare > common + 0.3)
    #expect(common < 0.5)
  }
}

/// A name wrapped in bidi overrides matches the listed name it displays as (and, when it is
/// the listed name's characters in stored order, that too).
@Suite struct BidiOverrideMatchTests {
  @Test func displayedAndStoredReadingsBothMatch() throws {
    #expect(try score("\u{202E}nidaL nib amasU\u{202C}", "Usama bin Ladin") >= 0.99)
    // The stored reading is an alternative form of each displayed token: a transliteration-level match.
    #expect(try score("\u{202E}Usama bin Ladin\u{202C}", "Usama bin Ladin") >= 0.95)
    #expect(try score("\u{2066}Usama bin Ladin\u{2069}", "Usama bin Ladin") >= 0.99)
  }
}
