import SanctionsIndex
import SanctionsLists
import SanctionsMatching
import SanctionsNormalization
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
  static let nameIndex = NameIndex(names: prepared)
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

@Suite("Name and unit indexes on real UN names")
struct IndexExactnessTests {
  @Test("The sample is real")
  func sample() {
    #expect(UNSample.entities.count == 1003)
    #expect(UNSample.names.count > 300)
    #expect(UNSample.nameIndex.nameCount == UNSample.names.count)
    #expect(UNSample.unitIndex.nameCount == UNSample.names.count)
    // Names share units (Mohammed, Al, Company...): fewer distinct units than occurrences.
    #expect(UNSample.unitIndex.unitCount < UNSample.prepared.reduce(0) { $0 + $1.units.count })
  }

  @Test("Name index candidates include every name the matcher puts at or above the threshold", arguments: [0.8, 0.6])
  func nameIndexIsExact(threshold: Double) throws {
    var found = 0
    for text in UNSample.queries {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      let candidates = UNSample.nameIndex.candidates(for: query, threshold: threshold)
      #expect(candidates == Array(Set(candidates)).sorted(), "ascending, no repetitions: \(text)")
      let expected = UNSample.exhaustive(query, threshold: threshold)
      #expect(Set(expected).isSubset(of: candidates), "\(text): missing \(Set(expected).subtracting(candidates))")
      // The filter does filter: far fewer candidates than names.
      #expect(candidates.count < UNSample.names.count / 2, "\(text)")
      found += expected.count
    }
    #expect(found >= 60)  // every mutated sample name finds at least itself
  }

  @Test("Unit index candidates include every name at or above the threshold, scored exactly from their pairs", arguments: [0.8, 0.6])
  func unitIndexIsExact(threshold: Double) throws {
    for text in UNSample.queries {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      let expected = UNSample.exhaustive(query, threshold: threshold)
      var visited: [Int] = []
      var mismatches: [String] = []
      UNSample.prepared.withUnsafeBufferPointer { names in
        UNSample.unitIndex.forEachCandidate(of: query, threshold: threshold) { name, pairs in
          visited.append(name)
          let full = UNSample.matcher.score(query, names[name])
          guard full >= threshold else { return }
          let fromPairs = UNSample.matcher.score(query, names.baseAddress! + name, pairs: pairs)
          if fromPairs != full { mismatches.append("\(UNSample.names[name].text): \(fromPairs) != \(full)") }
        }
      }
      // Each name once (in no particular order: the doc comment's "ascending" does not hold).
      #expect(visited.count == Set(visited).count, "no repetitions: \(text)")
      #expect(Set(expected).isSubset(of: visited), "\(text): missing \(Set(expected).subtracting(visited))")
      #expect(mismatches.isEmpty, "\(text): \(mismatches)")
    }
  }

  @Test("A name of numbers only is found by its numbers, and only by them")
  func numbersOnly() throws {
    let texts = ["1267", "1267 1989", "1718", "ALPHA 1267 TRADING"]
    let names = try texts.map { try UNSample.matcher.prepare($0, kind: .any) }
    #expect(names[0].tokens.isEmpty && !names[0].numbers.isEmpty)
    let nameIndex = NameIndex(names: names)
    let unitIndex = UnitIndex(names: names)
    for (text, expected) in [("1267", [0]), ("1718", [2]), ("1267 1989", [1]), ("4242", []), ("1989 1267", [])] {
      let query = try UNSample.matcher.prepare(text, kind: .any)
      let exact = names.indices.filter { UNSample.matcher.score(query, names[$0]) >= 0.8 }
      #expect(exact == expected, "\(text)")
      #expect(nameIndex.candidates(for: query, threshold: 0.8) == expected, "\(text)")
      var visited: [Int] = []
      unitIndex.forEachCandidate(of: query, threshold: 0.8) { name, pairs in
        visited.append(name)
        #expect(pairs.isEmpty)
      }
      #expect(visited == expected, "\(text)")
    }
  }

  @Test("An empty query and an empty index have no candidates")
  func empty() throws {
    let empty = UNSample.matcher.prepare(NormalizedName(original: "", tokens: []), kind: .any)
    #expect(UNSample.nameIndex.candidates(for: empty, threshold: 0.5).isEmpty)
    var visited = 0
    UNSample.unitIndex.forEachCandidate(of: empty, threshold: 0.5) { _, _ in visited += 1 }
    #expect(visited == 0)
    let query = try UNSample.matcher.prepare("Usama bin Ladin", kind: .person)
    #expect(NameIndex(names: []).candidates(for: query, threshold: 0.5).isEmpty)
    #expect(NameIndex(names: []).nameCount == 0)
    UnitIndex(names: []).forEachCandidate(of: query, threshold: 0.5) { _, _ in visited += 1 }
    #expect(visited == 0)
  }
}
