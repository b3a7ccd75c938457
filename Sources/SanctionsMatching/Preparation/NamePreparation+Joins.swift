extension NamePreparation {
  /// The most adjacent tokens joined into one unit.
  static let longestJoin = 3
  /// Forms of each part combined when two parts are joined.
  static let joinedAlternatives = 2

  /// Adjacent tokens joined (pairs and triples, without initials), for
  /// names written as one word on one side and as several on the other
  /// (`Seadragon` / `Sea Dragon`).
  static func joinNeighbours(_ draft: inout NameDraft) {
    let tokens = draft.tokens
    guard tokens.count > 1 else { return }
    for length in 2...min(longestJoin, tokens.count) {
      for start in 0...(tokens.count - length) {
        let parts = tokens[start..<(start + length)]
        if parts.contains(where: { $0.role == .initial }) { continue }
        draft.joined.append(joinedUnit(parts))
      }
    }
  }

  /// One unit for adjacent tokens: the primary forms joined, and for two
  /// parts the alternatives too.
  static func joinedUnit(_ parts: ArraySlice<PreparedToken>) -> PreparedToken {
    var forms: [[UInt8]] = [parts.flatMap(\.primary)]
    if parts.count == 2 {
      let first = parts[parts.startIndex]
      let second = parts[parts.startIndex + 1]
      for a in first.forms.prefix(joinedAlternatives) {
        for b in second.forms.prefix(joinedAlternatives) where !(a == first.primary && b == second.primary) {
          forms.append(a + b)
        }
      }
    }
    var unit = PreparedToken(
      forms: forms, keys: forms.map(PhoneticKeys.phoneticKey),
      role: .name, isAbjad: parts.contains(where: \.isAbjad), isSyllable: parts.contains(where: \.isSyllable),
      weight: parts.reduce(0) { $0 + $1.weight }, span: parts.reduce(0) { $0 | $1.span }, spanCount: parts.count,
      display: parts.map(\.display).joined(separator: " "))
    unit.isGeneric = parts.allSatisfy(\.isGeneric)
    unit.isLatinScript = parts.allSatisfy(\.isLatinScript)
    if parts.allSatisfy({ !$0.abjadLetters.isEmpty }) { unit.setAbjadLetters(parts.flatMap(\.abjadLetters)) }
    unit.deriveClassKeys()
    return unit
  }
}
