@testable import SanctionsLists
import SanctionsSupport

/// Paths of the shared real list files and of the project's own fixtures, resolved from this
/// file's location (Tests/SanctionsListsTests/ → package root).
enum Paths {
  static let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 {
      if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
    }
    return path
  }()

  /// `../shared/lists` next to the package.
  static let shared = FileSystem.join(FileSystem.directoryName(packageRoot), "shared/lists")
  static let fixtures = FileSystem.join(packageRoot, "lists/fixtures")

  static func real(_ relative: String) -> String { FileSystem.join(shared, relative) }
  static func fixture(_ relative: String) -> String { FileSystem.join(fixtures, relative) }
}

/// Each real file is loaded once and shared by all tests (global lets initialise lazily and
/// thread-safely).
enum Real {
  static func load(_ relative: String) -> LoadedLists {
    do {
      return try ListLoader.load(paths: [Paths.real(relative)])
    } catch {
      fatalError("cannot load \(relative): \(error)")
    }
  }
}

let unList = Real.load("un/consolidated.xml")
let unOldList = Real.load("un/consolidated_2024-11-30.xml")
let sdnList = Real.load("ofac_sdn/2024-05-03/sdn.csv")
let enhancedList = Real.load("ofac_cons/2025-01/CONS_ENHANCED.ZIP")
let consPrimList = Real.load("ofac_cons/2025-03/cons_prim.csv")
let ukList = Real.load("uk/ofsi_conlist/2025-04-14/ConList.xlsx")
let ukLegacyList = Real.load("uk/ofsi_conlist/2018-04-13/sanctionsconlist.csv")
let cslList = Real.load("us_csl/consolidated.csv.gz")
let canadaList = Real.load("canada_sema/sema-lmes.xml")
let dfatList = Real.load("australia_dfat/regulation8_consolidated.xlsx")
let derivedList = Real.load("derived_nonofficial/ofac_names_2026-03-22.json")

extension LoadedLists {
  var onlyReport: ListFileReport { reports[0] }

  /// The entity, or a fatal error naming the missing id (keeps test bodies short).
  subscript(id: String) -> Entity {
    guard let entity = entity(id: id) else { fatalError("\(id) not loaded") }
    return entity
  }
}

extension Entity {
  func names(_ kind: NameKind) -> [String] { names.filter { $0.kind == kind }.map(\.value) }
  func identifiers(_ kind: IdentifierKind) -> [String] {
    identifiers.filter { $0.kind == kind }.map(\.value)
  }
}

/// The error thrown by loading `paths`, or nil when loading succeeds.
func loadError(_ paths: [String]) -> ListError? {
  do {
    _ = try ListLoader.load(paths: paths)
    return nil
  } catch {
    return error
  }
}
