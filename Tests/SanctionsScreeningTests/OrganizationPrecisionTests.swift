import SanctionsLists
import SanctionsMatching
import SanctionsScreening
import Testing

/// Precision on customer files: companies and people who are on no list do
/// not alert against UN + OFAC SDN, for each mechanism that used to make them
/// alert; listed companies written differently still do.
@Suite("Precision on company and person names")
struct OrganizationPrecisionTests {
  let screener = SharedLists.unAndSDNScreener

  func matches(_ name: String, _ kind: PartyKind) throws -> [ScreeningMatch] {
    try screener.screen(ScreeningQuery(name: name, kind: kind))
  }

  /// Customer names of nobody listed, and the listed name each used to
  /// alert on, with the mechanism.
  static let customers: [(name: String, kind: PartyKind, listed: String, mechanism: String)] = [
    ("Axa", .organization, "AL-AQSA", "short words alike in sound but two letters apart"),
    ("Centrica", .organization, "LLC TSENTRTEKHKHIMMASH", "a translated stem inside a compound word"),
    ("Energizer", .organization, "ENERGOSPECMONTAZH JSC", "a translated stem inside a compound word"),
    ("GE Aerospace", .organization, "LIMITED LIABILITY COMPANY KOSMOSAVIA", "translation equivalents as identity"),
    ("Tokai Carbon", .organization, "LIMITED LIABILITY COMPANY CARBON", "an unmatched distinctive word"),
    ("Alfa Laval", .organization, "ALFA LIMITED LIABILITY COMPANY", "an unmatched distinctive word"),
    ("Labcorp", .organization, "LIMITED LIABILITY COMPANY LAB SERVICE", "a legal form glued to a short word"),
    ("KLA Corporation", .organization, "JOINT STOCK COMPANY CLASS", "a typo between short words"),
    ("Maas NV", .organization, "MAK", "a typo between short words"),
    ("Desarrollo Internacionales S.L.N.E", .organization, "E. S. Co.", "single letters as evidence"),
    ("Amnesty International", .organization, "JUNIOR INTERNATIONAL SA", "a title dropped inside a company name"),
    ("Woods Group", .organization, "GRUPO W S.A.", "a single letter as an initial in a company name"),
    ("Accor", .organization, "AGOR DMCC", "one short brand word spelt another way"),
    ("Martin LLC", .organization, "MARTIN", "a company against a person"),
    ("Lucia Kim", .person, "QUEEN LUCA", "a typo between short words"),
    ("Mary Rahman", .person, "MAKKI, Rahman", "a typo between short words"),
  ]

  @Test("customer names stay below the threshold against the names they used to alert on", arguments: customers)
  func customerDoesNotAlert(_ customer: (name: String, kind: PartyKind, listed: String, mechanism: String)) throws {
    let found = try matches(customer.name, customer.kind).map(\.matchedName)
    #expect(!found.contains(customer.listed), "\(customer.mechanism): \(customer.name) → \(customer.listed)")
  }

  /// Listed companies written as customers and analysts write them.
  static let listed: [(name: String, expected: String, variation: String)] = [
    ("Salavat Chemical Plant", "ofac:35355", "legal form dropped"),
    ("JSC SALAVAT CHEMICAL PLANT", "ofac:35355", "legal form abbreviated"),
    ("Khatam al-Anbiya Construction Headquaters", "un:IRe.036", "typo in a long word"),
    ("LIMITED LIABILITY COMANY AVANTAGE ENGINEERING", "ofac:47428", "typo in the legal form"),
    ("LIMITED LIABILITY COMPANYPROFLAB", "ofac:48847", "legal form glued to the name, a letter left out"),
    ("Tula Arms Plant Imperial", "ofac:47736", "words reordered"),
    ("Роснефть Трейдинг", "ofac:18299", "transliterated"),
    ("NATIONAL IRANAIN TANKER COMPANY", "ofac:15117", "typo in a generic word"),
    ("KORYOO BANK", "ofac:20572", "a letter doubled in a short word"),
    ("Bank Mellat", "ofac:25019", "identical"),
  ]

  @Test("listed companies written differently still alert", arguments: listed)
  func listedCompanyAlerts(_ company: (name: String, expected: String, variation: String)) throws {
    let found = try matches(company.name, .organization).map(\.entityID)
    #expect(found.contains(company.expected), "\(company.variation): \(company.name)")
  }
}
