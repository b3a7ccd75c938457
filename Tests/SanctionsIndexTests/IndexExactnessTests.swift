import SanctionsIndex
import SanctionsLists
import SanctionsMatching
import SanctionsNormalization
import SanctionsSupport
import Testing

/// Real names: every name of the first 300 UN entities, prepared once.
enum UNSample {
  static let root: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/../shared/lists"
  }()
  static let entities: [Entity] = (try? ListLoader.load(paths: [root + "/un/consolidated.xml"]).entities) ?? []
  static let matcher = NameMatcher()
  /// (text, prepared) of every name that prepares.
  static let names: [(text: String, prepared: PreparedName)] = entities.prefix(300).flatMap { entity in
    entity.names.compactMap { name in
      (try? matcher.prepare(name.value, kind: PartyKind(rawValue: entity.type.rawValue) ?? .any)).map { (name.value, $0) }
    }
  }
  static let prepared = names.map(\.prepared)
  static let unitIndex = UnitIndex(names: prepared)

  /// Queries: sample names with a typo, a dropped or joined token, reversed
  /// order, plus names of other UN entities (mostly not in the sample).
  static let queries: [String] = {
    var state: UInt64 = 2024
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var queries: [String] = []
    for _ in 0..<60 {
      var tokens = names[next(names.count)].text.split(separator: " ").map(String.init)
      switch next(4) {
      case 0:
        let t = next(tokens.count)
        var characters = Array(tokens[t])
        if characters.count > 4 { characters[next(characters.count)] = "q" }
        tokens[t] = String(characters)
      case 1: if tokens.count > 2 { tokens.remove(at: 1) }
      case 2: if tokens.count > 1 { tokens[0] += tokens.remove(at: 1) }
      default: tokens.reverse()
      }
      queries.append(tokens.joined(separator: " "))
    }
    for entity in entities.dropFirst(300).prefix(20) { queries.append(entity.primaryName) }
    return queries
  }()

  /// Name numbers that score at least `threshold` against `query`, by
  /// scoring every name.
  static func exhaustive(_ query: PreparedName, threshold: Double) -> [Int] {
    prepared.indices.filter { matcher.score(query, prepared[$0]) >= threshold }
  }
}

@Suite("Unit index on real UN names")
struct IndexExactnessTests {
  @Test("The sample is real")
  func sample() {
    #expect(UNSample.entities.count == 1003)
    #expect(UNSample.names.count > 300)
    #expect(UNSample.unitIndex.nameCount == UNSample.names.count)
    // Names share units (Mohammed, Al, Company...): fewer distinct units than occurrences.
    #expect(UNSample.unitIndex.unitCount < UNSample.prepared.reduce(0) { $0 + $1.units.count })
  }

  @Test("Unit index candidates include every name at or above the threshold, scored exactly from their pairs", arguments: [0.8, 0.6])
  func unitIndexIsExact(threshold: Double) throws {
    for text in UNSample.queries {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      let expected = UNSample.exhaustive(query, threshold: threshold)
      var visited: [Int] = []
      var mismatches: [String] = []
      UNSample.prepared.withUnsafeBufferPointer { names in
        UNSample.unitIndex.forEachCandidate(of: query, threshold: threshold) { name, kept, pairs in
          visited.append(name)
          let full = UNSample.matcher.score(query, names[name])
          guard full >= threshold else { return }
          let fromPairs = UNSample.matcher.score(query, names.baseAddress! + name, pairs: pairs)
          if fromPairs != full { mismatches.append("\(UNSample.names[name].text): \(fromPairs) != \(full)") }
          // The name as the index keeps it (shared units, its own weights and spans) scores the same.
          let fromKept = UNSample.matcher.score(query, kept, pairs: pairs)
          if fromKept != full { mismatches.append("\(UNSample.names[name].text) as kept: \(fromKept) != \(full)") }
        }
      }
      // Each name once (in no particular order: the doc comment's "ascending" does not hold).
      #expect(visited.count == Set(visited).count, "no repetitions: \(text)")
      #expect(Set(expected).isSubset(of: visited), "\(text): missing \(Set(expected).subtracting(visited))")
      #expect(mismatches.isEmpty, "\(text): \(mismatches)")
    }
  }

