/// One way two name parts (units) can agree, or a condition under which
/// they cannot: its name, its comparison, its constants and the filter keys
/// that are a necessary condition of its agreement.
///
/// `TokenComparer` runs ``TokenComparer/rules`` in order on every pair of
/// units. A rule reads the pair, may offer an agreement
/// (``TokenPair/offer(_:)``), and says whether the comparison goes on
/// (``RuleVerdict/next``) or ends with the best agreement offered so far
/// (``RuleVerdict/stop``).
///
/// **Exactness.** An index finds candidates through filter keys, so every
/// pair a rule lets agree (similarity at least ``UnitPair/minimumSimilarity``)
/// must share at least one of the rule's keys: one of
/// ``indexKeys(of:_:)`` of the list unit equals one of ``queryKeys(of:_:)``
/// of the query unit. The per-rule key tests check this on generated pairs;
/// the exactness property tests check the whole index.
///
/// A *gate* (``acceptsPairs`` false) only ends comparisons without an
/// agreement (a quick rejection, a pair of scripts compared as written): it
/// needs no keys.
protocol MatcherRule: Sendable {
  /// The rule's name, as explanations show it (`typo`, `transcription`).
  static var name: String { get }
  /// Whether the rule can let two units agree (false for gates).
  static var acceptsPairs: Bool { get }
  /// Compares the pair: may offer an agreement; says whether to go on.
  static func compare(_ pair: inout TokenPair) -> RuleVerdict
  /// Keys under which a list unit is filed for this rule.
  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void)
  /// Keys a query unit looks up for this rule.
  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void)
}

extension MatcherRule {
  static var acceptsPairs: Bool { true }
}

/// A gate: it ends comparisons without agreement and needs no keys.
protocol MatcherGate: MatcherRule {}

extension MatcherGate {
  static var acceptsPairs: Bool { false }
  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {}
  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {}
}

/// Whether the comparison of a pair goes on after a rule.
enum RuleVerdict: Sendable {
  /// Run the next rule.
  case next
  /// End with the best agreement offered so far (none if none was).
  case stop
}

/// Two units being compared, and the best agreement found so far.
struct TokenPair {
  /// The query-side (first) unit.
  let a: UnsafePointer<PreparedToken>
  /// The list-side (second) unit.
  let b: UnsafePointer<PreparedToken>
  /// Whether either unit is adjacent tokens joined.
  let joined: Bool
  /// Whether either unit comes from a script without written short vowels.
  let abjad: Bool
  /// The best agreement offered so far.
  private(set) var best = TokenComparison.none

  init(_ a: UnsafePointer<PreparedToken>, _ b: UnsafePointer<PreparedToken>) {
    self.a = a
    self.b = b
    joined = a.pointee.spanCount > 1 || b.pointee.spanCount > 1
    abjad = a.pointee.isAbjad || b.pointee.isAbjad
  }

  /// Keeps `comparison` if it is more similar than the best so far.
  @inline(__always)
  mutating func offer(_ comparison: TokenComparison) {
    if comparison.similarity > best.similarity { best = comparison }
  }

  /// Marks the best agreement as found by rule number `rule`.
  @inline(__always)
  mutating func attribute(to rule: Int) {
    best.rule = UInt8(truncatingIfNeeded: rule)
  }
}
