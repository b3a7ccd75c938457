/// One given name in different languages (`Pavel`/`Pavlo`/`Paul`), a
/// patronymic from it (`Nikolaevich`/`Mykolayovych`), or, in organization
/// names, one organization word and its translation (`zavod`/`plant`).
///
/// Keys: the equivalence group.
enum EquivalentNameRule: MatcherRule {
  static let name = "equivalent name"

  static let similarity: Float = 0.93
  /// A translation is not the word itself (`plant`/`zavod`).
  static let organizationWordSimilarity: Float = 0.88

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    let group = pair.a.pointee.nameGroup
    guard group != 0, group == pair.b.pointee.nameGroup, !pair.joined else { return .next }
    let translated = OrganizationWordEquivalents.isOrganizationWordGroup(group)
    pair.offer(TokenComparison(similarity: translated ? organizationWordSimilarity : similarity, method: .equivalentName))
    return .stop
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, unit.nameGroup != 0 else { return }
    emit(FilterKey.make(.group, value: UInt64(unit.nameGroup)))
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
