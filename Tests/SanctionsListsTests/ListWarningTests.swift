import SanctionsLists
import Testing

/// Warnings are typed values; their descriptions are the sentences `sanctions lists` prints.
@Suite("List warnings")
struct ListWarningTests {
  @Test("Each kind of warning reads as the CLI prints it")
  func sentences() {
    let cases: [(ListWarning, String)] = [
      (ListWarning(.recordWithoutID(record: "<entity>", missing: "an id"), at: .line(12)), "line 12: <entity> without an id not loaded"),
      (ListWarning(.missingValue(field: "Reference", record: "row"), at: .row(4)), "row 4: no Reference; row not loaded"),
      (ListWarning(.referenceWithoutNumber("X1"), at: .row(5)), "row 5: Reference 'X1' does not start with a number; row not loaded"),
      (ListWarning(.duplicateID("un:QDi.001", firstLine: 3), at: .line(12)), "line 12: duplicate un:QDi.001 (first on line 3); later record ignored"),
      (ListWarning(.duplicateID("custom:a", firstLine: nil), at: .item(2)), "item 2: duplicate custom:a; later record ignored"),
      (ListWarning(.duplicateEntNum("306", firstLine: 2), at: .line(9)), "line 9: duplicate ent_num 306 (first on line 2); later row ignored"),
      (ListWarning(.rowsMerged(id: "csl:CAP:1", firstLine: 7), at: .line(8)), "line 8: same _id and list as line 7 (csl:CAP:1); the two rows were merged into one entity"),
      (ListWarning(.noName(id: "ftm:x")), "ftm:x has no name; not loaded"),
      (ListWarning(.recordWithoutName(id: "custom:7"), at: .line(3)), "line 3: custom:7 has no name; record not loaded"),
      (ListWarning(.unknownRecordType(id: "custom:7", type: "robot"), at: .item(1)), "item 1: custom:7 has unknown type 'robot'; record not loaded"),
      (ListWarning(.unknownSDNType(id: "ofac:5", type: "alien"), at: .line(6)), "line 6: ofac:5 has unknown SDN_Type 'alien'; type unknown"),
      (ListWarning(.conflictingGroupType(id: "uk:1", type: "ship", earlier: .person), at: .line(2)), "line 2: uk:1 has Group Type 'ship' but earlier rows say person; kept the first"),
      (ListWarning(.unreadDates(count: 3, field: "DOB values")), "3 DOB values could not be read as dates; kept as text"),
      (ListWarning(.unknownAliasType(count: 2, records: "rows", column: "Name Type", value: "nick")), "2 rows with unknown Name Type 'nick' loaded as aka"),
      (ListWarning(.unknownAliasType(count: 1, records: "aliases", column: "alt_type", value: nil), at: .file("alt.csv")), "alt.csv: 1 aliases with an unknown alt_type loaded as aka"),
      (ListWarning(.referencesWithoutPrimaryName(count: 2, examples: ["10", "11"])), "2 references without a 'Primary Name' row (10, 11): first name taken as primary"),
      (ListWarning(.groupsWithoutPrimaryName(count: 1, examples: ["42"])), "1 group without a 'Primary name' row (42): the first name was taken as primary"),
      (ListWarning(.groupsWithoutPrimaryName(count: 2, examples: ["42", "43"])), "2 groups without a 'Primary name' row (42, 43): the first name was taken as primary"),
      (ListWarning(.orphanCompanionRows(count: 2, primary: "sdn.csv", examples: ["1", "2"]), at: .file("add.csv")), "add.csv: 2 rows for ent_nums not in sdn.csv (e.g. 1, 2) not loaded: the companion file is from a different publication"),
      (ListWarning(.schemasNotLoaded([.init(schema: "Address", count: 1), .init(schema: "Ownership", count: 2)])), "records of schemas that are not listed parties were not loaded: Address 1, Ownership 2"),
      (ListWarning(.emptyNames(count: 1)), "1 empty names in the array were not loaded"),
      (ListWarning(.neitherNameNorObject, at: .item(3)), "item 3: neither a name nor an object; not loaded"),
      (ListWarning(.ignoredColumns(["x", "y"])), "columns not part of the custom layout were ignored: x, y"),
      (ListWarning(.decodedAsWindows1252), "decoded as Windows-1252 (the file is not UTF-8)"),
      (ListWarning(.replaced(count: 1, examples: ["un:A"], path: "new.xml", rule: .laterPath)), "1 entity (e.g. un:A) replaced by the same id in new.xml: same or unknown publication date, so the later path wins"),
      (ListWarning(.replaced(count: 2, examples: ["un:A", "un:B"], path: "new.xml", rule: .newerPublication(PartialDate(year: 2026, month: 2, day: 27), than: nil))), "2 entities (e.g. un:A, un:B) replaced by the same ids in new.xml: its publication of 2026-02-27 is newer than this file's (undated)"),
    ]
    for (warning, sentence) in cases {
      #expect(warning.description == sentence)
    }
  }

  @Test("Skip reasons read as the CLI prints them")
  func skipReasons() {
    #expect(SkippedPath.Reason.notAList("binary data").description == "not a list: binary data")
    #expect(SkippedPath.Reason.hiddenFile.description == "hidden file")
    #expect(
      SkippedPath.Reason.incompleteOFACSet(found: ["add.csv", "alt.csv"], missing: "sdn.csv").description
        == "incomplete OFAC set: add.csv, alt.csv without sdn.csv (aliases and addresses without their primary names)")
  }
}