  @Test("A unit index read back from its bytes finds the same candidates with the same pairs")
  func storageRoundTrip() throws {
    var writer = BinaryWriter()
    UNSample.unitIndex.write(to: &writer)
    let bytes = OwnedBytes(writer.bytes)
    var reader = BinaryReader(bytes.buffer)
    let read = try UnitIndex(reading: &reader, owner: bytes)
    #expect(reader.remaining == 0)
    #expect(read.nameCount == UNSample.unitIndex.nameCount)
    #expect(read.unitCount == UNSample.unitIndex.unitCount)
    for text in UNSample.queries {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      var expected: [Int: Double] = [:]
      UNSample.unitIndex.forEachCandidate(of: query, threshold: 0.6) { name, kept, pairs in
        expected[name] = UNSample.matcher.score(query, kept, pairs: pairs)
      }
      var found: [Int: Double] = [:]
      read.forEachCandidate(of: query, threshold: 0.6) { name, kept, pairs in
        found[name] = UNSample.matcher.score(query, kept, pairs: pairs)
      }
      #expect(found == expected, "\(text)")
    }
    // Every prefix of the bytes is an error, not a crash.
    for length in stride(from: 0, to: writer.bytes.count, by: max(1, writer.bytes.count / 97)) {
      let prefix = OwnedBytes(Array(writer.bytes[..<length]))
      var reader = BinaryReader(prefix.buffer)
      #expect(throws: BinaryFormatError.self) { try UnitIndex(reading: &reader, owner: prefix) }
    }
  }

  @Test("A name of numbers only is found by its numbers, and only by them")
  func numbersOnly() throws {
    let texts = ["1267", "1267 1989", "1718", "ALPHA 1267 TRADING"]
    let names = try texts.map { try UNSample.matcher.prepare($0, kind: .any) }
    #expect(names[0].tokens.isEmpty && !names[0].numbers.isEmpty)
    let unitIndex = UnitIndex(names: names)
    for (text, expected) in [("1267", [0]), ("1718", [2]), ("1267 1989", [1]), ("4242", []), ("1989 1267", [])] {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      let exact = names.indices.filter { UNSample.matcher.score(query, names[$0]) >= 0.8 }
      #expect(exact == expected, "\(text)")
      var visited: [Int] = []
      unitIndex.forEachCandidate(of: query, threshold: 0.8) { name, _, pairs in
        visited.append(name)
        #expect(pairs.isEmpty)
      }
      #expect(visited == expected, "\(text)")
    }
  }

  @Test("An empty query and an empty index have no candidates")
  func empty() throws {
    let empty = UNSample.matcher.prepare(NormalizedName(original: "", tokens: []), kind: .any)
    var visited = 0
    UNSample.unitIndex.forEachCandidate(of: empty, threshold: 0.5) { _, _, _ in visited += 1 }
    #expect(visited == 0)
    let query = try UNSample.matcher.prepare("Usama bin Ladin", kind: .person)
    UnitIndex(names: []).forEachCandidate(of: query, threshold: 0.5) { _, _, _ in visited += 1 }
    #expect(visited == 0)
  }
}

/// Bytes at a stable, 8-byte aligned address, as a mapped file gives them.
final class OwnedBytes: @unchecked Sendable {
  private let memory: UnsafeMutableRawBufferPointer
  let buffer: UnsafeRawBufferPointer

  init(_ bytes: [UInt8]) {
    let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, bytes.count), alignment: 8)
    bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
    self.memory = memory
    buffer = UnsafeRawBufferPointer(rebasing: memory[..<bytes.count])
  }

  deinit { memory.deallocate() }
}
