public import SanctionsNormalization

/// Scores how likely two names denote the same person or organization.
///
/// The score is in [0, 1] and calibrated so that **0.80 is the alert
/// threshold** everywhere in the product; higher means more certain. It is
/// deterministic. In outline:
///
/// 1. Both names are normalized (any script to comparable tokens) and
///    prepared: titles are set aside for persons, legal forms for
///    organizations, numbers kept apart, and each part weighted by how much it
///    identifies (rare parts strongly, `Muhammad`, `Bank` or `bin` weakly).
/// 2. Parts are aligned one-to-one, strongest agreement first, where parts
///    may agree exactly, through another romanization, phonetically, with a
///    typo, by transcription of written letters (Arabic, Persian, Hebrew), as an initial,
///    as a truncation, or as adjacent parts written as one word.
/// 3. The score is the weighted share of each name that found agreement,
///    mostly of the shorter name (a missing middle name costs little), then
///    lowered when numbers differ, when only one part of a person's name
///    agrees, or when legal forms conflict.
///
/// Prepare list names once with ``prepare(_:kind:)``; ``score(_:_:)`` then
/// allocates nothing and does bounded work per pair.
public struct NameMatcher: Sendable {
  /// The default alert threshold.
  public static let defaultThreshold = 0.80

  /// The share of the score that comes from the coverage of the name with
  /// less evidence; the rest comes from the other name's coverage.
  static let smallSideShare: Float = 0.78

  /// How much each unmatched name part of the larger name (beyond the first)
  /// moves the score's weight from the smaller name's coverage to the larger's.
  static let unmatchedPartShare: Float = 0.08

  /// The share of the smaller side when either name is Chinese or Korean.
  static let syllabicShare: Float = 0.5

  /// Organization names: every distinctive word on both sides counts. The
  /// smaller side's share starts here, and each distinctive word of the
  /// larger name left unmatched moves `organizationUnmatchedPartShare` of it
  /// to the larger side's coverage, down to `organizationMinimumShare`.
  static let organizationSmallSideShare: Float = 0.78
  static let organizationUnmatchedPartShare: Float = 0.25
  static let organizationMinimumShare: Float = 0.3
  /// The highest score of organization names whose only agreeing words are
  /// generic (`Bank`, `International`), while either name has a distinctive one.
  static let genericWordsOnlyCeiling = 0.7
  /// How similar a distinctive word must be to count as agreeing for that rule.
  static let distinctiveAgreementSimilarity: Float = 0.7
  /// An organization identified by one short distinctive word (at most
  /// `approximateWordLength` letters) that only sounds alike (`Accor` /
  /// `Agor`, `Pichon` / `Pochon`) scores at most that word's similarity less
  /// `singleApproximateWordMargin`: a company name is a brand, and a brand
  /// spelt another way is mostly another brand; so is a short word with a
  /// typo (at most `approximateTypoWordLength` letters), but not a letter
  /// left out.
  static let singleApproximateWordMargin = 0.11
  static let approximateWordLength = 7
  /// Typos count as approximate in words this short (`Bauer` / `Bajer`).
  static let approximateTypoWordLength = 6
  static let spellingVariantRule = UInt8(TokenComparer.position(of: ClassVariantRule.self))
  static let transcriptionRule = UInt8(TokenComparer.position(of: TranscriptionRule.self))
  static let soundTranscriptionRule = UInt8(TokenComparer.position(of: SoundTranscriptionRule.self))
  /// An organization whose only distinctive agreement is a Latin spelling
  /// that is merely alike (a typo, a sound-alike, a truncation: `Duran` /
  /// `Douran`, `Corio` / `Koryo`), while either name has words the other
  /// lacks (`Douran Software Technologies`), scores at most this: two signs
  /// of another company, kept below the threshold even after the type and
  /// country agreements (+0.04). Spellings romanized from another script
  /// are exempt: their romanization varies by convention (`ГАРАНТЕКС` /
  /// `Garantex Europe`), unless only their sounds agree (`सेन` sen /
  /// `China 49 Group`).
  static let inexactBrandWithOtherWordsCeiling = 0.75
  /// The highest score when only initials agree.
  static let initialsOnlyCeiling = 0.6

  /// The least coverage one of two names must reach for their score to reach
  /// `threshold`. The exact index relies on this bound.
  package static func minimumCoverage(forThreshold threshold: Double) -> Float {
    // The score is a weighted average of the two coverages, lowered by every
    // other factor, so it never exceeds the larger coverage.
    Float(threshold)
  }

