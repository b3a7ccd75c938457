@testable import SanctionsMatching
import SanctionsNormalization
import Testing

/// Each preparation step alone, on a draft made from a real name.
@Suite("Name preparation steps")
struct NamePreparationTests {
  func draft(_ name: String, _ kind: PartyKind) throws -> NameDraft {
    NameDraft(try NameNormalizer().normalize(name), kind: kind, weights: .standard)
  }

  func words(_ draft: NameDraft) -> [String] { draft.words.map(\.primary) }

  @Test func surnameFirstOrderIsTurnedAround() throws {
    var person = try draft("KHAN, Karim Asad Ahmad", .person)
    NamePreparation.orderSurnameFirstNames(&person)
    #expect(words(person) == ["karim", "asad", "ahmad", "khan"])
    // Only for persons, and only with exactly one comma.
    var company = try draft("ROSNEFT, OIL CO", .organization)
    NamePreparation.orderSurnameFirstNames(&company)
    #expect(words(company) == ["rosneft", "oil", "co"])
    var twoCommas = try draft("KHAN, Karim, Asad", .person)
    NamePreparation.orderSurnameFirstNames(&twoCommas)
    #expect(words(twoCommas) == ["khan", "karim", "asad"])
  }

  @Test func titlesAreSetAsideBeforePersonNames() throws {
    var person = try draft("Sheikh Dr. Ayman al-Zawahiri", .person)
    NamePreparation.setAsideTitles(&person)
    #expect(words(person).first == "ayman")
    #expect(person.removedTitles.count == 2)
    // Never in organization names, never the last word.
    var company = try draft("Doctor Web", .organization)
    NamePreparation.setAsideTitles(&company)
    #expect(words(company) == ["doctor", "web"])
    var alone = try draft("Sheikh", .person)
    NamePreparation.setAsideTitles(&alone)
    #expect(words(alone) == ["sheikh"])
  }

  @Test func arabicScriptTitlesAreSetAside() throws {
    var mrs = try draft("السيدة بهجة الهدمي", .person)
    NamePreparation.setAsideTitles(&mrs)
    #expect(mrs.removedTitles == ["السيدة"])
    #expect(mrs.words.count == 2)
    // `السيد` is also a family name (al-Sayyid): kept before a single name.
    var family = try draft("السيد قيس", .person)
    NamePreparation.setAsideTitles(&family)
    #expect(family.removedTitles.isEmpty)
  }

  @Test func arabicCompoundsBecomeOneWord() throws {
    var servant = try draft("عبد السلام فجر محمود", .person)
    NamePreparation.joinArabicCompounds(&servant)
    #expect(servant.words.map(\.original) == ["عبد السلام", "فجر", "محمود"])
    var kunya = try draft("علاء الدين ابو عيد", .person)
    NamePreparation.joinArabicCompounds(&kunya)
    #expect(kunya.words.count == 3)
    // Latin spellings keep their parts (`A. Rahman`, `Rahman Abdul`).
    var latin = try draft("Abdul Rahman Khan", .person)
    NamePreparation.joinArabicCompounds(&latin)
    #expect(words(latin) == ["abdul", "rahman", "khan"])
  }

  @Test func splitLegalFormWordsAreMended() throws {
    var company = try draft("LIMITED LIABIL ITY COMPANY KOSMOS", .organization)
    NamePreparation.mendSplitLegalFormWords(&company)
    #expect(words(company) == ["limited", "liability", "company", "kosmos"])
  }

  @Test func legalFormsAreSetAside() throws {
    var anywhere = try draft("INTERNATIONAL COMPANY LLC ASTECLING", .organization)
    NamePreparation.setAsideUnambiguousLegalForms(&anywhere)
    #expect(words(anywhere) == ["international", "company", "astecling"])
    #expect(anywhere.legalForms == [.limitedLiability])
    var ends = try draft("Joint Stock Company Salavat Chemical Plant", .organization)
    NamePreparation.setAsideLegalFormPhrasesAtEnds(&ends)
    #expect(words(ends) == ["salavat", "chemical", "plant"])
    #expect(ends.legalForms == [.jointStock])
    // A name that is nothing but a legal form keeps it.
    var only = try draft("LLC", .organization)
    NamePreparation.setAsideUnambiguousLegalForms(&only)
    NamePreparation.setAsideLegalFormPhrasesAtEnds(&only)
    #expect(words(only) == ["llc"])
    // Persons have no legal forms.
    var person = try draft("Ivan Ooo", .person)
    NamePreparation.setAsideUnambiguousLegalForms(&person)
    #expect(words(person) == ["ivan", "ooo"])
  }

