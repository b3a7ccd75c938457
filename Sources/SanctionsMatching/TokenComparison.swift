/// How two tokens were found to agree.
public enum ComparisonMethod: String, Sendable, Hashable, Codable {
  /// Identical preferred spellings.
  case exact
  /// Identical after choosing another romanization of one side
  /// (`sergej`/`sergey`, `mueller`/`müller`, a homoglyph read as Latin).
  case transliteration
  /// Identical after folding spelling variants (`kh`/`h`, `ou`/`u`, `-off`/`-ov`).
  case phonetic
  /// Close enough to be a typing error or minor spelling difference.
  case typo
  /// Consonant skeletons agree (a name from a script without written vowels).
  case consonants
  /// An initial standing for the other name part.
  case initial
  /// One token is a truncation of the other.
  case truncation
  /// Adjacent tokens written as one word on the other side.
  case joined
  /// Forms of one given name in different languages (`Pavel`/`Pavlo`/`Paul`)
  /// or patronymics from it (`Nikolaevich`/`Mykolayovych`).
  case equivalentName
}

/// The result of comparing two tokens: a similarity in [0, 1] and how.
package struct TokenComparison: Sendable {
  package var similarity: Float
  package var method: ComparisonMethod
  /// Coverage credit for the longer side of an initial or truncation match.
  package var partialCredit: Float = 1

  static let none = TokenComparison(similarity: 0, method: .exact)
}

/// Two units that agree: `left` indexes the first name's `units`, `right`
/// the second's.
package struct UnitPair: Sendable {
  /// Units less similar than this are never aligned.
  package static let minimumSimilarity: Float = 0.5

  package var left: Int16
  package var right: Int16
  package var comparison: TokenComparison
  /// Alignment order (set while aligning).
  var priority: Float = 0

  package init(left: Int16, right: Int16, comparison: TokenComparison) {
    self.left = left
    self.right = right
    self.comparison = comparison
  }
}

