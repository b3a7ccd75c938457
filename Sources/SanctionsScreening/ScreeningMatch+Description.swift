import SanctionsSupport

extension ScreeningMatch: CustomStringConvertible {
  /// One line, as `sanctions screen` prints a match: the score (four
  /// decimals), the entity id, the matched name, then the list, the entity
  /// type and the kind of name:
  /// `0.9312  un:QDi.001  Usama bin Ladin  (UN Security Council Consolidated List, person, aka)`.
  public var description: String {
    "\(ScoreText.fourDecimals(score))  \(entityID)  \(matchedName)  (\(source.displayName), \(entityType.rawValue), \(nameKind.rawValue))"
  }
}