  /// Evidence weights of name parts.
  public let weights: TokenWeights
  private let normalizer = NameNormalizer()

  /// Creates a matcher with the given weights.
  public init(weights: TokenWeights = .standard) {
    self.weights = weights
  }

  /// Prepares a normalized name for comparison under the rules of `kind`.
  public func prepare(_ name: NormalizedName, kind: PartyKind) -> PreparedName {
    PreparedName(name, kind: kind, weights: weights)
  }

  /// Normalizes and prepares a name.
  public func prepare(_ name: String, kind: PartyKind) throws(NormalizationError) -> PreparedName {
    prepare(try normalizer.normalize(name), kind: kind)
  }

  /// The score of two prepared names, compared under the rules of `a.kind`.
  public func score(_ a: PreparedName, _ b: PreparedName) -> Double {
    evaluate(a, b, record: nil)
  }

  /// The score of two prepared names with the full explanation.
  public func explain(_ a: PreparedName, _ b: PreparedName) -> MatchExplanation {
    var recorder = ExplanationRecorder()
    _ = evaluate(a, b, record: &recorder)
    return recorder.explanation
  }

  /// Normalizes, prepares and compares two names, with the explanation.
  public func compare(_ a: String, _ b: String, kind: PartyKind = .any) throws(NormalizationError) -> MatchExplanation {
    explain(try prepare(a, kind: kind), try prepare(b, kind: kind))
  }

  // MARK: - Alignment and scoring

  private func evaluate(_ a: PreparedName, _ b: PreparedName, record: UnsafeMutablePointer<ExplanationRecorder>?) -> Double {
    let countA = a.units.count
    let countB = b.units.count
    guard a.totalWeight > 0, b.totalWeight > 0 else {
      return numbersOnly(a, b, record: record)
    }
    return a.units.withUnsafeBufferPointer { unitsA in
      b.units.withUnsafeBufferPointer { unitsB in
        withUnsafeTemporaryAllocation(of: UnitPair.self, capacity: countA * countB) { pairs in
          var count = 0
          for i in 0..<countA {
            for j in 0..<countB {
              if i >= a.tokens.count && j >= b.tokens.count,
                !PreparedToken.comparesJoined(unitsA.baseAddress! + i, unitsB.baseAddress! + j)
              {
                continue
              }
              let comparison = TokenComparer.compare(unitsA.baseAddress! + i, unitsB.baseAddress! + j)
              guard comparison.similarity >= UnitPair.minimumSimilarity else { continue }
              pairs.initializeElement(at: count, to: UnitPair(left: Int16(i), right: Int16(j), comparison: comparison))
              count += 1
            }
          }
          let filled = UnsafeMutableBufferPointer(rebasing: pairs[0..<count])
          defer { _ = filled.deinitialize() }
          return align(a, b, unitsA, unitsB, pairs: filled, record: record)
        }
      }
    }
  }

  /// The score of two prepared names from the unit pairs that agree (every
  /// pair of `a.units` × `b.units`, but joined × joined, whose similarity is
  /// at least ``UnitPair/minimumSimilarity``, in any order). `pairs` is
  /// reordered. Gives exactly ``score(_:_:)`` when `pairs` holds all of them;
  /// the exact index finds them through shared filter keys instead of
  /// comparing every pair.
  package func score(_ a: PreparedName, _ b: UnsafePointer<PreparedName>, pairs: UnsafeMutableBufferPointer<UnitPair>) -> Double {
    guard a.totalWeight > 0, b.pointee.totalWeight > 0 else { return numbersOnly(a, b.pointee, record: nil) }
    return a.units.withUnsafeBufferPointer { unitsA in
      b.pointee.units.withUnsafeBufferPointer { unitsB in
        align(a, b.pointee, unitsA, unitsB, pairs: pairs, record: nil)
      }
    }
  }

