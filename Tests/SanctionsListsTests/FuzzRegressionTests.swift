import SanctionsSupport
import Testing

@testable import SanctionsLists

/// The list-parser fuzz target (`Fuzz/Targets/FuzzListParsers`): its seeds are lists the
/// detector reads, and every input a fuzzing run found a problem with (kept under
/// lists/fixtures/fuzz/FuzzListParsers) is read without a crash.
@Suite("Fuzz regressions: list parsers")
struct FuzzRegressionTests {
  /// The file names the fuzz target reads its input under, picked by the input's first byte.
  static let names = [
    "list.xml", "list.csv", "list.json", "list.xlsx", "list.zip", "list.csv.gz", "sdn.csv", "cons_prim.csv",
  ]

  /// Runs the fuzz target's body: the first byte picks the name, the rest is the file.
  static func parse(_ input: [UInt8]) -> [Entity]? {
    guard let selector = input.first else { return nil }
    return input.withUnsafeBufferPointer {
      ListLoader.parseInMemory(UnsafeBufferPointer(rebasing: $0[1...]), name: names[Int(selector) % names.count])
    }
  }

  static func files(_ folder: String) -> [String] {
    var paths: [String] = []
    FileSystem.walk(folder) { paths.append($0) }
    return paths.filter { FileSystem.kind(of: $0) != .missing }
  }

  static func read(_ path: String) -> [UInt8] {
    FileSystem.readBytes(path) ?? []
  }

  @Test("Every seed of the list-parser fuzz target is a list with entities")
  func seedsAreLists() {
    let seeds = Self.files(FileSystem.join(Paths.packageRoot, "Fuzz/corpus/FuzzListParsers"))
    #expect(seeds.count >= 15)
    for seed in seeds {
      let entities = Self.parse(Self.read(seed))
      #expect(entities.map { !$0.isEmpty } == true, "\(seed)")
    }
  }

  @Test("Inputs a fuzzing run found a problem with are read without a crash")
  func findingsDoNotCrash() {
    for path in Self.files(Paths.fixture("fuzz/FuzzListParsers")) {
      _ = Self.parse(Self.read(path))
    }
  }
}
