import Glibc
import SanctionsLists
import SanctionsScreening
import SanctionsSupport
import Testing

/// One party, one match: the US CSL's copies of OFAC records are records of
/// the OFAC party, so a designation published in both is one match listing
/// both, and `limit` counts parties.
@Suite("Parties published in several files")
struct PartyTests {
  private static let sdn = """
    306,"BIN LADIN, Usama bin Muhammad bin Awad","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 30 Jul 1957."

    """
  private static let csl = """
    _id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids
    306,Specially Designated Nationals (SDN) - Treasury Department,306,Individual,SDGT,"BIN LADIN, Usama bin Muhammad bin Awad",,,,,,,,,,,,,,,,,"BIN LADIN, Usama",,1957-07-30,,,,
    d41d8,Denied Persons List (DPL) - Bureau of Industry and Security,,,,"BIN LADIN, Usama",,,,,,,,,,,,,,,,,,,,,,,

    """

  private static func withLists(_ body: (_ folder: String) throws -> Void) throws {
    var template = Array("/tmp/sanctions-party-XXXXXX".utf8CString)
    let folder = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)!) }
    defer { _ = try? FileSystem.removeTree(folder) }
    try FileSystem.makeDirectory(folder + "/ofac")
    try FileSystem.writeNewFile(folder + "/ofac/sdn.csv", bytes: Array(sdn.utf8))
    try FileSystem.writeNewFile(folder + "/csl.csv", bytes: Array(csl.utf8))
    try body(folder)
  }

  @Test("The CSL's SDN record is the OFAC party's; the DPL record is another party; limit counts parties")
  func merged() throws {
    try Self.withLists { folder in
      let lists = try ListLoader.load(paths: [folder])
      #expect(lists.entities.first { $0.id == "csl:SDN:306" }?.sameAs == "ofac:306")
      #expect(lists.entities.first { $0.id.hasPrefix("csl:DPL") }?.sameAs == nil)
      let screener = Screener(lists: lists)
      let query = ScreeningQuery(name: "Usama bin Ladin", kind: .person)
      let matches = try screener.screen(query, limit: 10)
      #expect(matches.count == 2)
      let ofac = try #require(matches.first { $0.records.contains { $0.entityID == "ofac:306" } })
      #expect(Set(ofac.records.map(\.entityID)) == ["ofac:306", "csl:SDN:306"])
      #expect(ofac.records.first?.entityID == ofac.entityID)
      #expect(try screener.screen(query, limit: 1).count == 1)
      #expect(try screener.screen(query, limit: 2) == matches)
      #expect(try screener.screenExhaustively(query, limit: 10) == matches)
    }
  }
}
