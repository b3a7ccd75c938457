import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsLists

/// `ListDiff` on real versions of the UN, UK and OFAC Consolidated lists, with the added and
/// removed entities checked against id sets taken from the raw files by plain text scans (or,
/// for the UK workbooks, against set arithmetic on the loaded ids), never through `ListDiff`.
@Suite("List diff")
struct ListDiffTests {
  // MARK: - UN 2024-11-30 → 2026-02-27

  @Test("UN: added and removed are the REFERENCE_NUMBER set differences of the two XML files")
  func unVersions() {
    let oldIDs = RawIDs.un("un/consolidated_2024-11-30.xml")
    let newIDs = RawIDs.un("un/consolidated.xml")
    #expect(oldIDs.count == 879)  // SOURCES.md: 686 + 193
    #expect(newIDs.count == 1_003)  // 730 + 273
    let diff = Diffs.un
    #expect(Set(diff.added.map(\.id)) == newIDs.subtracting(oldIDs))
    #expect(Set(diff.removed.map(\.id)) == oldIDs.subtracting(newIDs))
    #expect(diff.counts.changed + diff.counts.unchanged == oldIDs.intersection(newIDs).count)
    #expect(diff.oldEntityCount == 879 && diff.newEntityCount == 1_003)
    // Measured (and matching the scans above).
    #expect(diff.counts.added == 130)
    #expect(diff.counts.removed == 6)
    #expect(diff.counts.changed == 105)
    #expect(diff.counts[.names] == DiffCounts.Field(entities: 6, added: 7, removed: 5))
    #expect(diff.counts[.birthDates] == DiffCounts.Field(entities: 100, added: 155, removed: 1))
    #expect(diff.counts[.identifiers].entities == 0)
    #expect(diff.counts[.programs].entities == 0)
    #expect(diff.counts[.type].entities == 0)
    #expect(diff.uncompared.isEmpty)  // same format on both sides
    // Read in the raw files: CDi.011 has DATE 1965-12-28 in 2024; 1965-12-28 and 1965-12-29 in 2026.
    let change = diff.changed.first { $0.id == "un:CDi.011" }
    #expect(change?.fields == [FieldChange(field: .birthDates, removed: [], added: ["1965-12-29"])])
  }

  @Test("UN: ids are listed in natural id order")
  func unOrder() {
    let ids = Diffs.un.changed.map(\.id)
    #expect(ids == ids.sorted(by: EntityIDOrder.precedes))
    #expect(EntityIDOrder.precedes("un:QDi.9", "un:QDi.10"))
    #expect(EntityIDOrder.precedes("ofac:306", "ofac:1000"))
    #expect(!EntityIDOrder.precedes("ofac:1000", "ofac:306"))
    #expect(!EntityIDOrder.precedes("ofac:306", "ofac:306"))
  }

  // MARK: - UK 2022-05-04 → 2023-06-05 → 2025-04-14

  @Test("UK chain: counts equal the set arithmetic on the loaded Group IDs")
  func ukChain() {
    let versions = [ukList2022, ukList2023, ukList]
    let idSets = versions.map { Set($0.entities.map(\.id)) }
    #expect(idSets.map(\.count) == [3_430, 3_993, 4_688])
    let diffs = [Diffs.uk2022to2023, Diffs.uk2023to2025]
    for (step, diff) in diffs.enumerated() {
      let (old, new) = (idSets[step], idSets[step + 1])
      #expect(diff.counts.added == new.subtracting(old).count)
      #expect(diff.counts.removed == old.subtracting(new).count)
      #expect(Set(diff.added.map(\.id)) == new.subtracting(old))
      #expect(Set(diff.removed.map(\.id)) == old.subtracting(new))
      #expect(diff.counts.changed + diff.counts.unchanged == old.intersection(new).count)
      #expect(diff.uncompared.isEmpty)
    }
    // Measured.
    let first = diffs[0].counts
    #expect([first.added, first.removed, first.changed] == [597, 34, 594])
    #expect(first[.names] == DiffCounts.Field(entities: 568, added: 939, removed: 73))
    #expect(first[.identifiers] == DiffCounts.Field(entities: 38, added: 45, removed: 1))
    #expect(first[.birthDates] == DiffCounts.Field(entities: 83, added: 79, removed: 33))
    let second = diffs[1].counts
    #expect([second.added, second.removed, second.changed] == [826, 131, 202])
    #expect(second[.names] == DiffCounts.Field(entities: 48, added: 107, removed: 40))
    #expect(second[.identifiers] == DiffCounts.Field(entities: 161, added: 167, removed: 155))
    #expect(second[.birthDates] == DiffCounts.Field(entities: 17, added: 17, removed: 10))
    // The regime rename of December 2023: "Iran (Human Rights)" became "Iran".
    #expect(second[.programs] == DiffCounts.Field(entities: 150, added: 150, removed: 150))
    let renamed = diffs[1].changed.first { $0.id == "uk:11805" }?.change(of: .programs)
    #expect(renamed == FieldChange(field: .programs, removed: ["Iran (Human Rights)"], added: ["Iran"]))
  }

