import Testing

@testable import SanctionsLists

/// Exact counts from the acceptance criteria, checked against `../shared/lists`.
/// Expected numbers were counted from the files themselves (grep / a Python CSV reader).
@Suite("Real list counts")
struct RealListCountTests {
  @Test func unConsolidated20260227() {
    let report = unList.onlyReport
    #expect(report.format == .unXML)
    #expect(report.source == .unSecurityCouncil)
    #expect(report.published == PartialDate(year: 2026, month: 2, day: 27))
    #expect(report.entities == 1_003)
    #expect(report.byType == [.person: 730, .organization: 273])
    // 378 non-empty NAME_ORIGINAL_SCRIPT elements (grep).
    #expect(report.names[.originalScript] == 378)
    #expect(report.warnings.isEmpty)
  }

  @Test func unConsolidated20241130() {
    let report = unOldList.onlyReport
    #expect(report.published == PartialDate(year: 2024, month: 11, day: 30))
    #expect(report.byType == [.person: 686, .organization: 193])
  }

  @Test func ofacSDN20240503() {
    let report = sdnList.onlyReport
    #expect(report.format == .ofacCSV)
    #expect(report.source == .ofacSDN)
    #expect(report.published == nil)  // sdn.csv states no date
    #expect(report.entities == 14_965)
    #expect(report.byType == [.person: 6_854, .organization: 6_884, .vessel: 851, .aircraft: 376])
    #expect(report.names[.primary] == 14_965)
    // Distinct (ent_num, name) pairs of `a.k.a. '...'` in the remarks: 3,575; f.k.a. 87; n.k.a. 1.
    #expect(report.names[.weakAka] == 3_575)
    #expect(report.names[.fka] == 87)
    #expect(report.names[.nka] == 1)
  }

  @Test func ofacConsolidatedEnhanced202501() {
    let report = enhancedList.onlyReport
    #expect(report.format == .ofacEnhancedXML)
    #expect(report.source == .ofacConsolidated)
    #expect(report.published == PartialDate(year: 2025, month: 1, day: 10))
    #expect(report.entities == 443)
    #expect(report.byType == [.person: 80, .organization: 363])
    #expect(report.path.hasSuffix("CONS_ENHANCED.ZIP"))
  }

  @Test func ofacConsolidatedCSV() {
    let report = consPrimList.onlyReport
    #expect(report.source == .ofacConsolidated)
    #expect(report.entities == 443)
    #expect(report.companionPaths.isEmpty)
  }

  @Test func ukOFSI20250414() {
    let report = ukList.onlyReport
    #expect(report.format == .ukOFSIXLSX)
    #expect(report.published == PartialDate(year: 2025, month: 4, day: 14))
    #expect(report.records == 18_798)
    #expect(report.entities == 4_688)
    #expect(report.byType == [.person: 3_663, .organization: 1_010, .vessel: 15])
    // Distinct (Group ID, Name Non-Latin Script) pairs.
    #expect(report.names[.originalScript] == 3_226)
  }

  @Test func ukHMTLegacyCSV() {
    let report = ukLegacyList.onlyReport
    #expect(report.format == .ukOFSICSV)
    #expect(report.published == PartialDate(year: 2018, month: 4, day: 13))
    #expect(report.records == 9_487)
    #expect(report.byType == [.person: 1_426, .organization: 680])
    #expect(report.warnings.first == ListWarning(.decodedAsWindows1252))
  }

  @Test func usConsolidatedScreeningList() {
    let report = cslList.onlyReport
    #expect(report.format == .usCSLCSV)
    #expect(report.gzipped)
    #expect(report.records == 14_160)
    // Lines 1979 and 1980 are the same CAP record (only source_list_url differs): merged, with a warning.
    #expect(report.entities == 14_159)
    #expect(report.warnings.contains(ListWarning(.rowsMerged(id: "csl:CAP:15268", firstLine: 1979), at: .line(1980))))
    #expect(report.byType == [.person: 5_286, .organization: 4_532, .vessel: 433, .aircraft: 283, .unknown: 3_625])
    let sdn = cslList.entities.filter { $0.id.hasPrefix("csl:SDN:") }.count
    let entityList = cslList.entities.filter { $0.id.hasPrefix("csl:EL:") }.count
    #expect(sdn == 10_026)
    #expect(entityList == 2_001)
  }

  @Test func canadaSEMA() {
    let report = canadaList.onlyReport
    #expect(report.format == .canadaSEMAXML)
    #expect(report.entities == 1_369)
    #expect(report.byType == [.person: 985, .organization: 384])
  }

  @Test func australiaDFAT() {
    let report = dfatList.onlyReport
    #expect(report.format == .dfatXLSX)
    #expect(report.records == 9_553)  // non-blank data rows
    #expect(report.entities == 3_062)  // distinct base references
    #expect(report.names.values.reduce(0, +) <= 9_553)
    #expect(report.names[.originalScript] == 440)
  }

  @Test func derivedNamesArray() {
    let report = derivedList.onlyReport
    #expect(report.format == .customJSONArray)
    #expect(report.names[.primary] == 38_368)
    #expect(report.entities == 38_368)
  }
}
