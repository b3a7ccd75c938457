import Glibc
import SanctionsLists
import SanctionsIndex
import SanctionsMatching
@testable import SanctionsNormalization
import SanctionsScreening
import SanctionsSupport
import Synchronization
import Testing

/// The real list files, read from `../shared/lists` beside the package.
enum SharedLists {
  static let root: String = {
    var path = #filePath
    for _ in 0..<3 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return path + "/../shared/lists"
  }()
  static let un = root + "/un/consolidated.xml"
  static let sdn = root + "/ofac_sdn/2024-05-03/sdn.csv"

  /// The UN list loaded once for all tests.
  static let unEntities: [Entity] = (try? ListLoader.load(paths: [un]).entities) ?? []
  static let unScreener = Screener(entities: unEntities)
  /// The UN and OFAC SDN lists together.
  static let unAndSDNEntities: [Entity] = (try? ListLoader.load(paths: [un, sdn]).entities) ?? []
  static let unAndSDNScreener = Screener(entities: unAndSDNEntities)
}

@Suite("Screening the UN list")
struct ScreeningBehaviourTests {
  let screener = SharedLists.unScreener

  @Test("The UN list loads and every name is indexed")
  func indexed() {
    #expect(SharedLists.unEntities.count == 1003)
    #expect(screener.nameCount >= SharedLists.unEntities.count)
  }

  @Test("A listed name finds its entity first, in any spelling")
  func findsListedNames() throws {
    // QDi.001 is listed as JAMAL AHMAD ABDULLAH ALI AL-MUNSHID? Check by name instead of
    // assuming: take real primary names from the file and mutate them.
    for entity in SharedLists.unEntities.prefix(60) where entity.type == .person {
      let name = entity.primaryName
      let matches = try screener.screen(ScreeningQuery(name: name, kind: .person))
      #expect(matches.first?.entityID == entity.id || matches.first?.score == 1, "\(name)")
      let reordered = name.split(separator: " ").reversed().joined(separator: " ")
      let again = try screener.screen(ScreeningQuery(name: reordered, kind: .person), limit: 50)
      #expect(again.contains { $0.entityID == entity.id }, "\(reordered)")
    }
  }

  @Test("Original-script queries find Latin-listed entities")
  func crossScript() throws {
    // ایمن الظواهري is Ayman al-Zawahiri (listed by the UN as QDi.006).
    let matches = try screener.screen(ScreeningQuery(name: "أيمن الظواهري", kind: .person))
    #expect(matches.contains { $0.entityID == "un:QDi.006" })
  }

  @Test("Results are ranked, limited and above the threshold")
  func contract() throws {
    let matches = try screener.screen(ScreeningQuery(name: "Muhammad", kind: .any), threshold: 0.5, limit: 3)
    #expect(matches.count <= 3)
    #expect(matches.allSatisfy { $0.score >= 0.5 })
    #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score })
    #expect(Set(matches.map(\.entityID)).count == matches.count)
  }

  @Test("Names that are on no list do not alert")
  func negatives() throws {
    for name in ["Patricia Lucas Wheeler", "Isabella Joaquin Torres", "Tomasz Wojcik", "Olivia Bennett"] {
      #expect(try screener.screen(ScreeningQuery(name: name, kind: .person)).isEmpty, "\(name)")
    }
  }

