import Testing

@testable import SanctionsLists
import SanctionsSupport

/// Spot checks of real entities and the original-script guarantees.
@Suite("Real list entities")
struct RealListEntityTests {
  @Test func unQDi001() {
    let entity = unList["un:QDi.001"]
    #expect(entity.type == .person)
    #expect(entity.source == .unSecurityCouncil)
    #expect(entity.primaryName == "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE")
    #expect(entity.names(.originalScript) == ["محمد صلاح الدين عبدالحليم زيدان"])
    #expect(entity.names.contains(EntityName("Sayf-Al Adl", kind: .aka, quality: .good)))
    #expect(entity.names.contains(EntityName("Ibrahim al-Madani", kind: .aka, quality: .low)))
    #expect(entity.programs == ["Al-Qaida"])
    #expect(entity.listedOn == PartialDate(year: 2001, month: 1, day: 25))
    #expect(entity.birthDates.contains(.exact(PartialDate(year: 1963, month: 4, day: 11))))
    #expect(entity.birthDates.contains(.exact(PartialDate(year: 1960, month: 4, day: 11))))
    #expect(entity.nationalities == [Country(code: "EG", name: "Egypt")])
    #expect(entity.birthPlaces == ["Monufia Governate, Egypt"])
  }

  @Test func unDatesOfBirthKinds() {
    // CDi.001: EXACT with only YEAR 1971.
    #expect(unList["un:CDi.001"].birthDates == [.year(1971)])
    // BETWEEN 1973 and 1974 exists in the file (grep FROM_YEAR 1973).
    let ranges = unList.entities.flatMap(\.birthDates).filter {
      if case .range = $0 { return true } else { return false }
    }
    #expect(ranges.count == 31)  // 31 TYPE_OF_DATE BETWEEN
    #expect(ranges.contains(.range(from: PartialDate(year: 1973), to: PartialDate(year: 1974))))
  }

  @Test func unEntityAliases() {
    let adf = unList["un:CDe.001"]
    #expect(adf.type == .organization)
    #expect(adf.primaryName == "ADF")
    #expect(adf.names(.aka) == ["Allied Democratic Forces"])
    #expect(adf.names(.fka).contains("NALU"))
  }

  @Test func unDocuments() {
    // A passport of an individual: TYPE_OF_DOCUMENT Passport, NUMBER D00002264 (South Sudan).
    let holder = unList.entities.first { $0.identifiers(.passport).contains("D00002264") }
    #expect(holder != nil)
    #expect(holder?.type == .person)
  }

  @Test func everyUNOriginalScriptNameIsPresent() throws {
    // Read the file as plain text, independently of the XML parser.
    let bytes = try FileSystem.readFile(Paths.real("un/consolidated.xml"))
    let text = bytes.string(0..<bytes.count)
    var checked = 0
    for record in text.split(separator: "<REFERENCE_NUMBER>").dropFirst() {
      let reference = String(record.prefix { $0 != "<" })
      guard let end = record.range(of: "</INDIVIDUAL>") ?? record.range(of: "</ENTITY>") else { continue }
      let body = record[..<end.lowerBound]
      guard let start = body.range(of: "<NAME_ORIGINAL_SCRIPT>") else { continue }
      let name = body[start.upperBound...].prefix { $0 != "<" }
      guard let cleaned = Text.clean(String(name)) else { continue }
      let entity = unList["un:" + reference]
      #expect(entity.names(.originalScript).contains(cleaned), "un:\(reference) lacks \(cleaned)")
      checked += 1
    }
    #expect(checked == 378)
  }

  @Test func ofacWeakAliasInRemarks() {
    let bnc = sdnList["ofac:306"]
    #expect(bnc.primaryName == "BANCO NACIONAL DE CUBA")
    #expect(bnc.type == .organization)
    #expect(bnc.names.contains(EntityName("BNC", kind: .weakAka, quality: .low)))
    #expect(bnc.programs == ["CUBA"])
    #expect(bnc.remarks == ["a.k.a. 'BNC'."])
  }