package enum TokenComparer {
  /// The most edits tolerated for a token of `length` letters (two at most).
  @inline(__always)
  package static func allowedEdits(_ length: Int) -> Int {
    switch length {
    case ..<4: return 0
    case 4...7: return 1
    default: return 2
    }
  }

  /// The most edits tolerated between a joined unit and another: none (a
  /// joined spelling must otherwise agree exactly, phonetically or by
  /// consonant class).
  package static let allowedEditsJoined = 0

  /// The most OSA edits between the class keys of two tokens for the
  /// weighted vowel/consonant-class rule to apply. Like every distance rule
  /// here, it also needs the longer string to keep two symbols beyond the
  /// edits, so that two accepted strings share a deletion variant of two or
  /// more symbols (which keeps the exact index selective).
  package static let classKeyEdits = 0

  /// The most OSA edits between the reduced skeletons of two tokens for the
  /// consonant-skeleton rule (abjad scripts) to apply.
  package static let reducedSkeletonEdits = 1
  /// The same when one side is a joined unit.
  package static let reducedSkeletonEditsJoined = 1

  @inline(__always)
  static func osa(_ x: [UInt8], _ y: [UInt8], limit: Int) -> Int {
    x.withUnsafeBufferPointer { px in y.withUnsafeBufferPointer { py in EditDistance.osa(px, py, limit: limit) } }
  }

  package static func compare(_ a: UnsafePointer<PreparedToken>, _ b: UnsafePointer<PreparedToken>) -> TokenComparison {
    // Initials: `j` stands for `john`.
    if a.pointee.role == .initial || b.pointee.role == .initial {
      if a.pointee.role == .initial && b.pointee.role == .initial {
        return a.pointee.primary == b.pointee.primary ? TokenComparison(similarity: 1, method: .exact) : .none
      }
      let aIsInitial = a.pointee.role == .initial
      let fullSpanCount = aIsInitial ? b.pointee.spanCount : a.pointee.spanCount
      guard fullSpanCount == 1 else { return .none }
      let letter = aIsInitial ? a.pointee.primary[0] : b.pointee.primary[0]
      let fullForms = aIsInitial ? b.pointee.forms : a.pointee.forms
      for form in fullForms where form.first == letter {
        return TokenComparison(similarity: 0.92, method: .initial, partialCredit: 0.55)
      }
      return .none
    }
    // Quick rejection: tokens that differ in more consonant classes than any
    // rule tolerates (typos, variants, skeletons change at most four), unless
    // they are one given name or one may be a truncation of the other.
    let classDifference = (a.pointee.classBits ^ b.pointee.classBits).nonzeroBitCount
    if classDifference > 4, a.pointee.nameGroup == 0 || a.pointee.nameGroup != b.pointee.nameGroup {
      let manyForms = a.pointee.formCount > 2 || b.pointee.formCount > 2
      if !manyForms || classDifference > 8 {
        let mayBeTruncated = a.pointee.primaryPrefix != 0 && a.pointee.primaryPrefix == b.pointee.primaryPrefix
        if !mayBeTruncated { return .none }
      }
    }
    let joinedPair = a.pointee.spanCount > 1 || b.pointee.spanCount > 1
    if a.pointee.isCode || b.pointee.isCode {
      return a.pointee.primary == b.pointee.primary ? TokenComparison(similarity: joinedPair ? 0.97 : 1, method: joinedPair ? .joined : .exact) : .none
    }
    let formsA = a.pointee.forms
    let formsB = b.pointee.forms
    let keysA = a.pointee.keys
    let keysB = b.pointee.keys
    // Identical forms.
    for ia in 0..<formsA.count {
      for ib in 0..<formsB.count where formsA[ia] == formsB[ib] {
        if joinedPair { return TokenComparison(similarity: 0.97, method: .joined) }
        return TokenComparison(similarity: (ia == 0 && ib == 0) ? 1 : 0.97, method: (ia == 0 && ib == 0) ? .exact : .transliteration)
      }
    }
    // One given name in different languages.
    if a.pointee.nameGroup != 0, a.pointee.nameGroup == b.pointee.nameGroup, !joinedPair {
      return TokenComparison(similarity: 0.93, method: .equivalentName)
    }
    // Identical phonetic keys.
    for ia in 0..<keysA.count {
      for ib in 0..<keysB.count where keysA[ia] == keysB[ib] && keysA[ia].count >= 2 {
        return TokenComparison(similarity: joinedPair ? 0.94 : 0.95, method: joinedPair ? .joined : .phonetic)
      }
    }
    // Chinese and Korean syllables are short and few: near misses between
    // them say nothing, so they agree only exactly.
    if a.pointee.isSyllable || b.pointee.isSyllable { return .none }
    // Two names in an abjad script are compared as written: a letter more or
    // less (`حسین`/`حسن`, Husayn/Hasan) is another name.
    if a.pointee.isAbjad && b.pointee.isAbjad { return .none }
    let abjad = a.pointee.isAbjad || b.pointee.isAbjad
    var best = TokenComparison.none
    // Typos: edit distance on forms and on phonetic keys.
    for ia in 0..<min(3, formsA.count, keysA.count) where !abjad {
      let fa = formsA[ia]
      let ka = keysA[ia]
      for ib in 0..<min(3, formsB.count, keysB.count) {
        let fb = formsB[ib]
        let kb = keysB[ib]
        let length = max(fa.count, fb.count)
        var allowed = allowedEdits(min(fa.count, fb.count) + (length > min(fa.count, fb.count) ? 1 : 0))
        if joinedPair { allowed = min(allowed, allowedEditsJoined) }
        guard allowed > 0, !abjad else { continue }
        let distance = fa.withUnsafeBufferPointer { pa in
          fb.withUnsafeBufferPointer { pb in EditDistance.osa(pa, pb, limit: allowed) }
        }
        let keyDistance = ka.withUnsafeBufferPointer { pa in
          kb.withUnsafeBufferPointer { pb in EditDistance.osa(pa, pb, limit: allowed) }
        }
        // Distances only count when the strings keep two letters in common
        // (the exact index relies on it).
        let formDistance = distance + 2 <= max(fa.count, fb.count) ? distance : allowed + 1
        let keyDistanceUsable = keyDistance + 2 <= max(ka.count, kb.count) ? keyDistance : allowed + 1
        let d = min(formDistance, keyDistanceUsable)
        if d <= allowed {
          // A slip on the first letter is rarer than elsewhere.
          let firstLetterDiffers = fa.first != fb.first && ka.first != kb.first
          let similarity = max(0.5, 0.94 - 0.1 * Float(d) - (d > 1 ? 0.02 * Float(d) : 0))
            - (keyDistanceUsable < formDistance ? 0 : 0.01) - (firstLetterDiffers ? 0.1 : 0)
          if similarity > best.similarity {
            best = TokenComparison(similarity: similarity, method: joinedPair ? .joined : .typo)
          }
        }
      }
    }
    if best.similarity >= 0.9 { return best }
    // Vowel and consonant-class variants of Latin spellings
    // (`Mohamed`/`Muhammad`, `Qadhafi`/`Gaddafi`).
    if best.similarity < 0.84 {
      let classKeysA = a.pointee.classKeys
      let classKeysB = b.pointee.classKeys
      for ia in 0..<min(2, keysA.count, classKeysA.count) {
        let ka = keysA[ia]
        let ca = classKeysA[ia]
        for ib in 0..<min(2, keysB.count, classKeysB.count) {
          let kb = keysB[ib]
          let cb = classKeysB[ib]
          guard ca == cb || classKeyEdits > 0 else { continue }
          let shorter = min(ka.count, kb.count)
          let classDistance = osa(ca, cb, limit: classKeyEdits)
          guard shorter >= 4, classDistance <= classKeyEdits, classDistance + 2 <= max(ca.count, cb.count) else { continue }
          let cost = ka.withUnsafeBufferPointer { pa in
            kb.withUnsafeBufferPointer { pb in EditDistance.weightedKey(pa, pb) }
          }
          guard cost <= 0.15 * Float(shorter) else { continue }
          let similarity = max(0.76, 0.9 - 0.06 * cost)
          if similarity > best.similarity {
            best = TokenComparison(similarity: similarity, method: joinedPair ? .joined : .phonetic)
          }
        }
      }
    }
    // Consonant skeletons for tokens from scripts without written vowels.
    if abjad {
      let skeletonsA = a.pointee.skeletons
      let skeletonsB = b.pointee.skeletons
      let reducedA = a.pointee.reducedSkeletons
      let reducedB = b.pointee.reducedSkeletons
      for ia in 0..<min(3, skeletonsA.count, reducedA.count) {
        let sa = skeletonsA[ia]
        let ra = reducedA[ia]
        for ib in 0..<min(3, skeletonsB.count, reducedB.count) {
          let sb = skeletonsB[ib]
          let rb = reducedB[ib]
          guard ra.first == rb.first else { continue }
          let length = max(sa.count, sb.count)
          let reducedLimit = joinedPair ? reducedSkeletonEditsJoined : reducedSkeletonEdits
          let reducedDistance = osa(ra, rb, limit: reducedLimit)
          guard length >= 2, ra.first == rb.first, reducedDistance <= reducedLimit,
            reducedDistance + 2 <= max(ra.count, rb.count)
          else { continue }
          let cost = sa.withUnsafeBufferPointer { pa in
            sb.withUnsafeBufferPointer { pb in EditDistance.skeleton(pa, pb) }
          }
          let ratio = 1 - cost / Float(length)
          guard ratio >= 0.7, cost <= 1.0, min(sa.count, sb.count) >= 2 else { continue }
          var similarity = 0.95 - 0.25 * cost
          // Two consonants are shared by too many names to be strong evidence.
          if min(sa.count, sb.count) == 2 {
            guard cost <= 0.45 else { continue }
            similarity = min(similarity, 0.74)
          }
          if similarity > best.similarity {
            best = TokenComparison(similarity: similarity, method: joinedPair ? .joined : .consonants)
          }
        }
      }
    }
    // Truncation: `ahmadz` cut to `ahm`.
    if best.similarity < 0.8, !joinedPair {
      let (short, long) = a.pointee.primary.count <= b.pointee.primary.count ? (a.pointee.primary, b.pointee.primary) : (b.pointee.primary, a.pointee.primary)
      let shortIsLast = a.pointee.primary.count <= b.pointee.primary.count ? a.pointee.isLast : b.pointee.isLast
      if short.count >= 4 || (short.count == 3 && (long.count <= 6 || shortIsLast)), long.count > short.count,
        long.starts(with: short),
        !GivenNameEquivalents.isPatronymic(long, of: short)
      {
        let similarity = Float(0.8)
        best = TokenComparison(similarity: similarity, method: .truncation, partialCredit: max(0.6, Float(short.count) / Float(long.count)))
      }
    }
    return best
  }
}
