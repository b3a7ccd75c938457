import Benchmark
import BenchmarkSupport
import SanctionsLists
import SanctionsMatching

// Name-pair scoring (`NameMatcher.score`) on names prepared in advance with
// `NameMatcher.prepare(_:kind:)`: the inner loop of screening, once the index has chosen the
// candidates.
//
// Each iteration scores 1,000 pairs (`scalingFactor: .kilo`), so the scaled figures are per
// pair and the throughput is pairs per second. Half of the pairs are the same name written
// differently, half are two different names, so both the early exits and the full token
// alignment are exercised.

/// Prepared name pairs for one benchmark.
struct PreparedPairs {
  let matcher: NameMatcher
  let pairs: [(PreparedName, PreparedName)]
}

let benchmarks: @Sendable () -> Void = {
  let perPair = Benchmark.Configuration(
    metrics: standardMetrics, scalingFactor: .kilo, maxDuration: .seconds(2), maxIterations: 10_000)

  /// Latin-script pairs from the UN list: a listed name against a typed variant of it (typo,
  /// reordering, dropped middle name...) or against another listed name of the same type.
  Benchmark("Score Latin name pairs (UN list)", configuration: perPair) { _, prepared in
    scoreAll(prepared)
  } setup: {
    let url = try SharedLists.path(SharedLists.un)
    let entities = try ListLoader.load(paths: [url]).entities.filter { entity in
      (entity.type == .person || entity.type == .organization) && !entity.names.isEmpty
    }
    let byType = Dictionary(grouping: entities, by: \.type)
    var random = SeededRandom(seed: 0x1A71_0001)
    var pairs: [(String, String, PartyKind)] = []
    while pairs.count < 1_000 {
      let entity = random.pick(entities)
      let name = entity.names[0].value
      let kind = QuerySet.partyKind(of: entity.type)
      if random.chance(0.5) {
        pairs.append((name, NameMutation.random(using: &random).apply(to: name, using: &random), kind))
      } else {
        let other = random.pick(byType[entity.type]!)
        pairs.append((name, other.names[0].value, kind))
      }
    }
    return try prepare(pairs)
  }

  /// Cross-script pairs: a generated name in Cyrillic, Arabic, Han, Hangul or Greek script
  /// against the same name in Latin letters, or against another name of the same culture.
  Benchmark("Score cross-script name pairs", configuration: perPair) { _, prepared in
    scoreAll(prepared)
  } setup: {
    var generator = NameGenerator(seed: 0xC505_0002)
    var random = SeededRandom(seed: 0xC505_0003)
    let cultures: [NameCulture] = [.russian, .arabic, .chinese, .korean, .greek]
    var pairs: [(String, String, PartyKind)] = []
    while pairs.count < 1_000 {
      let culture = random.pick(cultures)
      let name = generator.name(of: culture)
      guard let original = name.originalScript else { continue }
      let latin = random.chance(0.5) ? name.name : generator.name(of: culture).name
      pairs.append((original, latin, .person))
    }
    return try prepare(pairs)
  }
}

/// Scores every pair.
@inline(never)
func scoreAll(_ prepared: PreparedPairs) {
  let matcher = prepared.matcher
  for (left, right) in prepared.pairs {
    blackHole(matcher.score(left, right))
  }
}

/// Prepares both names of every pair.
func prepare(_ pairs: [(String, String, PartyKind)]) throws -> PreparedPairs {
  let matcher = NameMatcher()
  let prepared = try pairs.map { left, right, kind in
    (try matcher.prepare(left, kind: kind), try matcher.prepare(right, kind: kind))
  }
  return PreparedPairs(matcher: matcher, pairs: prepared)
}
