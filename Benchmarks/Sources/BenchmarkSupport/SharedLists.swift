import Foundation

/// Where the official list files live, and the ones the benchmarks read.
///
/// The folder is `$SANCTIONS_SHARED_LISTS` when set, else `../shared/lists` beside the
/// repository root (the root is derived from this source file's path).
public enum SharedLists {
  /// Why the list files cannot be used.
  public struct MissingLists: Error, CustomStringConvertible {
    public let description: String
  }

  /// The repository root: three folders above `Benchmarks/Sources/BenchmarkSupport/`.
  public static let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url.standardizedFileURL.path
  }()

  /// The lists folder, checked to exist.
  public static func directory() throws(MissingLists) -> String {
    let environment = ProcessInfo.processInfo.environment["SANCTIONS_SHARED_LISTS"].flatMap { $0.isEmpty ? nil : $0 }
    let candidate =
      environment
      ?? URL(fileURLWithPath: repositoryRoot).deletingLastPathComponent().appendingPathComponent("shared/lists")
      .standardizedFileURL.path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), isDirectory.boolValue else {
      let origin =
        environment != nil
        ? "from SANCTIONS_SHARED_LISTS"
        : "../shared/lists beside the repository root \(repositoryRoot)"
      throw MissingLists(
        description: """
          The official list files were not found at \(candidate) (\(origin)). \
          Set SANCTIONS_SHARED_LISTS to the folder holding un/, ofac_sdn/, uk/, ... \
          or place that folder at ../shared/lists beside the repository.
          """)
    }
    return candidate
  }

  /// The absolute path of a file or folder under the lists folder, checked to exist.
  public static func path(_ relative: String) throws(MissingLists) -> String {
    let root = try directory()
    let path = root + "/" + relative
    guard FileManager.default.fileExists(atPath: path) else {
      throw MissingLists(description: "The list file \(relative) is missing from \(root).")
    }
    return path
  }

  /// One list file per format the loader reads, as (label, path relative to the lists folder).
  public static let formats: [(label: String, relative: String)] = [
    ("UN XML", "un/consolidated.xml"),
    ("OFAC SDN CSV", "ofac_sdn/2024-05-03/sdn.csv"),
    ("OFAC non-SDN CSV", "ofac_cons/2025-03/cons_prim.csv"),
    ("OFAC enhanced XML (zip)", "ofac_cons/2025-01/CONS_ENHANCED.ZIP"),
    ("UK OFSI xlsx", "uk/ofsi_conlist/2025-04-14/ConList.xlsx"),
    ("UK OFSI legacy CSV", "uk/ofsi_conlist/2018-04-13/sanctionsconlist.csv"),
    ("Canada SEMA XML", "canada_sema/sema-lmes.xml"),
    ("Australia DFAT xlsx", "australia_dfat/regulation8_consolidated.xlsx"),
    ("US CSL CSV (gzip)", "us_csl/consolidated.csv.gz"),
  ]

  /// The UN consolidated list.
  public static let un = "un/consolidated.xml"
  /// The newest complete OFAC SDN list.
  public static let ofacSDN = "ofac_sdn/2024-05-03/sdn.csv"
}

/// A list selection the screening benchmarks run over.
public enum ListCorpus: String, CaseIterable, Sendable {
  /// The UN consolidated list and the OFAC SDN list.
  case unAndOFAC = "UN + OFAC SDN"
  /// Every list file in the lists folder.
  case everyList = "every list"

  /// The paths to load.
  public func paths() throws(SharedLists.MissingLists) -> [String] {
    switch self {
    case .unAndOFAC: return [try SharedLists.path(SharedLists.un), try SharedLists.path(SharedLists.ofacSDN)]
    case .everyList: return [try SharedLists.directory()]
    }
  }
}

/// A positive whole number from the environment, else a default.
public func environmentCount(_ name: String, default value: Int) -> Int {
  guard let text = ProcessInfo.processInfo.environment[name], !text.isEmpty else { return value }
  let digits = text.filter { $0 != "_" && $0 != "," }
  guard let parsed = Int(digits), parsed > 0 else {
    FileHandle.standardError.write(Data("warning: \(name)=\(text) is not a positive number; using \(value)\n".utf8))
    return value
  }
  return parsed
}