  private func align(
    _ a: PreparedName, _ b: PreparedName, _ unitsA: UnsafeBufferPointer<PreparedToken>,
    _ unitsB: UnsafeBufferPointer<PreparedToken>, pairs: UnsafeMutableBufferPointer<UnitPair>,
    record: UnsafeMutablePointer<ExplanationRecorder>?
  ) -> Double {
    let kind = a.kind
    var matchedA: Float = 0
    var matchedB: Float = 0
    var strongParts: Float = 0
    var strongFullParts = 0
    // Identifying parts written as one word on the other side (`Wali Jan` /
    // `Walijan`): one name part, not several.
    var partsJoinedA = 0
    var partsJoinedB = 0
    var distinctiveAgreements = 0
    var approximateDistinctiveSimilarity: Float?
    var inexactLatinDistinctive = false
    var allExact = true
    var usedA: UInt32 = 0
    var usedB: UInt32 = 0
    // Strongest agreement first; ties by position, so the order (and the
    // score) never depends on how the pairs were found.
    @inline(__always) func priority(_ pair: UnitPair) -> Float {
      let left = unitsA.baseAddress! + Int(pair.left)
      let right = unitsB.baseAddress! + Int(pair.right)
      return pair.comparison.similarity * 4 + min(left.pointee.weight, right.pointee.weight)
        + (left.pointee.spanCount + right.pointee.spanCount > 2 ? 0.01 : 0)
    }
    var pairs = pairs
    for index in pairs.indices { pairs[index].priority = priority(pairs[index]) }
    pairs.sort { x, y in
      if x.priority != y.priority { return x.priority > y.priority }
      if x.left != y.left { return x.left < y.left }
      return x.right < y.right
    }
    for pair in pairs {
      let left = unitsA.baseAddress! + Int(pair.left)
      let right = unitsB.baseAddress! + Int(pair.right)
      guard usedA & left.pointee.span == 0, usedB & right.pointee.span == 0 else { continue }
      usedA |= left.pointee.span
      usedB |= right.pointee.span
      let comparison = pair.comparison
      // Initials and truncations fully cover the short side, partly the long.
      var creditA: Float = 1
      var creditB: Float = 1
      if comparison.method == .initial {
        if left.pointee.role == .initial { creditB = comparison.partialCredit } else { creditA = comparison.partialCredit }
      } else if comparison.method == .truncation {
        if left.pointee.primary.count < right.pointee.primary.count { creditB = comparison.partialCredit } else { creditA = comparison.partialCredit }
      }
      matchedA += comparison.similarity * creditA * left.pointee.weight
      matchedB += comparison.similarity * creditB * right.pointee.weight
      if comparison.similarity >= 0.75, left.pointee.countsAsEvidence, right.pointee.countsAsEvidence {
        // A joined part against a single one counts one and a half.
        let spans = (left.pointee.spanCount, right.pointee.spanCount)
        strongParts += Float(min(spans.0, spans.1)) + (spans.0 != spans.1 ? 0.5 : 0)
        if spans.0 > 1 { partsJoinedA += max(0, a.identifyingParts(in: left.pointee.span) - 1) }
        if spans.1 > 1 { partsJoinedB += max(0, b.identifyingParts(in: right.pointee.span) - 1) }
        if left.pointee.role != .initial && right.pointee.role != .initial {
          strongFullParts += 1
        }
      }
      // A word agreeing with a generic one through a typo or a join
      // (`irsnian` / `iranian`) is the distinctive part of the pair; one
      // whose sounds merely resemble a generic word (`सेन` sen / `China`)
      // is not in an organization's name, unless it spells a whole phrase
      // of them (`Гонконг` / `Hong Kong`).
      let soundsLikeGeneric =
        kind.comparesAsOrganization && comparison.rule == Self.soundTranscriptionRule && comparison.similarity < 1
        && (left.pointee.isGeneric || right.pointee.isGeneric)
        && left.pointee.spanCount == 1 && right.pointee.spanCount == 1
      if comparison.similarity >= Self.distinctiveAgreementSimilarity, left.pointee.countsAsEvidence,
        right.pointee.countsAsEvidence, !(left.pointee.isGeneric && right.pointee.isGeneric), !soundsLikeGeneric,
        left.pointee.role != .initial, right.pointee.role != .initial
      {
        distinctiveAgreements += 1
        inexactLatinDistinctive =
          (left.pointee.isLatinScript && right.pointee.isLatinScript
            && (comparison.method == .typo || comparison.method == .phonetic || comparison.method == .truncation))
          || (comparison.rule == Self.soundTranscriptionRule && comparison.similarity < 1)
        let shorter = min(left.pointee.primary.count, right.pointee.primary.count)
        let approximate =
          comparison.rule == Self.spellingVariantRule
          || (comparison.method == .typo && shorter <= Self.approximateTypoWordLength)
          || ((comparison.rule == Self.transcriptionRule || comparison.rule == Self.soundTranscriptionRule)
            && comparison.similarity < 1)
        if approximate, !left.pointee.isGeneric, !right.pointee.isGeneric, shorter <= Self.approximateWordLength,
          !EditDistance.isOneLetterMissing(left.pointee.primary, right.pointee.primary)
        {
          approximateDistinctiveSimilarity = comparison.similarity
        }
      }
      if comparison.similarity < 1 { allExact = false }
      record?.pointee.aligned(left.pointee, right.pointee, comparison)
    }
    let coverageA = min(1, matchedA / a.totalWeight)
    let coverageB = min(1, matchedB / b.totalWeight)
    let (small, large) = a.totalWeight <= b.totalWeight ? (coverageA, coverageB) : (coverageB, coverageA)
    // Chinese and Korean names are a few syllables, all of which count: both
    // names must be covered alike.
    // Name parts of the larger name left unmatched beyond the first make its
    // coverage count more (`Maria Sophia Luiz Fernando` is not `Sophia Maria`).
    let largeIsB = a.totalWeight <= b.totalWeight
    let largeUsed = largeIsB ? usedB : usedA
    var share = a.isSyllabic || b.isSyllabic ? Self.syllabicShare : Self.smallSideShare
    let personNames = kind == .person || (kind == .any && !a.looksLikeOrganization && !b.looksLikeOrganization)
    if personNames {
      // Missing middle names are normal (first and last parts agree);
      // anything else left over in the larger name is evidence against.
      let summary = (largeIsB ? b : a).namePartSummary(used: largeUsed)
      if !summary.endsAgree {
        // Only middle parts agreeing (`Amir Ali Mohammad Shabiri` against
        // `Mohammad Ali`) counts every unmatched part.
        let counted = summary.neitherEndAgrees ? summary.unmatched : summary.unmatched - 1
        share = max(Self.syllabicShare, share - Self.unmatchedPartShare * Float(max(0, counted)))
      }
    }
    let organizationNames =
      kind.comparesAsOrganization || (kind == .any && (a.looksLikeOrganization || b.looksLikeOrganization))
    if organizationNames {
      // Every distinctive word on both sides counts (`Tokai Carbon` is not `Carbon`).
      let unmatched = (largeIsB ? b : a).unmatchedDistinctiveParts(used: largeUsed)
      share = max(
        Self.organizationMinimumShare,
        Self.organizationSmallSideShare - Self.organizationUnmatchedPartShare * Float(unmatched))
    }
    var score = Double(share * small + (1 - share) * large)
    // Chinese and Korean names are a few syllables, every one of which counts
    // (the family name above all): both names must be covered.
    if a.isSyllabic || b.isSyllabic { score = Double(min(small, large)) }

    // Initials alone identify no one (`W & M` is not `Margaret Whitcombe`),
    // unless the two names are the same initials.
    let allAgree = a.isFullyCovered(by: usedA) && b.isFullyCovered(by: usedB)
    let sameInitials = allExact && allAgree

    if strongFullParts == 0, strongParts > 0, !sameInitials, score > Self.initialsOnlyCeiling {
      score = Self.initialsOnlyCeiling
      record?.pointee.penalty(.onlyInitialsAgree)
    }
    // Generic words support a match of organization names; alone they make
    // none, unless both names are nothing but generic words that all agree
    // (`Military Industrial Company` / `Военно-промышленная компания`).
    if organizationNames, strongFullParts > 0, distinctiveAgreements == 0,
      a.hasDistinctivePart || b.hasDistinctivePart || !allAgree, score > Self.genericWordsOnlyCeiling
    {
      score = Self.genericWordsOnlyCeiling
      record?.pointee.penalty(.onlyGenericWordsAgree)
    }
    // One approximate brand word identifies no organization.
    if organizationNames, distinctiveAgreements == 1, let similarity = approximateDistinctiveSimilarity {
      let ceiling = Double(similarity) - Self.singleApproximateWordMargin
      if score > ceiling {
        score = ceiling
        record?.pointee.penalty(.singleApproximateWord)
      }
    }
    // A brand spelt merely alike, and words the other name lacks: another company.
    if organizationNames, distinctiveAgreements == 1, inexactLatinDistinctive, !allAgree,
      score > Self.inexactBrandWithOtherWordsCeiling
    {
      score = Self.inexactBrandWithOtherWordsCeiling
      record?.pointee.penalty(.inexactBrandWithOtherWords)
    }
    // A person is identified by at least two agreeing name parts.
    let personRules = kind.requiresTwoNameParts || (kind == .any && !a.looksLikeOrganization && !b.looksLikeOrganization)
    if personRules {
      let partsA = a.identifyingPartCount - partsJoinedA
      let partsB = b.identifyingPartCount - partsJoinedB
      if min(partsA, partsB) >= 2, strongParts < 2, score > 0.7 {
        score = 0.7
        record?.pointee.penalty(.onlyOnePartAgrees)
      } else if min(partsA, partsB) == 1, max(partsA, partsB) >= 2, strongParts < 2, score > 0.75 {
        score = 0.75
        record?.pointee.penalty(.singlePartCannotIdentifyPerson)
      }
    }
    score *= numberFactor(a, b, record: record)
    if !a.legalForms.isEmpty, !b.legalForms.isEmpty, !a.legalForms.contains(where: b.legalForms.contains),
      !(a.legalForms + b.legalForms).contains(where: \.isGeneric)
    {
      score *= 0.96
      record?.pointee.penalty(.legalFormsDiffer)
    }
    score = min(1, max(0, score))
    record?.pointee.finish(a, b, usedA: usedA, usedB: usedB, score: score)
    return score
  }

