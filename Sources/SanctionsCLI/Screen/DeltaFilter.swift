import SanctionsScreening
import SanctionsSupport

/// `screen --since OLD`: keeps only the matches a screening against the older
/// lists did not already give — a match is dropped when the older screening
/// (same query, threshold and limit) returned a record of the same party with
/// the same or a higher score.
///
/// Scores are compared as reported (four decimals), so the result equals
/// the difference of two full runs' outputs.
///
/// The older lists are screened only for queries that match the new ones, so
/// a delta run costs little more than a plain one.
struct DeltaFilter: Sendable {
  let old: Screener

  /// The matches of `matches` that are new since the older lists.
  func newMatches(
    _ matches: [ScreeningMatch], query: ScreeningQuery, threshold: Double, limit: Int
  ) throws(ScreeningError) -> [ScreeningMatch] {
    guard !matches.isEmpty else { return [] }
    let before = try old.screen(query, threshold: threshold, limit: limit)
    guard !before.isEmpty else { return matches }
    return matches.filter { match in
      let ids = Set(match.records.map(\.entityID))
      return !before.contains { previous in
        Self.reported(previous.score) >= Self.reported(match.score)
          && previous.records.contains { ids.contains($0.entityID) }
      }
    }
  }

  /// A score at the precision the output reports it.
  static func reported(_ score: Double) -> Int { ScoreText.tenThousandths(score) }
}
