import Glibc
import SanctionsSupport
import Testing

@testable import SanctionsLists

/// Files that load but deserve a word: a list without entities, an OFAC CSV cut at a record
/// boundary (no 0x1A end-of-file marker).
@Suite struct InputWarningTests {
  @Test func aListWithoutEntitiesLoadsWithAWarning() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let loaded = try folder.load("empty_watchlist.csv", "id,name,type")
    #expect(loaded.entities.isEmpty)
    #expect(loaded.onlyReport.warnings.contains(ListWarning(.noEntities)))
    #expect(ListWarning(.noEntities).description.hasPrefix("the file holds no entities"))
  }

  @Test func theRealSDNFileEndsWithTheMarker() throws {
    let data = try FileSystem.readFile(Paths.real("ofac_sdn/2024-05-03/sdn.csv"))
    #expect(OFACCSVParser.endsWithEndOfFileMarker(data))
    #expect(!sdnList.onlyReport.warnings.contains(ListWarning(.noEndOfFileMarker)))
  }

  @Test func anOFACFileWithoutTheMarkerMayBeTruncated() throws {
    let folder = TemporaryFolder()
    defer { folder.remove() }
    let fixture = try FileSystem.readFile(Paths.fixture("ofac_set/SDN.CSV"))
    var bytes = withExtendedLifetime(fixture) { Array(fixture.buffer) }
    #expect(bytes.last == 0x1A)
    // Cut after the first record (a record boundary).
    let firstBreak = bytes.firstIndex(of: 0x0A)!
    bytes.removeSubrange((firstBreak + 1)...)
    let path = FileSystem.join(folder.path, "sdn.csv")
    try FileSystem.writeNewFile(path, bytes: bytes)
    let loaded = try ListLoader.load(paths: [path])
    #expect(loaded.entities.count == 1)
    #expect(loaded.onlyReport.warnings.contains(ListWarning(.noEndOfFileMarker)))
    #expect(
      ListWarning(.noEndOfFileMarker).description.hasPrefix("no end-of-file marker: the file may be truncated"))
    // The complete fixture has its marker: no such warning.
    let complete = try ListLoader.load(paths: [Paths.fixture("ofac_set")])
    #expect(!complete.onlyReport.warnings.contains(ListWarning(.noEndOfFileMarker)))
  }
}
