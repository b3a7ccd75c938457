public import SanctionsLists
public import SanctionsMatching
public import SanctionsScreening

/// How a listed name is changed before it is screened, as a person typing it might.
public enum NameMutation: String, CaseIterable, Sendable {
  /// Unchanged.
  case exact
  /// One typing error in one name part: a wrong, missing, doubled or swapped letter.
  case typo
  /// The last name part moved to the front (`Ivanov Sergey`).
  case reorder
  /// A middle name, patronymic or connector left out.
  case dropMiddleName
  /// A typo and a reordering.
  case typoAndReorder
  /// Upper case, hyphens and punctuation replaced by spaces.
  case upperCaseNoPunctuation

  /// Relative frequency among mutated queries.
  var weight: Int {
    switch self {
    case .exact: 10
    case .typo: 35
    case .reorder: 20
    case .dropMiddleName: 15
    case .typoAndReorder: 10
    case .upperCaseNoPunctuation: 10
    }
  }

  /// A mutation drawn by weight.
  public static func random(using random: inout SeededRandom) -> NameMutation {
    allCases[random.weighted(allCases.map(\.weight))]
  }

  /// The mutated name.
  public func apply(to name: String, using random: inout SeededRandom) -> String {
    var parts = name.split(separator: " ").map(String.init)
    guard !parts.isEmpty else { return name }
    switch self {
    case .exact:
      return name
    case .typo:
      Self.addTypo(to: &parts, using: &random)
    case .reorder:
      if parts.count >= 2 { parts.insert(parts.removeLast(), at: 0) }
    case .dropMiddleName:
      if parts.count >= 3 {
        parts.remove(at: 1 + random.below(parts.count - 2))
      } else {
        Self.addTypo(to: &parts, using: &random)
      }
    case .typoAndReorder:
      Self.addTypo(to: &parts, using: &random)
      if parts.count >= 2 { parts.insert(parts.removeLast(), at: 0) }
    case .upperCaseNoPunctuation:
      let cleaned = name.uppercased().map { "-.,'’".contains($0) ? " " : $0 }
      return String(cleaned).split(separator: " ").joined(separator: " ")
    }
    return parts.joined(separator: " ")
  }

  /// Letters next to each other on a QWERTY keyboard, for realistic substitutions.
  private static let neighbours: [Character: String] = [
    "a": "qsz", "b": "vghn", "c": "xdfv", "d": "serfcx", "e": "wrds", "f": "drtgvc", "g": "ftyhbv",
    "h": "gyujnb", "i": "ujko", "j": "huikmn", "k": "jiolm", "l": "kop", "m": "njk", "n": "bhjm",
    "o": "iklp", "p": "ol", "q": "wa", "r": "edft", "s": "awedxz", "t": "rfgy", "u": "yhji",
    "v": "cfgb", "w": "qase", "x": "zsdc", "y": "tghu", "z": "asx",
  ]

  private static func addTypo(to parts: inout [String], using random: inout SeededRandom) {
    let candidates = parts.indices.filter { parts[$0].count >= 4 }
    let partIndex = candidates.isEmpty ? parts.indices.max { parts[$0].count < parts[$1].count }! : random.pick(candidates)
    var letters = Array(parts[partIndex])
    guard letters.count >= 2 else { return }
    // Typing errors rarely hit the first letter.
    let position = 1 + random.below(letters.count - 1)
    switch random.below(4) {
    case 0:
      let lower = Character(letters[position].lowercased())
      if let options = neighbours[lower] {
        let replacement = Character(String(random.pick(Array(options))))
        letters[position] = letters[position].isUppercase ? Character(replacement.uppercased()) : replacement
      } else {
        letters.remove(at: position)
      }
    case 1:
      letters.remove(at: position)
    case 2:
      letters.insert(letters[position], at: position)
    default:
      if position + 1 < letters.count {
        letters.swapAt(position, position + 1)
      } else {
        letters.swapAt(position - 1, position)
      }
    }
    parts[partIndex] = String(letters)
  }
}

/// Query sets for the screening benchmarks.
public enum QuerySet {
  /// `count` queries: about `listedShare` of them are names of `entities` (chosen at random,
  /// then mutated by a random ``NameMutation``), the rest are freshly generated names that
  /// were not taken from `entities` (they may still resemble a listed name by chance).
  /// One query in five does not state whether it is a person or an organization.
  public static func mixed(count: Int, from entities: [Entity], listedShare: Double, seed: UInt64) -> [ScreeningQuery] {
    var random = SeededRandom(seed: seed)
    var generator = NameGenerator(seed: seed ^ 0xF4E5_D6C7)
    var queries: [ScreeningQuery] = []
    queries.reserveCapacity(count)
    while queries.count < count {
      let name: String
      var kind: PartyKind
      if !entities.isEmpty, random.chance(listedShare) {
        let entity = entities[random.below(entities.count)]
        guard !entity.names.isEmpty else { continue }
        let listed = random.chance(0.7) ? entity.names[0] : random.pick(entity.names)
        name = NameMutation.random(using: &random).apply(to: listed.value, using: &random)
        kind = partyKind(of: entity.type)
      } else {
        let generated = generator.next()
        name = generated.originalScript != nil && random.chance(0.15) ? generated.originalScript! : generated.name
        kind = generated.kind
      }
      if random.chance(0.2) { kind = .any }
      queries.append(ScreeningQuery(name: name, kind: kind))
    }
    return queries
  }

  /// The matching rules for an entity type.
  public static func partyKind(of type: EntityType) -> PartyKind { PartyKind(type) }
}