  private func numberFactor(_ a: PreparedName, _ b: PreparedName, record: UnsafeMutablePointer<ExplanationRecorder>?) -> Double {
    if a.numbers.isEmpty && b.numbers.isEmpty { return 1 }
    if !a.numbers.isEmpty && !b.numbers.isEmpty {
      let same = a.numbers.count == b.numbers.count && a.numbers.allSatisfy(b.numbers.contains)
      if same { return 1 }
      record?.pointee.penalty(
        .numbersDiffer(
          first: a.numbers.map { String(decoding: $0, as: UTF8.self) },
          second: b.numbers.map { String(decoding: $0, as: UTF8.self) }))
      return 0.55
    }
    let strict = a.kind == .vessel || a.kind == .aircraft
    record?.pointee.penalty(.numberInOneNameOnly)
    return strict ? 0.85 : 0.92
  }

  private func numbersOnly(_ a: PreparedName, _ b: PreparedName, record: UnsafeMutablePointer<ExplanationRecorder>?) -> Double {
    let score: Double = (!a.numbers.isEmpty && a.numbers == b.numbers && a.tokens.isEmpty && b.tokens.isEmpty) ? 1 : 0
    record?.pointee.finish(a, b, usedA: 0, usedB: 0, score: score)
    return score
  }
}

