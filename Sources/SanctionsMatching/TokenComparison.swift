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
struct TokenComparison {
  var similarity: Float
  var method: ComparisonMethod
  /// Coverage credit for the longer side of an initial or truncation match.
  var partialCredit: Float = 1

  static let none = TokenComparison(similarity: 0, method: .exact)
}

enum TokenComparer {
  /// The most edits tolerated for a token of `length` letters.
  @inline(__always)
  static func allowedEdits(_ length: Int) -> Int {
    switch length {
    case ..<4: return 0
    case 4...7: return 1
    case 8...11: return 2
    default: return 3
    }
  }

  static func compare(_ a: PreparedToken, _ b: PreparedToken) -> TokenComparison {
    // Initials: `j` stands for `john`.
    if a.role == .initial || b.role == .initial {
      if a.role == .initial && b.role == .initial {
        return a.primary == b.primary ? TokenComparison(similarity: 1, method: .exact) : .none
      }
      let (initial, full) = a.role == .initial ? (a, b) : (b, a)
      guard full.spanCount == 1 else { return .none }
      let letter = initial.primary[0]
      for form in full.forms where form.first == letter {
        return TokenComparison(similarity: 0.92, method: .initial, partialCredit: 0.55)
      }
      return .none
    }
    let joinedPair = a.spanCount > 1 || b.spanCount > 1
    if a.isCode || b.isCode {
      return a.primary == b.primary ? TokenComparison(similarity: joinedPair ? 0.97 : 1, method: joinedPair ? .joined : .exact) : .none
    }
    // Identical forms.
    for (ia, fa) in a.forms.enumerated() {
      for (ib, fb) in b.forms.enumerated() where fa == fb {
        if joinedPair { return TokenComparison(similarity: 0.97, method: .joined) }
        return TokenComparison(similarity: (ia == 0 && ib == 0) ? 1 : 0.97, method: (ia == 0 && ib == 0) ? .exact : .transliteration)
      }
    }
    // One given name in different languages.
    if a.nameGroup != 0, a.nameGroup == b.nameGroup, !joinedPair {
      return TokenComparison(similarity: 0.93, method: .equivalentName)
    }
    // Identical phonetic keys.
    for ka in a.keys {
      for kb in b.keys where ka == kb && ka.count >= 2 {
        return TokenComparison(similarity: joinedPair ? 0.94 : 0.95, method: joinedPair ? .joined : .phonetic)
      }
    }
    var best = TokenComparison.none
    // Typos: edit distance on forms and on phonetic keys.
    for (fa, ka) in zip(a.forms.prefix(3), a.keys.prefix(3)) {
      for (fb, kb) in zip(b.forms.prefix(3), b.keys.prefix(3)) {
        let length = max(fa.count, fb.count)
        let allowed = allowedEdits(min(fa.count, fb.count) + (length > min(fa.count, fb.count) ? 1 : 0))
        guard allowed > 0 else { continue }
        let distance = fa.withUnsafeBufferPointer { pa in
          fb.withUnsafeBufferPointer { pb in EditDistance.osa(pa, pb, limit: allowed) }
        }
        let keyDistance = ka.withUnsafeBufferPointer { pa in
          kb.withUnsafeBufferPointer { pb in EditDistance.osa(pa, pb, limit: allowed) }
        }
        let d = min(distance, keyDistance)
        if d <= allowed {
          let similarity = max(0.5, 0.94 - 0.1 * Float(d) - (d > 1 ? 0.02 * Float(d) : 0)) - (keyDistance < distance ? 0 : 0.01)
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
      for ka in a.keys.prefix(2) {
        for kb in b.keys.prefix(2) {
          let shorter = min(ka.count, kb.count)
          guard shorter >= 4 else { continue }
          let cost = ka.withUnsafeBufferPointer { pa in
            kb.withUnsafeBufferPointer { pb in EditDistance.weightedKey(pa, pb) }
          }
          guard cost <= 0.4 + 0.15 * Float(shorter) else { continue }
          let similarity = max(0.76, 0.9 - 0.06 * cost)
          if similarity > best.similarity {
            best = TokenComparison(similarity: similarity, method: joinedPair ? .joined : .phonetic)
          }
        }
      }
    }
    // Consonant skeletons for tokens from scripts without written vowels.
    if a.isAbjad || b.isAbjad {
      for sa in a.skeletons.prefix(3) {
        for sb in b.skeletons.prefix(3) {
          let length = max(sa.count, sb.count)
          guard length >= 2 else { continue }
          let cost = sa.withUnsafeBufferPointer { pa in
            sb.withUnsafeBufferPointer { pb in EditDistance.skeleton(pa, pb) }
          }
          let ratio = 1 - cost / Float(length)
          guard ratio >= 0.6, cost <= 1.5 else { continue }
          let similarity = min(0.95, 0.55 + 0.4 * ratio) - (cost > 0.9 ? 0.05 : 0)
          if similarity > best.similarity {
            best = TokenComparison(similarity: similarity, method: joinedPair ? .joined : .consonants)
          }
        }
      }
    }
    // Truncation: `ahmadz` cut to `ahm`.
    if best.similarity < 0.8, !joinedPair {
      let (short, long) = a.primary.count <= b.primary.count ? (a.primary, b.primary) : (b.primary, a.primary)
      let shortIsLast = a.primary.count <= b.primary.count ? a.isLast : b.isLast
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