  @Test func ofacRemarksFacts() throws {
    // Every individual with "DOB" in its remarks has at least one date of birth.
    let people = sdnList.entities.filter { $0.type == .person }
    let withDOB = people.filter { $0.remarks.first?.contains("DOB ") == true }
    #expect(!withDOB.isEmpty)
    #expect(withDOB.allSatisfy { !$0.birthDates.isEmpty })
    // Passport and nationality parsed from remarks: find an entity whose remarks state both.
    let sample = try #require(people.first { ($0.remarks.first ?? "").contains("; Passport ") && ($0.remarks.first ?? "").contains("nationality ") })
    #expect(!sample.identifiers(.passport).isEmpty)
    #expect(!sample.nationalities.isEmpty)
    // Gender.
    #expect(people.filter { $0.gender == .female }.count >= 473)
  }

  @Test func ofacVesselIMO() throws {
    let vessels = sdnList.entities.filter { $0.type == .vessel }
    #expect(vessels.count == 851)
    let withIMO = vessels.filter { !$0.identifiers(.imo).isEmpty }
    // 857 "Vessel Registration Identification IMO" statements (grep), on 851 vessels and a few entities.
    #expect(withIMO.count > 800)
    let sample = try #require(withIMO.first)
    let imo = try #require(sample.identifiers(.imo).first)
    #expect(imo.count == 7 && imo.allSatisfy(\.isNumber))
    #expect(sample.vessel != nil)
  }

  @Test func enhancedNamesAndDocuments() {
    let haniya = enhancedList["ofac:9639"]
    #expect(haniya.primaryName == "HANIYA, Ismail Abdul Salah")
    #expect(haniya.names(.aka).contains("HANIYA, Ismail"))
    #expect(haniya.birthDates == [.year(1962)])
    #expect(haniya.birthPlaces == ["Shati"])
    #expect(haniya.programs == ["NS-PLC"])
    let vtb = enhancedList.entities.first { $0.identifiers.contains { $0.value == "7702070139" } }
    #expect(vtb?.identifiers.first { $0.value == "7702070139" }?.kind == .taxID)
    #expect(vtb?.identifiers.first { $0.value == "7702070139" }?.country?.code == "RU")
    // Non-Latin translations (Cyrillic, Chinese) become original-script names: 45 in the file.
    #expect(enhancedList.onlyReport.names[.originalScript] == 45)
  }

  @Test func ukGroupsNamesAndScripts() throws {
    // Row 94 of the 2025 file: Group 14241, a non-Latin name without script or language.
    let abakarov = ukList["uk:14241"]
    #expect(abakarov.type == .person)
    #expect(abakarov.primaryName == "Khizri Magomedovich ABAKAROV")
    #expect(abakarov.names(.originalScript) == ["Хизри Магомедович Абакаров"])
    #expect(abakarov.birthDates.contains(.exact(PartialDate(year: 1960, month: 6, day: 28))))
    #expect(abakarov.programs == ["Russia"])
    // Row 416: Group 15610 with script Cyrillic and language Russian.
    let abramov = ukList["uk:15610"]
    #expect(abramov.primaryName == "Alexander Grigoryevich ABRAMOV")
    let original = try #require(abramov.names.first { $0.kind == .originalScript })
    #expect(original.value == "АБРАМОВ Александр Григорьевич")
    #expect(original.script == "Cyrillic")
    #expect(original.language == "Russian")
    #expect(abramov.birthDates.contains(.exact(PartialDate(year: 1959, month: 2, day: 20))))
    // Ships carry their IMO number from Other Information.
    let ships = ukList.entities.filter { $0.type == .vessel }
    #expect(ships.count == 15)
    #expect(ships.allSatisfy { !$0.identifiers(.imo).isEmpty })
  }

