/// Consonant skeletons, for a part from a script without written short
/// vowels (Arabic, Persian, Hebrew) against a part in another script, when
/// its letters cannot be transcribed (``TranscriptionRule`` compares the
/// others): the
/// reduced skeletons (consonant classes) start alike and are within
/// ``reducedSkeletonEdits``, and the weighted skeleton distance is small.
///
/// Keys: the reduced skeletons of the first three forms and their deletions
/// that keep the first symbol; a list part is filed under the `anySkeleton`
/// tag, and an abjad list part also under `abjadSkeleton`. An abjad query
/// looks up `anySkeleton`, any other query `abjadSkeleton` (one side must be
/// abjad).
enum ConsonantSkeletonRule: MatcherRule {
  static let name = "consonant skeleton"

  /// The most OSA edits between reduced skeletons.
  static let reducedSkeletonEdits = 1
  /// The same when one side is a joined unit.
  static let reducedSkeletonEditsJoined = 1
  /// Skeletons compared on each side.
  static let comparedSkeletons = 3
  static let minimumRatio: Float = 0.7
  static let maximumCost: Float = 1.0
  static let baseSimilarity: Float = 0.95
  static let costFactor: Float = 0.25
  /// Two consonants are shared by too many names to be strong evidence:
  /// such skeletons agree only this closely, and at most this similar.
  static let twoConsonantMaximumCost: Float = 0.45
  static let twoConsonantSimilarity: Float = 0.74
  static let keptSymbols = 2

  static func neighbourhood(of unit: PreparedToken) -> Int {
    unit.spanCount > 1 ? reducedSkeletonEditsJoined : reducedSkeletonEdits
  }

  static func compare(_ pair: inout TokenPair) -> RuleVerdict {
    guard pair.abjad else { return .next }
    let skeletonsA = pair.a.pointee.skeletons
    let skeletonsB = pair.b.pointee.skeletons
    let reducedA = pair.a.pointee.reducedSkeletons
    let reducedB = pair.b.pointee.reducedSkeletons
    let reducedLimit = pair.joined ? reducedSkeletonEditsJoined : reducedSkeletonEdits
    for ia in 0..<min(comparedSkeletons, skeletonsA.count, reducedA.count) {
      let sa = skeletonsA[ia]
      let ra = reducedA[ia]
      for ib in 0..<min(comparedSkeletons, skeletonsB.count, reducedB.count) {
        let sb = skeletonsB[ib]
        let rb = reducedB[ib]
        guard ra.first == rb.first else { continue }
        let length = max(sa.count, sb.count)
        let reducedDistance = EditDistance.osa(ra, rb, limit: reducedLimit)
        guard length >= 2, reducedDistance <= reducedLimit, reducedDistance + keptSymbols <= max(ra.count, rb.count)
        else { continue }
        let cost = sa.withUnsafeBufferPointer { pa in
          sb.withUnsafeBufferPointer { pb in EditDistance.skeleton(pa, pb) }
        }
        let ratio = 1 - cost / Float(length)
        guard ratio >= minimumRatio, cost <= maximumCost, min(sa.count, sb.count) >= 2 else { continue }
        var similarity = baseSimilarity - costFactor * cost
        if min(sa.count, sb.count) == 2 {
          guard cost <= twoConsonantMaximumCost else { continue }
          similarity = min(similarity, twoConsonantSimilarity)
        }
        pair.offer(TokenComparison(similarity: similarity, method: pair.joined ? .joined : .consonants))
      }
    }
    return .next
  }

  static func indexKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    let k = neighbourhood(of: unit)
    for skeleton in unit.reducedSkeletons {
      FilterKey.anchoredDeletions(.anySkeleton, skeleton, upTo: k, emit: emit)
      if unit.isAbjad { FilterKey.anchoredDeletions(.abjadSkeleton, skeleton, upTo: k, emit: emit) }
    }
  }

  static func queryKeys(of unit: PreparedToken, _ emit: (UInt64) -> Void) {
    guard unit.role != .initial else { return }
    let tag: FilterKey.Tag = unit.isAbjad ? .anySkeleton : .abjadSkeleton
    let k = neighbourhood(of: unit)
    for skeleton in unit.reducedSkeletons { FilterKey.anchoredDeletions(tag, skeleton, upTo: k, emit: emit) }
  }
}
