import SanctionsLists
import SanctionsMatching

/// A seeded generator (SplitMix64): the same pairs on every run.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Name pairs for the per-rule key tests, from real list names.
enum RuleKeyPairs {
  struct NamePair {
    var query: String
    var listed: String
    var kind: PartyKind
  }

  /// The UN list, read from `../shared/lists` beside the package.
  static let unEntities: [Entity] = {
    var path = #filePath
    for _ in 0..<4 { path = String(path[..<path.lastIndex(of: "/")!]) }
    return (try? ListLoader.load(paths: [path + "/../shared/lists/un/consolidated.xml"]).entities) ?? []
  }()

  /// Entities sampled from the list.
  static let sampledEntities = 700

  static func generate(entities: [Entity], random: inout SplitMix64) -> [NamePair] {
    var pairs: [NamePair] = []
    guard !entities.isEmpty else { return pairs }
    for _ in 0..<sampledEntities {
      let entity = entities[Int.random(in: 0..<entities.count, using: &random)]
      let kind: PartyKind = entity.type == .person ? .person : .organization
      let names = entity.names.prefix(6).map(\.value)
      guard let primary = names.first else { continue }
      // The entity's other names: aliases and original-script names.
      for other in names.dropFirst() {
        pairs.append(NamePair(query: other, listed: primary, kind: kind))
        pairs.append(NamePair(query: primary, listed: other, kind: kind))
      }
      // Variants of the primary name, both ways round.
      for mutation in Mutation.allCases {
        guard let variant = mutation.apply(to: primary, random: &random), variant != primary else { continue }
        pairs.append(NamePair(query: variant, listed: primary, kind: kind))
        pairs.append(NamePair(query: primary, listed: variant, kind: kind))
        pairs.append(NamePair(query: variant, listed: primary, kind: .any))
      }
    }
    return pairs
  }

  /// How a name is changed.
  enum Mutation: CaseIterable {
    case substitute, delete, insert, transpose, twoTypos, truncateLast, initial, join, split, vowels,
      consonantClasses, cyrillic

    func apply(to name: String, random: inout SplitMix64) -> String? {
      var words = name.split(separator: " ").map { Array($0.lowercased().unicodeScalars) }
      guard !words.isEmpty, words.allSatisfy({ $0.allSatisfy { $0.isASCII } }) else { return nil }
      let w = Int.random(in: 0..<words.count, using: &random)
      func position(_ word: [Unicode.Scalar]) -> Int? { word.count > 1 ? Int.random(in: 1..<word.count, using: &random) : nil }
      let letters = Array("abcdefghijklmnopqrstuvwxyz".unicodeScalars)
      switch self {
      case .substitute:
        guard let p = position(words[w]) else { return nil }
        words[w][p] = letters[Int.random(in: 0..<letters.count, using: &random)]
      case .delete:
        guard let p = position(words[w]), words[w].count > 4 else { return nil }
        words[w].remove(at: p)
      case .insert:
        guard let p = position(words[w]) else { return nil }
        words[w].insert(letters[Int.random(in: 0..<letters.count, using: &random)], at: p)
      case .transpose:
        guard let p = position(words[w]), p + 1 < words[w].count else { return nil }
        words[w].swapAt(p, p + 1)
      case .twoTypos:
        guard words[w].count >= 9 else { return nil }
        words[w].remove(at: 2)
        words[w][5] = letters[Int.random(in: 0..<letters.count, using: &random)]
      case .truncateLast:
        let last = words.count - 1
        guard words[last].count > 5 else { return nil }
        words[last] = Array(words[last].prefix(Int.random(in: 3...(words[last].count - 1), using: &random)))
      case .initial:
        guard words.count > 1, w < words.count - 1 else { return nil }
        words[w] = [words[w][0]]
      case .join:
        guard words.count > 1 else { return nil }
        let first = min(w, words.count - 2)
        words[first] += words.remove(at: first + 1)
      case .split:
        guard words[w].count >= 6 else { return nil }
        let cut = words[w].count / 2
        words.insert(Array(words[w][cut...]), at: w + 1)
        words[w] = Array(words[w][..<cut])
      case .vowels:
        let swaps: [Unicode.Scalar: Unicode.Scalar] = ["a": "e", "e": "i", "i": "y", "o": "u", "u": "o", "y": "i"]
        words[w] = words[w].map { swaps[$0] ?? $0 }
      case .consonantClasses:
        let swaps: [Unicode.Scalar: Unicode.Scalar] = ["k": "q", "q": "k", "c": "k", "s": "z", "z": "s", "v": "w", "w": "v", "d": "t", "g": "q"]
        words[w] = words[w].map { swaps[$0] ?? $0 }
      case .cyrillic:
        let table: [Unicode.Scalar: String] = [
          "a": "а", "b": "б", "v": "в", "g": "г", "d": "д", "e": "е", "z": "з", "i": "и", "y": "й", "k": "к",
          "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "r": "р", "s": "с", "t": "т", "u": "у", "f": "ф",
          "h": "х", "c": "ц", "w": "в", "x": "кс", "j": "дж", "q": "к",
        ]
        return words.map { word in word.map { table[$0] ?? String($0) }.joined() }.joined(separator: " ")
      }
      return words.map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
  }
}
