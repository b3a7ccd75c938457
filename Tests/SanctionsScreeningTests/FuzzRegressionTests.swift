import SanctionsScreening
import SanctionsSupport
import Testing

/// The saved-index fuzz target (`Fuzz/Targets/FuzzIndexLoader`): its seeds decode, and every
/// input a fuzzing run found a problem with (kept under lists/fixtures/fuzz/FuzzIndexLoader)
/// is rejected or decoded into a usable screener, never a crash.
@Suite("Fuzz regressions: saved-index loader")
struct IndexLoaderFuzzRegressionTests {
  static let packageRoot: String = {
    var path = #filePath
    for _ in 0..<3 {
      if let slash = path.lastIndex(of: "/") { path = String(path[..<slash]) }
    }
    return path
  }()

  static func files(_ folder: String) -> [String] {
    var paths: [String] = []
    FileSystem.walk(FileSystem.join(packageRoot, folder)) { paths.append($0) }
    return paths.filter { FileSystem.kind(of: $0) == .file }
  }

  static func read(_ path: String) -> [UInt8] {
    FileSystem.readBytes(path) ?? []
  }

  /// The fuzz target's body: the first byte is the mode (odd: recompute the checksum).
  static func decode(_ input: [UInt8]) -> Screener? {
    guard let mode = input.first else { return nil }
    return input.withUnsafeBytes {
      IndexStore.decodeInMemory(UnsafeRawBufferPointer(rebasing: $0[1...]), recomputingChecksum: mode & 1 == 1)
    }
  }

  @Test("The seeds of the index-loader fuzz target are index files that decode and screen")
  func seedsDecode() throws {
    let seeds = Self.files("Fuzz/corpus/FuzzIndexLoader")
    #expect(!seeds.isEmpty)
    for seed in seeds {
      let screener = try #require(Self.decode(Self.read(seed)), "\(seed)")
      #expect(screener.nameCount > 0)
      #expect(try !screener.screen(ScreeningQuery(name: "Anna O'Brien")).isEmpty)
    }
  }

  @Test("A byte flipped in the payload is caught by the checksum")
  func flippedByteFailsChecksum() throws {
    var bytes = try #require(Self.files("Fuzz/corpus/FuzzIndexLoader").first.map(Self.read))
    bytes[0] = 0  // keep the stored checksum
    bytes[bytes.count / 2] ^= 0x55
    #expect(Self.decode(bytes) == nil)
  }

  @Test("Inputs a fuzzing run found a problem with are rejected or usable, never a crash")
  func findingsDoNotCrash() throws {
    for path in Self.files("lists/fixtures/fuzz/FuzzIndexLoader") {
      guard let screener = Self.decode(Self.read(path)) else { continue }
      for name in ["Ayman al-Zawahiri", "1267", "Bank", "Ali"] {
        _ = try? screener.screen(ScreeningQuery(name: name))
      }
    }
  }
}