  // MARK: - OFAC Consolidated 2025-01 (Enhanced XML) → 2025-03 (legacy CSV)

  @Test("OFAC across formats: the XML entity ids and the CSV ent_nums are the same 443 entities")
  func ofacAcrossFormats() {
    let xmlIDs = RawIDs.ofacEnhanced("ofac_cons/2025-01/CONS_ENHANCED.ZIP")
    let csvIDs = RawIDs.ofacCSV("ofac_cons/2025-03/cons_prim.csv")
    #expect(xmlIDs.count == 443)
    #expect(csvIDs.count == 443)
    let diff = Diffs.ofac
    #expect(Set(diff.added.map(\.id)) == csvIDs.subtracting(xmlIDs))
    #expect(Set(diff.removed.map(\.id)) == xmlIDs.subtracting(csvIDs))
    #expect(diff.counts.added == 0 && diff.counts.removed == 0)
    // The same id names the same party in both formats: equal primary names (normalized).
    for entity in consPrimList.entities {
      let other = enhancedList.entity(id: entity.id)
      #expect(
        other.map { EntityComparison.normalized($0.primaryName) } == EntityComparison.normalized(entity.primaryName),
        "\(entity.id)")
    }
    // cons_prim.csv without cons_alt.csv has no aliases: they are noted, not counted as removed.
    #expect(
      diff.uncompared == [
        UncomparedField(
          field: .names, nameKinds: [.aka, .fka, .nka, .originalScript], oldFile: enhancedList.reports[0].path,
          newFile: consPrimList.reports[0].path,
          reason: "cons_prim.csv is ofac-csv without its alias file, which cannot state them", entities: 443)
      ])
    // Measured: what remains are CSV remarks cut off at about 1,100 characters (their
    // continuation is in the absent cons_comments.csv) and identifier labels the CSV remark
    // reader does not know (License, Public Registration Number, Driver's License No.).
    #expect(diff.counts.changed == 16)
    #expect(diff.counts[.names] == DiffCounts.Field(entities: 3, added: 0, removed: 4))
    #expect(diff.counts[.identifiers] == DiffCounts.Field(entities: 15, added: 0, removed: 23))
    #expect(diff.counts[.birthDates].entities == 0)
    #expect(diff.counts[.programs].entities == 0)
    #expect(diff.counts[.type].entities == 0)
    // `1026303117642 (Russia)` in the XML is `1026303117642` (country apart) in the CSV.
    #expect(diff.changed.allSatisfy { $0.id != "ofac:17064" })
  }

  // MARK: - Field-level changes on written fixtures

  @Test("a name added, an identifier removed, a birth date changed, a program added")
  func fieldChanges() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.load(
      "old.jsonl",
      """
      {"id":"P1","schema":"Person","properties":{"name":["Anna SMITH"],"alias":["Annie Smith"],"birthDate":["1970-01-01"],"passportNumber":["P123"],"program":["TEST-1"]}}
      {"id":"P2","schema":"Person","properties":{"name":["Gone PERSON"]}}
      {"id":"C1","schema":"Company","properties":{"name":["Acme Trading Ltd"],"registrationNumber":["42"]}}
      """)
    let new = try folder.load(
      "new.jsonl",
      """
      {"id":"C1","schema":"Company","properties":{"name":["ACME  TRADING LTD"],"registrationNumber":["42"]}}
      {"id":"P1","schema":"Person","properties":{"name":["Anna SMITH"],"alias":["Annie Smith","Anna Smithe"],"birthDate":["1971-01-01"],"program":["TEST-1","TEST-2"]}}
      {"id":"N1","schema":"Person","properties":{"name":["New PERSON"]}}
      """)
    let diff = ListDiff(old: old, new: new)
    #expect(diff.added.map(\.id) == ["ftm:N1"])
    #expect(diff.removed.map(\.id) == ["ftm:P2"])
    #expect(diff.changed.map(\.id) == ["ftm:P1"])
    #expect(diff.counts.unchanged == 1)  // C1: only case and spacing differ
    #expect(
      diff.changed.first?.fields == [
        FieldChange(field: .names, removed: [], added: ["Anna Smithe"]),
        FieldChange(field: .identifiers, removed: ["passport P123"], added: []),
        FieldChange(field: .birthDates, removed: ["1970-01-01"], added: ["1971-01-01"]),
        FieldChange(field: .programs, removed: [], added: ["TEST-2"]),
      ])
    #expect(!diff.isEmpty)
    #expect(
      diff.summary == """
        3 → 3 entities: 1 added, 1 removed, 1 changed, 1 unchanged
          names changed in 1 entity (+1, -0)
          identifiers changed in 1 entity (+0, -1)
          birth dates changed in 1 entity (+1, -1)
          programs changed in 1 entity (+1, -0)

        """)
    let same = ListDiff(old: old, new: old)
    #expect(same.isEmpty)
    #expect(same.counts == DiffCounts(added: 0, removed: 0, changed: 0, unchanged: 3, fields: [:]))
    #expect(same.summary == "3 → 3 entities: no differences\n")
  }

  @Test("a type change is one removed and one added value")
  func typeChange() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let old = try folder.load("old.jsonl", #"{"id":"X","schema":"Person","properties":{"name":["Ocean Star"]}}"#)
    let new = try folder.load("new.jsonl", #"{"id":"X","schema":"Vessel","properties":{"name":["Ocean Star"]}}"#)
    let diff = ListDiff(old: old, new: new)
    #expect(diff.changed.first?.fields == [FieldChange(field: .type, removed: ["person"], added: ["vessel"])])
    #expect(diff.counts[.type] == DiffCounts.Field(entities: 1, added: 1, removed: 1))
  }
}