  @Test func tokensGetRolesWeightsAndNumbers() throws {
    var vessel = try draft("J. Ocean Star 2 bin Ladin", .any)
    NamePreparation.makeTokens(&vessel)
    #expect(vessel.numbers == [Array("2".utf8)])
    #expect(vessel.tokens.map(\.role) == [.initial, .name, .name, .particle, .name])
    #expect(vessel.tokens.map(\.span) == [1, 2, 4, 8, 16])
    #expect(vessel.tokens.last?.isLast == true)
    #expect(vessel.tokens[3].weight < vessel.tokens[4].weight)
    // A legal form glued to an organization's name is also offered without it.
    var glued = try draft("JSCARGUMENT", .organization)
    NamePreparation.makeTokens(&glued)
    #expect(glued.tokens[0].forms.contains(Array("argument".utf8)))
  }

  @Test func keysAndGroupsAreDerived() throws {
    var person = try draft("Pavlo Qadhafi", .person)
    NamePreparation.makeTokens(&person)
    NamePreparation.deriveKeys(&person)
    let pavel = try draft("Pavel", .person)
    var other = pavel
    NamePreparation.makeTokens(&other)
    NamePreparation.deriveKeys(&other)
    #expect(person.tokens[0].nameGroup != 0)
    #expect(person.tokens[0].nameGroup == other.tokens[0].nameGroup)
    #expect(person.tokens[1].keys.count == person.tokens[1].forms.count)
    #expect(!person.tokens[1].classKeys.isEmpty)
  }

  @Test func neighboursAreJoinedWithoutInitials() throws {
    var name = try draft("Sea Dragon J Shipping", .any)
    NamePreparation.makeTokens(&name)
    NamePreparation.deriveKeys(&name)
    NamePreparation.joinNeighbours(&name)
    #expect(name.joined.map(\.display) == ["sea dragon"])
    #expect(name.joined[0].forms[0] == Array("seadragon".utf8))
    #expect(name.joined[0].span == 0b11)
  }

  @Test func singleLettersOfCompaniesAreAcronyms() throws {
    var company = try draft("I.R.G.C. Holding", .organization)
    NamePreparation.joinAcronymLetters(&company)
    #expect(words(company) == ["irgc", "holding"])
    // A person's initials stay initials, also in a name of unknown kind.
    var person = try draft("J. R. R. Tolkien", .any)
    NamePreparation.joinAcronymLetters(&person)
    #expect(words(person) == ["j", "r", "r", "tolkien"])
  }

  @Test func numberWordsBecomeNumbers() throws {
    var vessel = try draft("Ocean Star II", .vessel)
    NamePreparation.readNumberWords(&vessel)
    #expect(words(vessel) == ["ocean", "star", "2"])
    var company = try draft("First 21st Century Bank", .organization)
    NamePreparation.readNumberWords(&company)
    #expect(words(company) == ["1", "21", "century", "bank"])
    var person = try draft("John Smith II", .person)
    NamePreparation.readNumberWords(&person)
    #expect(words(person) == ["john", "smith", "ii"])
  }

  @Test func mangledLegalFormWordsAreNotEvidence() throws {
    for name in ["Limited Liability Comany Kredo", "Joint Stockcompany Kredo", "Kredo Limtied", "Kredo Holding Comp"] {
      var company = try draft(name, .organization)
      NamePreparation.makeTokens(&company)
      let kredo = company.tokens.filter { $0.role == .name && !$0.isGeneric }.map(\.display)
      #expect(kredo == ["kredo"], "\(name)")
    }
    // An ordinary word near a legal-form word is a word (`kapital` / `capital`).
    var bank = try draft("Bank Torgovy Kapital ZAO", .organization)
    NamePreparation.setAsideLegalFormPhrasesAtEnds(&bank)
    NamePreparation.makeTokens(&bank)
    #expect(bank.tokens.contains { $0.display == "kapital" && $0.role == .name })
  }

  @Test func theStepsTogetherAreWhatPreparationGives() throws {
    let text = "Mr. KHAN, Karim Asad Ahmad 2"
    var manual = try draft(text, .person)
    for step in NamePreparation.steps { step.run(&manual) }
    let prepared = try NameMatcher().prepare(text, kind: .person)
    #expect(prepared.tokens.map(\.display) == manual.tokens.map(\.display))
    #expect(prepared.numbers == manual.numbers)
    #expect(Set(NamePreparation.steps.map(\.name)).count == NamePreparation.steps.count)
  }
}
