/// Vowel and consonant-class variants of Latin spellings
/// (`Mohamed`/`Muhammad`, `Qadhafi`/`Gaddafi`): the class keys (vowels
/// dropped, consonants folded to classes) agree, and the weighted distance
/// of the phonetic keys is small for their length.
///
/// Keys: the class key of the first two phonetic keys (of four symbols or
/// more) and its deletions up to ``classKeyEdits``.
enum ClassVariantRule: MatcherRule {
  static let name = "spelling variant"

  /// The most OSA edits between class keys. Like every distance rule, it
  /// also needs the longer key to keep two symbols beyond the edits.
  static let classKeyEdits = 0
  /// Keys compared on each side.
  static let comparedKeys = 2
  /// Phonetic keys shorter than this are not compared.
  static let minimumKeyLength = 4
  /// The weighted key cost allowed per symbol of the shorter key.
  static let costPerSymbol: Float = 0.15
  static let baseSimilarity: Float = 0.9
  static let costFactor: Float = 0.06
  static let minimumSimilarity: Float = 0.76
  /// Only tried while the best agreement so far is below this.
  static let ceiling: Float = 0.84
  static let keptSymbols = 2

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    guard pair.best.similarity < ceiling else { return .next }
    let keysA = pair.a.pointee.keys
    let keysB = pair.b.pointee.keys
    let classKeysA = pair.a.pointee.classKeys
    let classKeysB = pair.b.pointee.classKeys
    for ia in 0..<min(comparedKeys, keysA.count, classKeysA.count) {
      let ka = keysA[ia]
      let ca = classKeysA[ia]
      for ib in 0..<min(comparedKeys, keysB.count, classKeysB.count) {
        let kb = keysB[ib]
        let cb = classKeysB[ib]
        guard ca == cb || classKeyEdits > 0 else { continue }
        let shorter = min(ka.count, kb.count)
        let classDistance = EditDistance.osa(ca, cb, limit: classKeyEdits)
        guard shorter >= minimumKeyLength, classDistance <= classKeyEdits,
          classDistance + keptSymbols <= max(ca.count, cb.count)
        else { continue }
        let cost = ka.withUnsafeBufferPointer { pa in
          kb.withUnsafeBufferPointer { pb in EditDistance.weightedKey(pa, pb) }
        }
        guard cost <= costPerSymbol * Float(shorter) else { continue }
        let similarity = max(minimumSimilarity, baseSimilarity - costFactor * cost)
        pair.offer(TokenComparison(similarity: similarity, method: pair.joined ? .joined : .phonetic))
      }
    }
    return .next
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial, !unit.isCode else { return }
    for (key, classKey) in zip(unit.keys.prefix(comparedKeys), unit.classKeys) where key.count >= minimumKeyLength {
      FilterKey.deletions(.classKey, classKey, upTo: classKeyEdits, emit: emit)
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    indexKeys(of: unit, emit)
  }
}