/// Real versions loaded once for the whole suite (UN, OFAC and the 2025 UK list are shared
/// with the other suites through TestSupport.swift).
let ukList2022 = Real.load("uk/ofsi_conlist/2022-05-04/ConList.xlsx")
let ukList2023 = Real.load("uk/ofsi_conlist/2023-06-05/ConList.xlsx")

/// Each real diff, computed once.
enum Diffs {
  static let un = ListDiff(old: unOldList, new: unList)
  static let uk2022to2023 = ListDiff(old: ukList2022, new: ukList2023)
  static let uk2023to2025 = ListDiff(old: ukList2023, new: ukList)
  static let ofac = ListDiff(old: enhancedList, new: consPrimList)
}

/// Entity ids read from raw list files by plain text scans, without the parsers.
enum RawIDs {
  static func text(_ data: ByteBuffer) -> String {
    withExtendedLifetime(data) { String(decoding: data.buffer, as: UTF8.self) }
  }

  static func read(_ relative: String) -> String {
    do {
      return text(try FileSystem.readFile(Paths.real(relative)))
    } catch {
      fatalError("cannot read \(relative): \(error)")
    }
  }

  /// The text of every `open ... close` span.
  static func spans(_ text: String, open: String, close: String) -> [String] {
    var result: [String] = []
    var rest = text[...]
    while let start = rest.firstRange(of: open) {
      rest = rest[start.upperBound...]
      guard let end = rest.firstRange(of: close) else { break }
      result.append(String(rest[..<end.lowerBound]))
      rest = rest[end.upperBound...]
    }
    return result
  }

  /// `un:` + each `<REFERENCE_NUMBER>`.
  static func un(_ relative: String) -> Set<String> {
    Set(spans(read(relative), open: "<REFERENCE_NUMBER>", close: "</REFERENCE_NUMBER>").map { "un:" + $0 })
  }

  /// `ofac:` + each `<entity id="...">` of the zip's one XML member.
  static func ofacEnhanced(_ relative: String) -> Set<String> {
    do {
      let archive = try ZipArchive(try FileSystem.readFile(Paths.real(relative)), path: relative)
      let xml = try archive.extract(archive.members[0])
      return Set(spans(text(xml), open: "<entity id=\"", close: "\"").map { "ofac:" + $0 })
    } catch {
      fatalError("cannot read \(relative): \(error)")
    }
  }

  /// `ofac:` + the ent_num starting each line that starts with digits and a comma.
  static func ofacCSV(_ relative: String) -> Set<String> {
    var ids: Set<String> = []
    for line in read(relative).split(whereSeparator: \.isNewline) {
      let number = line.prefix { $0.isASCII && $0.isNumber }
      if !number.isEmpty, line.dropFirst(number.count).first == "," { ids.insert("ofac:" + number) }
    }
    return ids
  }
}

/// A folder under /tmp for fixtures written by a test, removed with what is in it.
struct TemporaryFolder {
  let path: String
  private(set) var files: [String] = []

  init() {
    var template = Array("/tmp/sanctions-diff-test-XXXXXX".utf8CString)
    path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
  }

  /// Writes `text` (plus a final newline) to `name` in the folder and returns its path.
  func write(_ name: String, _ text: String) -> String {
    let file = FileSystem.join(path, name)
    let bytes = Array((text + "\n").utf8)
    let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(fd >= 0, "cannot create \(file)")
    defer { close(fd) }
    precondition(bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, bytes.count) } == bytes.count)
    return file
  }

  /// Writes a list file and loads it.
  func load(_ name: String, _ text: String) throws(ListError) -> LoadedLists {
    try ListLoader.load(paths: [write(name, text)])
  }

  /// Removes the folder and every file in it.
  func remove() {
    for name in (try? FileSystem.entries(ofDirectory: path)) ?? [] { unlink(FileSystem.join(path, name)) }
    rmdir(path)
  }
}