  @Test("Attributes refine the score: agreement raises, conflict lowers")
  func attributes() throws {
    let name = "Aiman al-Zawahri"  // misspelled, so the name score is below 1
    let base = try #require(try screener.screen(ScreeningQuery(name: name)).first { $0.entityID == "un:QDi.006" })
    #expect(base.score < 1)
    let agreeing = try #require(try screener.screen(ScreeningQuery(name: name, kind: .person, birthYear: 1951)).first { $0.entityID == "un:QDi.006" })
    #expect(agreeing.score > base.score)
    #expect(agreeing.nameScore == base.nameScore)
    #expect(agreeing.adjustments.count == 2)
    #expect(agreeing.adjustments.map(\.description) == ["type agrees (person): +0.02", "birth year 1951 agrees: +0.03"])
    #expect(agreeing.adjustments.map(\.attribute) == [.type(query: .person, listed: .person), .birthYear(1951)])
    let conflicting = try screener.screen(ScreeningQuery(name: name, kind: .organization, birthYear: 1990), threshold: 0)
      .first { $0.entityID == "un:QDi.006" }
    #expect((conflicting?.score ?? 0) < base.score)
    #expect(
      conflicting?.adjustments.map(\.description) == [
        "type differs (query organization, listed person): -0.25", "birth year 1990 differs from the listed ones: -0.1",
      ])
    #expect(conflicting?.adjustments.allSatisfy { !$0.agrees && $0.change < 0 } == true)
  }

  @Test("Bad queries are typed errors")
  func badQueries() {
    #expect(throws: ScreeningError.self) { try screener.screen(ScreeningQuery(name: "   ")) }
    #expect(throws: ScreeningError.self) { try screener.prepare(ScreeningQuery(name: "   ")) }
    #expect(throws: ScreeningError.invalidThreshold(1.5)) { try screener.screen(ScreeningQuery(name: "x"), threshold: 1.5) }
    #expect(throws: ScreeningError.invalidThreshold(-1)) {
      try screener.screen(screener.prepare(ScreeningQuery(name: "x")), threshold: -1)
    }
  }

  @Test("A prepared query screens like the query, and explains each match it found")
  func preparedQuery() throws {
    for name in ["Aiman al-Zawahri", "أيمن الظواهري", "Taliban", "Kim Jong Un"] {
      let query = ScreeningQuery(name: name, kind: .person, birthYear: 1951)
      let prepared = try screener.prepare(query)
      #expect(prepared.query == query)
      let matches = try screener.screen(prepared, threshold: 0.6, limit: 20)
      #expect(matches == (try screener.screen(query, threshold: 0.6, limit: 20)))
      for match in matches {
        let explanation = screener.explain(match, for: prepared)
        #expect(explanation.score == match.nameScore, "\(name) / \(match.matchedName)")
      }
    }
  }
}

/// Generated queries: real list names with typos, joins, splits, initials,
/// truncation, reordering and transliteration into Cyrillic, Greek, kana,
/// hangul, Devanagari or Thai letters (by ICU's transforms from Latin), and
/// real Arabic-script or Hebrew names (original-script names of the lists),
/// some with a letter left out.
enum QueryGenerator {
  struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  /// ICU transforms that write a Latin name in another script.
  static let otherScripts = ["Latin-Greek", "Latin-Katakana", "Latin-Hangul", "Latin-Devanagari", "Latin-Thai"]

  static func transliterated(_ text: String, _ transform: String) -> String? {
    guard let units = try? TransliteratorPool.shared.transliterate(Array(text.lowercased().utf16), id: transform) else {
      return nil
    }
    return String(decoding: units, as: UTF16.self)
  }

  static func queries(from entities: [Entity], count: Int, seed: UInt64) -> [String] {
    let all = entities.flatMap { $0.names.map(\.value) }
    let names = all.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
    let abjadNames = all.filter { name in
      name.unicodeScalars.contains { (0x590...0x6FF).contains($0.value) }
    }
    var random = Random(state: seed)
    var result: [String] = []
    let cyrillic: [Character: String] = [
      "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "k": "к", "l": "л",
      "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф", "h": "х",
      "y": "ы", "j": "дж", "c": "к", "q": "к", "w": "в", "x": "кс",
    ]
    while result.count < count {
      let name = names[random.next(names.count)]
      var tokens = name.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
      guard !tokens.isEmpty else { continue }
      if random.next(9) == 8, !abjadNames.isEmpty {  // an Arabic-script or Hebrew name
        var letters = Array(abjadNames[random.next(abjadNames.count)].unicodeScalars)
        if random.next(2) == 0, letters.count > 4 { letters.remove(at: 1 + random.next(letters.count - 2)) }
        result.append(String(String.UnicodeScalarView(letters)))
        continue
      }
      switch random.next(8) {
      case 0:  // typo
        let t = random.next(tokens.count)
        var chars = Array(tokens[t])
        if chars.count > 4 { chars[random.next(chars.count)] = "x" }
        tokens[t] = String(chars)
      case 1:  // join two tokens
        if tokens.count > 1 { tokens[0] += tokens.remove(at: 1) }
      case 2:  // split a token
        let t = random.next(tokens.count)
        if tokens[t].count > 6 {
          let cut = tokens[t].index(tokens[t].startIndex, offsetBy: 3)
          tokens[t...t] = [String(tokens[t][..<cut]), String(tokens[t][cut...])]
        }
      case 3:  // initial
        if tokens.count > 2 { tokens[0] = String(tokens[0].prefix(1)) + "." }
      case 4:  // truncate the last token
        if let last = tokens.last, last.count > 5 { tokens[tokens.count - 1] = String(last.prefix(last.count - 2)) }
      case 5:  // reorder
        tokens.reverse()
      case 6:  // Cyrillic transliteration, or another script's
        let script = random.next(2 + otherScripts.count)
        if script < 2 {
          tokens = tokens.map { token in token.lowercased().map { cyrillic[$0] ?? String($0) }.joined() }
        } else if let written = transliterated(tokens.joined(separator: " "), otherScripts[script - 2]) {
          tokens = [written]
        }
      default:  // drop a middle token
        if tokens.count > 2 { tokens.remove(at: 1) }
      }
      result.append(tokens.joined(separator: " "))
    }
    return result
  }
}

