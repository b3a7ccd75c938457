/// The `limit` parties with the highest adjusted scores so far while a
/// query's candidates are scored, so that screening can stop once no
/// candidate left could enter them (candidates come highest score bound first).
/// Records of one designation in several files are one party, as the limit
/// counts parties.
///
/// A party's score only grows as better names of it are found, so keeping
/// the best `limit` as they come keeps the right ones.
struct LeadingParties {
  /// Past this limit the leaders are not tracked (every candidate is scored).
  static let largestTrackedLimit = 64
  /// Slack on the score bound, against floating-point rounding.
  static let boundSlack = 0.001

  private let limit: Int
  /// At most `limit`, highest score first.
  private var leaders: [(party: Int, score: Double)] = []

  init(limit: Int) {
    self.limit = limit <= Self.largestTrackedLimit ? limit : 0
  }

  /// The lowest score among the leaders once there are `limit` of them
  /// (nil before, or when leaders are not tracked).
  var lowestScore: Double? {
    limit > 0 && leaders.count == limit ? leaders[limit - 1].score : nil
  }

  /// Party `party` now scores `score` (at least its previous score).
  ///
  /// - Complexity: O(`limit`).
  mutating func update(party: Int, score: Double) {
    guard limit > 0 else { return }
    if let index = leaders.firstIndex(where: { $0.party == party }) {
      leaders[index].score = max(leaders[index].score, score)
    } else if leaders.count < limit {
      leaders.append((party, score))
    } else if score > leaders[limit - 1].score {
      leaders[limit - 1] = (party, score)
    } else {
      return
    }
    leaders.sort { $0.score > $1.score }
  }
}
