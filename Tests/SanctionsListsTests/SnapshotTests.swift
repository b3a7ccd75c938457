import SanctionsLists
import Testing

/// Several publications of one source: the newest replaces the older ones,
/// and entities only in an older one (withdrawn since) are left out unless
/// asked for.
@Suite("Publications of one source")
struct SnapshotTests {
  private static let old = Paths.real("un/consolidated_2024-11-30.xml")
  private static let new = Paths.real("un/consolidated.xml")

  @Test("Dates in paths: folders and file names, YYYY-MM-DD or YYYY-MM; none when absent")
  func pathDates() {
    #expect(SnapshotDate.of(path: "lists/ofac_sdn/2024-05-03/sdn.csv", published: nil)?.date == PartialDate(year: 2024, month: 5, day: 3))
    #expect(SnapshotDate.of(path: "un/consolidated_2024-11-30.xml", published: nil)?.date == PartialDate(year: 2024, month: 11, day: 30))
    #expect(SnapshotDate.of(path: "ofac_cons/2025-03/cons_prim.csv", published: nil)?.date == PartialDate(year: 2025, month: 3))
    #expect(SnapshotDate.of(path: "un/consolidated.xml", published: nil) == nil)
    #expect(SnapshotDate.of(path: "lists/12024-05-031/x.csv", published: nil) == nil)
    let stated = SnapshotDate.of(path: "x/2020-01-01/un.xml", published: PartialDate(year: 2026, month: 2, day: 27))
    #expect(stated?.date == PartialDate(year: 2026, month: 2, day: 27))
    #expect(stated?.fromPath == false)
  }

  @Test("UN 2024-11-30 beside 2026-02-27: the 6 withdrawn entities are left out, and counted")
  func withdrawnLeftOut() throws {
    let lists = try ListLoader.load(paths: [Self.old, Self.new])
    let oldReport = try #require(lists.reports.first { $0.path == Self.old })
    let newReport = try #require(lists.reports.first { $0.path == Self.new })
    // Independently: ids of the old file that the new one lacks.
    let oldIDs = Set(try ListLoader.load(paths: [Self.old]).entities.map(\.id))
    let newIDs = Set(try ListLoader.load(paths: [Self.new]).entities.map(\.id))
    let withdrawn = oldIDs.subtracting(newIDs)
    #expect(withdrawn.count == 6)
    #expect(oldReport.withdrawn == withdrawn.count)
    #expect(oldReport.superseded == oldIDs.intersection(newIDs).count)
    #expect(oldReport.screened == 0)
    #expect(newReport.screened == newIDs.count)
    #expect(lists.entities.count == newIDs.count)
    #expect(lists.entities.allSatisfy { !withdrawn.contains($0.id) })
    #expect(oldReport.warnings.contains { $0.description.contains("withdrawn, so not screened") })
  }

  @Test("--include-superseded screens them, and reportIndex finds each entity's file")
  func withdrawnIncluded() throws {
    let lists = try ListLoader.load(paths: [Self.old, Self.new], options: LoadOptions(includeSuperseded: true))
    let ids = Set(lists.entities.map(\.id))
    #expect(ids.contains("un:QDi.095"))
    #expect(lists.entities.count == 1003 + 6)
    let position = try #require(lists.entities.firstIndex { $0.id == "un:QDi.095" })
    let file = try #require(lists.reportIndex(ofEntityAt: position))
    #expect(lists.reports[file].path == Self.old)
  }
}
