import SanctionsScreening
import SanctionsSupport

/// Screens `/match` queries with the engine, the way `sanctions screen` does: each name is
/// prepared once (`Screener.prepare`), screened with `screen(_:threshold:limit:)` at the
/// request's floor (`min(cutoff, threshold)`) and limit, and each match explained from the same
/// prepared name.
///
/// A query with several names (`name`, `alias`, `previousName` values) screens each and keeps,
/// per party, the best-scoring name; a query with one name gets exactly the CLI's matches.
/// Dataset and schema filters are applied to the engine's ranked matches; when they leave fewer
/// than `limit`, the name is screened again with a larger limit, so the filtered results are
/// still the best `limit` that qualify.
enum BatchScreening {
  /// One result of a query: the match, the query name it is for, and how the names aligned.
  struct Hit: Sendable {
    let match: ScreeningMatch
    let queryName: String
    let explanation: MatchExplanation
  }

  /// Screens a batch, its queries in parallel (one task per processor the service may use, as
  /// the CLI counts them: affinity mask and cgroup quota); the answers are in the order of `queries`.
  static func screen(
    _ queries: [MatchQuery], index: LoadedIndex, parameters: MatchParameters, scope: DatasetScope
  ) async throws(APIError) -> [[Hit]] {
    if queries.count == 1 {
      return [try screen(queries[0], index: index, parameters: parameters, scope: scope)]
    }
    let workers = min(queries.count, ProcessInfoLite.activeProcessorCount)
    let outcomes = await withTaskGroup(of: (Int, [Result<[Hit], APIError>]).self) { group in
      for worker in 0..<workers {
        group.addTask {
          var results: [Result<[Hit], APIError>] = []
          for position in stride(from: worker, to: queries.count, by: workers) {
            results.append(
              Result { () throws(APIError) in
                try screen(queries[position], index: index, parameters: parameters, scope: scope)
              })
          }
          return (worker, results)
        }
      }
      var byWorker = [[Result<[Hit], APIError>]](repeating: [], count: workers)
      for await (worker, results) in group { byWorker[worker] = results }
      return byWorker
    }
    var answers: [[Hit]] = []
    answers.reserveCapacity(queries.count)
    for position in queries.indices {
      answers.append(try outcomes[position % workers][position / workers].get())
    }
    return answers
  }

  /// Screens one query.
  static func screen(
    _ query: MatchQuery, index: LoadedIndex, parameters: MatchParameters, scope: DatasetScope
  ) throws(APIError) -> [Hit] {
    let screener = index.screener
    var best: [String: Hit] = [:]
    var order: [Hit] = []
    for name in query.names {
      let prepared: PreparedQuery
      let matches: [ScreeningMatch]
      do throws(ScreeningError) {
        prepared = try screener.prepare(query.screeningQuery(name: name))
        matches = try screenName(prepared, screener: screener, parameters: parameters, scope: scope)
      } catch {
        throw .badRequest("queries.\(query.key): cannot screen the name \"\(name)\": \(error)")
      }
      for match in matches {
        let hit = Hit(match: match, queryName: name, explanation: screener.explain(match, for: prepared))
        if query.names.count == 1 {
          order.append(hit)
          continue
        }
        let party = match.records.map(\.entityID).sorted().joined(separator: "\u{1F}")
        if let current = best[party], current.match.score >= match.score { continue }
        best[party] = hit
      }
    }
    if query.names.count == 1 { return order }
    let ranked = best.values.sorted { x, y in
      if x.match.score != y.match.score { return x.match.score > y.match.score }
      return x.match.entityID < y.match.entityID
    }
    return Array(ranked.prefix(parameters.limit))
  }

  /// One name's matches that the scope admits, best first, at most `limit`.
  private static func screenName(
    _ prepared: PreparedQuery, screener: Screener, parameters: MatchParameters, scope: DatasetScope
  ) throws(ScreeningError) -> [ScreeningMatch] {
    let limit = parameters.limit
    guard scope.filters else { return try screener.screen(prepared, threshold: parameters.floor, limit: limit) }
    var asked = limit
    while true {
      let ranked = try screener.screen(prepared, threshold: parameters.floor, limit: asked)
      let kept = ranked.filter(scope.admits)
      if kept.count >= limit || ranked.count < asked { return Array(kept.prefix(limit)) }
      asked = asked >= Int.max / 8 ? Int.max : asked * 8
    }
  }
}