@Suite("The index is exact")
struct ExactnessTests {
  @Test("Index results equal an exhaustive scan above the threshold (UN list, generated queries)")
  func indexEqualsExhaustiveScan() throws {
    let screener = SharedLists.unScreener
    let queries = QueryGenerator.queries(from: SharedLists.unEntities, count: 120, seed: 7)
    for (index, name) in queries.enumerated() {
      let kind: PartyKind = index % 3 == 0 ? .person : .any
      let threshold = [0.8, 0.7, 0.9][index % 3]
      let query = ScreeningQuery(name: name, kind: kind)
      let indexed = try screener.screen(query, threshold: threshold, limit: 1000)
      let scanned = try screener.screenExhaustively(query, threshold: threshold, limit: 1000)
      #expect(indexed.map(\.entityID) == scanned.map(\.entityID), "\(name)")
      #expect(indexed.map(\.score) == scanned.map(\.score), "\(name)")
    }
  }

  /// Generated queries against UN + OFAC SDN (38,000 names): 10,000 in an
  /// optimized build (`swift test -c release -Xswiftc -enable-testing
  /// --filter ExactnessTests`, which `.ci/run` runs), a sample of them in a
  /// debug build, where the reference scan is too slow for 10,000.
  #if DEBUG
    static let defaultLargeQueryCount = 300
  #else
    static let defaultLargeQueryCount = 10_000
  #endif
  /// `SANCTIONS_EXACTNESS_QUERIES` overrides the count.
  static let largeQueryCount: Int = {
    guard let text = getenv("SANCTIONS_EXACTNESS_QUERIES"), let count = Int(String(cString: text)), count > 0 else {
      return defaultLargeQueryCount
    }
    return count
  }()

  @Test("Index results equal a scan of every unit of every name (UN + OFAC SDN, generated queries)")
  func indexEqualsFullUnitScanOnUNAndSDN() throws {
    let screener = SharedLists.unAndSDNScreener
    #expect(SharedLists.unAndSDNEntities.count == 1003 + 14_965)
    let queries = QueryGenerator.queries(from: SharedLists.unAndSDNEntities, count: Self.largeQueryCount, seed: 11)
    let mismatches = Mutex<[String]>([])
    let checked = Mutex(0)
    // One reference memory per worker.
    let workers = ProcessInfoLite.activeProcessorCount
    ParallelLoop.forEach(count: workers, workers: workers) { worker in
      var memory = ReferenceMemory()
      for index in stride(from: worker, to: queries.count, by: workers) {
        let name = queries[index]
        let kind: PartyKind = index % 3 == 0 ? .person : (index % 3 == 1 ? .any : .organization)
        let threshold = [0.8, 0.7, 0.9][index % 3]
        let query = ScreeningQuery(name: name, kind: kind)
        guard let indexed = try? screener.screen(query, threshold: threshold, limit: 1000),
          let scanned = try? screener.screenByComparingAllUnits(query, threshold: threshold, limit: 1000, memory: &memory)
        else { continue }
        checked.withLock { $0 += 1 }
        if indexed.map(\.entityID) != scanned.map(\.entityID) || indexed.map(\.score) != scanned.map(\.score) {
          let line = "\(name): index \(indexed.map { "\($0.entityID)=\($0.score)" }) scan \(scanned.map { "\($0.entityID)=\($0.score)" })"
          mismatches.withLock { $0.append(line) }
        }
      }
    }
    let found = mismatches.withLock { $0 }
    #expect(found.isEmpty, "\(found.count) of \(queries.count) queries differ, e.g. \(found.prefix(5))")
    #expect(checked.withLock { $0 } >= queries.count * 99 / 100)
  }
}
