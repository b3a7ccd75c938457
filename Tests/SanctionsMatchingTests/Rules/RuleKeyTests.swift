@testable import SanctionsMatching
import SanctionsLists
import Testing

/// Every rule owns the filter keys that are a necessary condition of its
/// agreement: for every pair of units a rule lets agree (similarity at least
/// `UnitPair.minimumSimilarity`), one of the rule's query keys of the first
/// unit equals one of its index keys of the second. The pairs come from real
/// UN names: each name against its variants (typos, truncation, initials,
/// joins, splits, vowel and consonant-class changes, Cyrillic spelling) and
/// against the entity's other names (aliases, original script).
@Suite("Rules own their filter keys")
struct RuleKeyTests {
  /// What the generated pairs gave, per rule.
  struct Tally {
    var accepted = [Int](repeating: 0, count: TokenComparer.rules.count)
    var withoutSharedKey = [Int](repeating: 0, count: TokenComparer.rules.count)
    var examples: [String] = []
  }

  /// Accepted pairs each rule must see, so that a rule the generator does
  /// not exercise (a new one) is noticed rather than passed unchecked.
  static let minimumAcceptedPerRule = 10

  static let tally: Tally = {
    var tally = Tally()
    let matcher = NameMatcher()
    var random = SplitMix64(seed: 0x5EED_0F_4E15)
    for pair in RuleKeyPairs.generate(entities: RuleKeyPairs.unEntities, random: &random) {
      guard let query = try? matcher.prepare(pair.query, kind: pair.kind),
        let listed = try? matcher.prepare(pair.listed, kind: pair.kind)
      else { continue }
      check(query, listed, into: &tally)
    }
    return tally
  }()

  static func check(_ query: PreparedName, _ listed: PreparedName, into tally: inout Tally) {
    for a in query.units {
      for b in listed.units {
        if a.spanCount > 1 && b.spanCount > 1,
          !(withUnsafePointer(to: a) { a in withUnsafePointer(to: b) { b in PreparedToken.comparesJoined(a, b) } })
        {
          continue  // never compared
        }
        check(a, b, into: &tally)
      }
    }
  }

  static func check(_ a: PreparedToken, _ b: PreparedToken, into tally: inout Tally) {
    let comparison = withUnsafePointer(to: a) { a in withUnsafePointer(to: b) { b in TokenComparer.compare(a, b) } }
    guard comparison.similarity >= UnitPair.minimumSimilarity else { return }
    let number = Int(comparison.rule)
    let rule = TokenComparer.rules[number]
    tally.accepted[number] += 1
    if !sharesKey(rule, query: a, listed: b) {
      tally.withoutSharedKey[number] += 1
      if tally.examples.count < 10 { tally.examples.append("\(rule.name): \(a.display) ~ \(b.display)") }
    }
  }

  static func sharesKey(_ rule: any MatcherRule.Type, query: PreparedToken, listed: PreparedToken) -> Bool {
    var indexKeys: Set<UInt64> = []
    rule.indexKeys(of: listed) { indexKeys.insert($0) }
    var shared = false
    rule.queryKeys(of: query) { if indexKeys.contains($0) { shared = true } }
    return shared
  }

  @Test("every accepted pair shares one of its rule's keys", arguments: TokenComparer.rules.indices)
  func acceptedPairsShareKeys(rule: Int) {
    let tally = Self.tally
    let name = TokenComparer.rules[rule].name
    #expect(tally.withoutSharedKey[rule] == 0, "\(name): \(tally.withoutSharedKey[rule]) of \(tally.accepted[rule]) accepted pairs share none of its keys, e.g. \(tally.examples)")
    if TokenComparer.rules[rule].acceptsPairs {
      #expect(tally.accepted[rule] >= Self.minimumAcceptedPerRule, "\(name) accepted only \(tally.accepted[rule]) generated pairs: extend RuleKeyPairs so that its keys are tested")
    } else {
      #expect(tally.accepted[rule] == 0, "the gate \(name) let \(tally.accepted[rule]) pairs agree")
    }
  }

  @Test("a rule without keys fails the check")
  func ruleWithoutKeysIsCaught() throws {
    // The typo rule's comparison with another rule's keys: a typo pair
    // shares no identical-form key, so the check reports it.
    let query = try NameMatcher().prepare("Vladimir Putim", kind: .person)
    let listed = try NameMatcher().prepare("Vladimir Putin", kind: .person)
    let putim = query.tokens[1]
    let putin = listed.tokens[1]
    let comparison = withUnsafePointer(to: putim) { a in withUnsafePointer(to: putin) { b in TokenComparer.compare(a, b) } }
    #expect(TokenComparer.rules[Int(comparison.rule)] == TypoRule.self)
    #expect(RuleKeyTests.sharesKey(TypoRule.self, query: putim, listed: putin))
    #expect(!RuleKeyTests.sharesKey(IdenticalFormRule.self, query: putim, listed: putin))
  }

  @Test("the index keys of a unit are the union of its rules' keys")
  func unionOfRuleKeys() throws {
    let name = try NameMatcher().prepare("J. Abdul Rahman Al-Qadhafi 747", kind: .any)
    for unit in name.units {
      var union: Set<UInt64> = []
      for rule in TokenComparer.rules { rule.indexKeys(of: unit) { union.insert($0) } }
      var all: Set<UInt64> = []
      TokenComparer.indexKeys(of: unit) { all.insert($0) }
      #expect(all == union)
      #expect(!all.isEmpty)
    }
  }
}

/// Equality of rule types, for the tests.
func == (lhs: any MatcherRule.Type, rhs: any MatcherRule.Type) -> Bool {
  ObjectIdentifier(lhs) == ObjectIdentifier(rhs)
}