  @Test func everyUKNonLatinNameIsPresent() throws {
    let archive = try ZipArchive(FileSystem.readFile(Paths.real("uk/ofsi_conlist/2025-04-14/ConList.xlsx")), path: "uk")
    let sheet = try XLSXSheet(archive: archive)
    let header = sheet.rows[1].cells.map(\.text)
    let group = try #require(header.firstIndex(of: "Group ID"))
    let script = try #require(header.firstIndex(of: "Name Non-Latin Script"))
    var checked = 0
    for row in sheet.rows.dropFirst(2) {
      guard let name = Text.clean(row[script].text) else { continue }
      let entity = ukList["uk:" + row[group].text]
      #expect(entity.names(.originalScript).contains(name), "uk:\(row[group].text) lacks \(name)")
      checked += 1
    }
    #expect(checked == 3_990)  // rows with a non-Latin name
  }

  @Test func dfatOneEntityPerBaseReferenceWithAllNames() throws {
    let archive = try ZipArchive(
      FileSystem.readFile(Paths.real("australia_dfat/regulation8_consolidated.xlsx")), path: "dfat")
    let sheet = try XLSXSheet(archive: archive)
    var originalScript = 0
    for row in sheet.rows.dropFirst() where !row.isBlank {
      let reference = try #require(Text.clean(row[0].text))
      let base = String(reference.prefix { $0.isNumber })
      let entity = dfatList["au:" + base]
      let name = try #require(Text.clean(row[1].text))
      #expect(entity.names.contains { $0.value == name }, "au:\(base) lacks \(name) (row \(row.number))")
      if Text.clean(row[3].text)?.asciiLowercased == "original script" {
        #expect(entity.names(.originalScript).contains(name), "au:\(base): \(name) not original script")
        originalScript += 1
      }
    }
    #expect(originalScript == 440)
    let akhund = dfatList["au:2"]
    #expect(akhund.primaryName == "MOHAMMAD HASSAN AKHUND")
    #expect(akhund.names(.originalScript) == ["محمد حسن أخوند"])
    // "a) Approximately 1955- 1958 b) Approximately 1945-1950"
    #expect(akhund.birthDates == [
      .range(from: PartialDate(year: 1955), to: PartialDate(year: 1958)),
      .range(from: PartialDate(year: 1945), to: PartialDate(year: 1950)),
    ])
  }

  @Test func cslRecordFields() {
    let abbas = cslList["csl:SDN:21944"]
    #expect(abbas.primaryName == "'ABBAS, Rim")
    #expect(abbas.type == .person)
    #expect(abbas.birthDates == [.exact(PartialDate(year: 1973, month: 3, day: 25))])
    #expect(abbas.nationalities.map(\.code) == ["SY"])
    #expect(abbas.programs == ["SYRIA"])
  }

  @Test func canadaRecords() {
    let bagan = canadaList["ca:burma:1:1"]
    #expect(bagan.primaryName == "Air Bagan")
    #expect(bagan.names(.aka) == ["Air Bagan Holdings Pte. Ltd.", "Air Bagan Limited"])
    #expect(bagan.type == .organization)
  }

  @Test(arguments: [
    "un", "sdn", "enhanced", "cons", "uk", "ukLegacy", "csl", "canada", "dfat", "derived",
  ])
  func invariants(_ name: String) {
    let lists: [String: LoadedLists] = [
      "un": unList, "sdn": sdnList, "enhanced": enhancedList, "cons": consPrimList, "uk": ukList,
      "ukLegacy": ukLegacyList, "csl": cslList, "canada": canadaList, "dfat": dfatList, "derived": derivedList,
    ]
    let loaded = lists[name]!
    var ids: Set<String> = []
    for entity in loaded.entities {
      #expect(ids.insert(entity.id).inserted, "duplicate id \(entity.id)")
      // Exactly one primary name, first, non-empty, trimmed.
      #expect(entity.names.first?.kind == .primary, "\(entity.id) does not start with its primary name")
      #expect(entity.names.filter { $0.kind == .primary }.count == 1, "\(entity.id) has several primary names")
      for name in entity.names {
        #expect(!name.value.isEmpty && Text.clean(name.value) == name.value, "\(entity.id): untidy name '\(name.value)'")
      }
      #expect(entity.id.contains(":"))
      for country in entity.nationalities + entity.citizenships {
        if let code = country.code { #expect(code.count == 2 && code == code.uppercased()) }
      }
    }
    #expect(loaded.entities.count == loaded.onlyReport.entities)
  }
}
