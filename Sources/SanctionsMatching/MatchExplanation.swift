/// Why two names scored what they did: an analyst-readable account.
///
/// It prints as its multi-line ``text``. It encodes with the keys of
/// `sanctions compare --format json` (`score`, `kind`, `alignments`,
/// `unmatched_left`, `unmatched_right`, `ignored_titles`, `legal_forms`,
/// `penalties`); penalties encode as ``ScorePenalty`` values, not sentences.
public struct MatchExplanation: Sendable, Hashable, Codable {
  /// One aligned pair of name parts.
  public struct Alignment: Sendable, Hashable, Codable {
    /// The part of the first name (joined parts are separated by spaces).
    public let left: String
    /// The part of the second name.
    public let right: String
    /// How they were compared.
    public let method: ComparisonMethod
    /// The matcher rule that found the agreement (`typo`, `transcription`).
    public let rule: String
    /// Their similarity in [0, 1].
    public let similarity: Double
    /// The evidence weight of the pair in [0, 1] (rare parts weigh more).
    public let weight: Double
  }

  /// The calibrated score in [0, 1]; 0.80 is the default alert threshold.
  public let score: Double
  /// The rules used.
  public let kind: PartyKind
  /// Aligned name parts, strongest first.
  public let alignments: [Alignment]
  /// Parts of the first name that found no counterpart.
  public let unmatchedLeft: [String]
  /// Parts of the second name that found no counterpart.
  public let unmatchedRight: [String]
  /// Titles and honorifics that were ignored on either side.
  public let ignoredTitles: [String]
  /// Legal forms set aside on either side (`LLC`, `JSC`, ...).
  public let legalForms: [String]
  /// What lowered the score (`numbers differ: 2 / 3`).
  public let penalties: [ScorePenalty]

  enum CodingKeys: String, CodingKey {
    case score, kind, alignments, penalties
    case unmatchedLeft = "unmatched_left"
    case unmatchedRight = "unmatched_right"
    case ignoredTitles = "ignored_titles"
    case legalForms = "legal_forms"
  }

  /// A multi-line, human-readable rendering.
  public var text: String {
    var lines = ["score \(formatScore(score))"]
    for pair in alignments {
      // Transcriptions say which script's conventions aligned the parts.
      let how = pair.rule.hasSuffix(" transcription") ? pair.rule : pair.method.rawValue
      lines.append("  \(pair.left) ~ \(pair.right): \(how) \(formatScore(pair.similarity)) (weight \(formatScore(pair.weight)))")
    }
    if !unmatchedLeft.isEmpty { lines.append("  unmatched in first: \(unmatchedLeft.joined(separator: ", "))") }
    if !unmatchedRight.isEmpty { lines.append("  unmatched in second: \(unmatchedRight.joined(separator: ", "))") }
    if !ignoredTitles.isEmpty { lines.append("  ignored titles: \(ignoredTitles.joined(separator: ", "))") }
    if !legalForms.isEmpty { lines.append("  legal forms (equivalences): \(legalForms.joined(separator: ", "))") }
    for penalty in penalties { lines.append("  lowered: \(penalty)") }
    return lines.joined(separator: "\n")
  }
}

/// A score with two decimals, without Foundation.
func formatScore(_ value: Double) -> String {
  let hundredths = Int((value * 100).rounded())
  let whole = hundredths / 100
  let fraction = hundredths % 100
  return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
}