/// Collects the explanation while scoring (only when asked for).
struct ExplanationRecorder {
  private var alignments: [MatchExplanation.Alignment] = []
  private var penalties: [ScorePenalty] = []
  private(set) var explanation = MatchExplanation(
    score: 0, kind: .any, alignments: [], unmatchedLeft: [], unmatchedRight: [], ignoredTitles: [],
    legalForms: [], penalties: [])

  mutating func aligned(_ left: PreparedToken, _ right: PreparedToken, _ comparison: TokenComparison) {
    alignments.append(
      .init(
        left: left.display, right: right.display, method: comparison.method, rule: ruleLabel(left, right, comparison),
        similarity: Double(comparison.similarity), weight: Double(min(left.weight, right.weight))))
  }

  /// The rule's name; for a sound transcription, with the script it read
  /// (`kana transcription`, `hanzi transcription`).
  private func ruleLabel(_ left: PreparedToken, _ right: PreparedToken, _ comparison: TokenComparison) -> String {
    guard comparison.rule == NameMatcher.soundTranscriptionRule else { return comparison.ruleName }
    let code = left.soundScript == SoundTranscription.latinScript ? right.soundScript : left.soundScript
    return SoundTranscription.label(ofCode: code)
  }


  mutating func penalty(_ penalty: ScorePenalty) { penalties.append(penalty) }

  mutating func finish(_ a: PreparedName, _ b: PreparedName, usedA: UInt32, usedB: UInt32, score: Double) {
    let unmatchedLeft = a.tokens.filter { $0.span & usedA == 0 }.map(\.display)
    let unmatchedRight = b.tokens.filter { $0.span & usedB == 0 }.map(\.display)
    explanation = MatchExplanation(
      score: score, kind: a.kind, alignments: alignments, unmatchedLeft: unmatchedLeft,
      unmatchedRight: unmatchedRight, ignoredTitles: a.removedTitles + b.removedTitles,
      legalForms: (a.legalForms + b.legalForms).map(\.label), penalties: penalties)
  }
}
