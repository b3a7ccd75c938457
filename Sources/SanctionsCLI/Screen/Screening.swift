import SanctionsMatching
import SanctionsScreening
import SanctionsSupport

/// Screens one query for the `screen` command: the matches (only the new
/// ones with `--since`), their explanations when asked for, and the audit line.
struct Screening: Sendable {
  let screener: Screener
  let delta: DeltaFilter?
  let threshold: Double
  let limit: Int
  let explain: Bool
  let run: RunRecord
  let keepsAudit: Bool

  struct Result: Sendable {
    var matches: [ScreeningMatch]
    /// Parallel to `matches` when explanations were asked for.
    var explanations: [MatchExplanation]?
    var audit: String?
  }

  func screen(_ query: BatchQuery) -> Swift.Result<Result, ScreeningError> {
    do throws(ScreeningError) {
      let prepared = try screener.prepare(query.query)
      var matches = try screener.screen(prepared, threshold: threshold, limit: limit)
      if let delta { matches = try delta.newMatches(matches, query: query.query, threshold: threshold, limit: limit) }
      let explanations = explain ? matches.map { screener.explain($0, for: prepared) } : nil
      return .success(Result(matches: matches, explanations: explanations, audit: auditLine(query, matches: matches, error: nil)))
    } catch {
      return .failure(error)
    }
  }

  /// The audit file's line for a query (nil when no audit file is kept).
  func auditLine(_ query: BatchQuery, matches: [ScreeningMatch], error: String?) -> String? {
    guard keepsAudit else { return nil }
    let q = query.query
    var input = ["\"name\":\(JSONText.quoted(q.name))", "\"type\":\"\(q.kind.rawValue)\""]
    if let id = query.id { input.insert("\"id\":\(Formatting.jsonID(id))", at: 0) }
    if let year = q.birthYear { input.append("\"birth_year\":\(year)") }
    if let country = q.country { input.append("\"country\":\(JSONText.quoted(country))") }
    if query.line > 0 { input.append("\"line\":\(query.line)") }
    let items = matches.map { match in
      "{\"entity_id\":\(JSONText.quoted(match.entityID)),\"source\":\"\(match.source.rawValue)\",\"name\":\(JSONText.quoted(match.matchedName)),\"score\":\(Formatting.score(match.score)),\"name_score\":\(Formatting.score(match.nameScore)),\"records\":[\(match.records.map { JSONText.quoted($0.entityID) }.joined(separator: ","))]}"
    }
    var fields = [
      "\"time\":\"\(Clock.utcTimestamp())\"",
      "\"engine\":\(JSONText.quoted(EngineVersion.description))",
      "\"threshold\":\(Formatting.score(threshold))",
      "\"limit\":\(limit)",
      "\"input\":{\(input.joined(separator: ","))}",
      "\"matches\":[\(items.joined(separator: ","))]",
      "\"lists\":\(run.auditListsJSON)",
      "\"lists_origin\":\"\(run.origin.kind)\"",
    ]
    if let since = run.auditSinceJSON { fields.append("\"since\":\(since)") }
    if let error { fields.append("\"error\":\(JSONText.quoted(error))") }
    return "{" + fields.joined(separator: ",") + "}\n"
  }
}
