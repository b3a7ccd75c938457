import Testing

@testable import SanctionsLists
import SanctionsSupport

/// Formats without a real file here (FollowTheMoney, custom lists) and small hand-made files
/// that exercise particular rules (OFAC sets, Windows-1252, folder walking, de-duplication).
@Suite("Format fixtures")
struct FormatFixtureTests {
  @Test func ofacCSVSetWithCompanions() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("ofac_set/SDN.CSV")])
    let report = loaded.onlyReport
    #expect(report.byType == [.organization: 1, .person: 1, .vessel: 1, .aircraft: 1])
    #expect(report.companionPaths.map { FileSystem.baseName($0) } == ["ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV"])
    // alt.csv row 999 has no primary record: counted and reported, not attached anywhere.
    let orphans = try #require(report.warnings.first { $0.location == .file("ALT.CSV") })
    guard case .orphanCompanionRows(count: 1, primary: "SDN.CSV", let examples) = orphans.issue else {
      Issue.record("expected orphan companion rows, got \(orphans)")
      return
    }
    #expect(examples.contains("999"))
    #expect(orphans.description.hasPrefix("ALT.CSV: 1 row for ent_nums not in SDN.CSV (e.g. "))

    let bank = loaded["ofac:101"]
    #expect(bank.names.map(\.value) == ["TEST BANK LTD", "TEST BANKING LIMITED", "TBL", "T.B. BANK", "OLD TEST BANK"])
    #expect(bank.names(.weakAka) == ["TBL", "T.B. BANK"])
    #expect(bank.names(.fka) == ["OLD TEST BANK"])
    #expect(bank.programs == ["SDGT", "IRGC"])
    #expect(bank.identifiers.contains(Identifier(kind: .taxID, value: "7744001497", country: Country(code: "RU", name: "Russia"))))
    #expect(bank.identifiers(.bic) == ["TESTRU2X"])
    #expect(bank.addresses == [Address(lines: ["1 Main Street", "Moscow 101000"], country: Country(code: "RU", name: "Russia"))])

    let doe = loaded["ofac:102"]
    #expect(doe.type == .person)
    #expect(doe.names(.fka) == ["DOE, Johnny"])
    #expect(doe.birthDates == [.exact(PartialDate(year: 1960, month: 1, day: 1)), .circa(PartialDate(year: 1961))])
    #expect(doe.birthPlaces == ["Baghdad, Iraq"])
    #expect(doe.nationalities == [Country(code: "IQ", name: "Iraq")])
    #expect(doe.citizenships == [Country(code: "JO", name: "Jordan")])
    #expect(doe.gender == .male)
    #expect(doe.identifiers.contains(
      Identifier(kind: .passport, value: "A1234567", country: Country(code: "IQ", name: "Iraq"),
                 note: "issued 01 Jan 2001 expires 01 Jan 2006")))
    #expect(doe.identifiers(.nationalID) == ["99887766"])
    #expect(doe.remarks.contains("Alias DOUGH, Jon: low quality"))

    let ship = loaded["ofac:103"]
    #expect(ship.identifiers(.imo) == ["9187629"])
    #expect(ship.identifiers(.mmsi) == ["422000000"])
    #expect(ship.identifiers(.callSign) == ["9BXY7"])
    #expect(ship.identifiers(.cryptoWallet) == ["1ABCxyz"])
    #expect(ship.vessel == VesselDetails(
      flag: Country(code: "IR", name: "Iran"), vesselType: "Crude Oil Tanker", tonnage: "150,000",
      grossRegisteredTonnage: "80,000", callSign: "9BXY7", owner: "NITC"))

    // sdn_comments.csv continues the truncated remark of 104 mid-word.
    let jet = loaded["ofac:104"]
    #expect(jet.type == .aircraft)
    #expect(jet.identifiers.contains { $0.kind == .other("Registration Number") && $0.value == "555" })
    #expect(jet.identifiers.contains { $0.kind == .other("Aircraft MSN") && $0.value == "1234" })
  }

  @Test func followTheMoneyEntities() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("ftm/entities.ftm.json")])
    let report = loaded.onlyReport
    #expect(report.format == .followTheMoneyJSON)
    #expect(report.records == 7)
    #expect(report.byType == [.person: 1, .organization: 1, .vessel: 1, .aircraft: 1])
    let schemas = report.warnings.compactMap { warning -> [ListWarning.SchemaCount]? in
      if case .schemasNotLoaded(let counts) = warning.issue { return counts }
      return nil
    }.first ?? []
    #expect(schemas.contains(ListWarning.SchemaCount(schema: "Address", count: 1)))
    #expect(schemas.contains(ListWarning.SchemaCount(schema: "Ownership", count: 1)))

    let person = loaded["ftm:NK-person-1"]
    #expect(person.primaryName == "Ivan Petrovich SIDOROV")
    #expect(person.names(.aka) == ["Ivan Sidorov", "Иван Петрович Сидоров"])
    #expect(person.names(.weakAka) == ["Vanya"])
    #expect(person.names(.fka) == ["Ivan Petrov"])
    #expect(person.birthDates == [.exact(PartialDate(year: 1965, month: 3, day: 14)), .year(1966)])
    #expect(person.nationalities.map(\.code) == ["RU"])
    #expect(person.citizenships.map(\.code) == ["CY"])
    #expect(person.gender == .male)
    #expect(person.identifiers(.passport) == ["720000001"])
    #expect(person.identifiers(.nationalID) == ["4500 123456"])
    #expect(person.identifiers(.taxID) == ["770000000001"])
    #expect(person.programs == ["EU Russia"])  // from the Sanction record
    #expect(person.listedOn == PartialDate(year: 2022, month: 2, day: 28))

    let company = loaded["ftm:NK-company-1"]
    #expect(company.identifiers(.bic) == ["SIDORU2X"])
    #expect(company.identifiers(.taxID) == ["7700000002"])
    let vessel = loaded["ftm:NK-vessel-1"]
    #expect(vessel.identifiers(.imo) == ["9300001"])
    #expect(vessel.identifiers(.mmsi) == ["273000001"])
    #expect(vessel.vessel?.flag?.code == "RU")
    #expect(loaded["ftm:NK-plane-1"].type == .aircraft)
  }

  @Test func customCSV() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("custom/watchlist.csv")])
    #expect(loaded.onlyReport.format == .customCSV)
    let acme = loaded["custom:W-1"]
    #expect(acme.primaryName == "ACME, Shell & Co")
    #expect(acme.type == .organization)
    #expect(acme.names(.aka) == ["ACME SHELL", "ACME HOLDINGS"])
    #expect(acme.names(.fka) == ["ACME TRADING"])
    #expect(acme.remarks == ["Added after the \"March\" review, two lines of remarks"])
    let maria = loaded["custom:W-2"]
    #expect(maria.names(.originalScript) == ["Мария Гонсалес"])
    #expect(maria.birthDates == [.exact(PartialDate(year: 1980, month: 5, day: 17)), .circa(PartialDate(year: 1981))])
    #expect(maria.nationalities.map(\.code) == ["ES", "MX"])
    let holder = loaded["custom:W-3"]
    #expect(holder.type == .unknown)
    #expect(holder.names(.weakAka) == ["The Boss"])
  }

  @Test func customJSONLinesAndArray() throws {
    let lines = try ListLoader.load(paths: [Paths.fixture("custom/watchlist.jsonl")])
    #expect(lines.onlyReport.format == .customJSONLines)
    #expect(lines["custom:J-1"].names(.aka) == ["Petra Nowak"])
    #expect(lines["custom:J-1"].nationalities.map(\.code) == ["CZ"])
    #expect(lines["custom:J-2"].names(.aka) == ["Blue Ocean", "BOS"])
    #expect(lines["custom:J-2"].type == .organization)

    let array = try ListLoader.load(paths: [Paths.fixture("custom/names.json")])
    #expect(array.entities.map(\.primaryName) == ["ALPHA NAME", "BETA NAME", "GAMMA NAME"])
    #expect(array.entities.map(\.id) == ["custom:names:1", "custom:names:2", "custom:names:4"])
    #expect(array.onlyReport.warnings == [ListWarning(.emptyNames(count: 1))])
    #expect(array.onlyReport.warnings.map(\.description) == ["1 empty names in the array were not loaded"])
  }

  @Test func ukLegacyWindows1252() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("uk_legacy.csv")])
    let report = loaded.onlyReport
    #expect(report.format == .ukOFSICSV)
    #expect(report.published == PartialDate(year: 2018, month: 3, day: 14))
    let person = loaded["uk:9001"]
    #expect(person.primaryName == "René O’NEIL")  // 0x92 is a right single quotation mark
    #expect(person.names(.aka) == ["René ONEILL"])
    #expect(person.birthDates == [.year(1970)])
    #expect(person.nationalities.map(\.code) == ["IE", "FR"])
    #expect(person.identifiers(.passport) == ["123456"])
    #expect(loaded["uk:9002"].primaryName == "CAFÉ TRADING")
    #expect(loaded["uk:9002"].type == .organization)
  }

  @Test func unFixtureEntitiesAndReferences() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("entities_un.xml")])
    let anna = loaded["un:TSi.001"]
    #expect(anna.primaryName == "ANNA O'BRIEN & SONS")
    #expect(anna.names(.originalScript) == ["Анна"])
    #expect(anna.names.contains(EntityName("Annie", kind: .aka, quality: .low)))
    #expect(anna.remarks == ["Uses <angle> brackets & ampersands"])
    #expect(anna.birthDates == [.circa(PartialDate(year: 1970)), .range(from: PartialDate(year: 1971), to: PartialDate(year: 1972))])
    #expect(anna.listedOn == PartialDate(year: 2020, month: 2, day: 29))
    #expect(loaded["un:TSe.001"].names(.fka) == ["OLD TRADING CO"])
  }

  @Test func walkingAFolderSkipsNonListsWithWarnings() throws {
    let loaded = try ListLoader.load(paths: [Paths.fixture("walk")])
    #expect(loaded.reports.map { FileSystem.baseName($0.path) } == ["names.json"])
    #expect(Set(loaded.skipped.map { FileSystem.baseName($0.path) }) == ["README.md", "names.metadata.json"])
    #expect(loaded.skipped.allSatisfy { if case .notAList = $0.reason { true } else { false } })
    #expect(loaded.skipped.allSatisfy { $0.reason.description.hasPrefix("not a list: ") })
  }

  @Test func walkingSkipsIncompleteOFACSets() throws {
    let loaded = try ListLoader.load(paths: [Paths.real("ofac_sdn")])
    #expect(loaded.reports.map(\.path) == [Paths.real("ofac_sdn/2024-05-03/sdn.csv")])
    #expect(loaded.skipped.map(\.path) == [Paths.real("ofac_sdn/2025-12"), Paths.real("ofac_sdn/2026-06")])
    #expect(loaded.skipped.allSatisfy { if case .incompleteOFACSet(_, missing: "sdn.csv") = $0.reason { true } else { false } })
  }

  @Test func newerPublicationWins() throws {
    // Old file named last: the 2026 file still wins every shared id.
    let loaded = try ListLoader.load(paths: [Paths.real("un/consolidated.xml"), Paths.real("un/consolidated_2024-11-30.xml")])
    let ids = loaded.entities.map(\.id)
    #expect(Set(ids).count == ids.count)
    let newer = try #require(loaded.reports.first { $0.published == PartialDate(year: 2026, month: 2, day: 27) })
    let older = try #require(loaded.reports.first { $0.published == PartialDate(year: 2024, month: 11, day: 30) })
    #expect(newer.superseded == 0)
    #expect(older.superseded > 0)
    let replaced = older.warnings.compactMap { warning -> (path: String, rule: ListWarning.ReplacementRule)? in
      if case .replaced(_, _, let path, let rule) = warning.issue { return (path, rule) }
      return nil
    }
    #expect(replaced.map(\.path) == [Paths.real("un/consolidated.xml")])
    #expect(replaced.map(\.rule) == [.newerPublication(PartialDate(year: 2026, month: 2, day: 27), than: PartialDate(year: 2024, month: 11, day: 30))])
    #expect(older.warnings.contains { $0.description.contains("newer") && $0.description.contains("consolidated.xml") })
    // Every id of the 2026 file comes from the 2026 file.
    for entity in unList.entities { #expect(loaded.entity(id: entity.id) == entity) }
    // The older file's other entities were withdrawn since: left out, and counted.
    #expect(older.withdrawn == older.entities - older.superseded)
    #expect(older.screened == 0)
    #expect(loaded.entities.count == 1_003)
  }
}
