import SanctionsMatching
import SanctionsScreening
import SanctionsSupport

/// Renders screening results as text, JSON (one document), JSON lines or CSV
/// (one row per match), with the run's audit data where the format has room.
struct MatchWriter: Sendable {
  enum Format: String, Sendable { case text, json, jsonl, csv }

  let format: Format
  let run: RunRecord
  /// The input columns each CSV row starts with.
  let carriedColumns: [String]
  /// CSV: also a row for each query without a match.
  let includeQueriesWithoutMatch: Bool
  /// JSON lines: a first line with the run's audit data.
  let runHeaderLine: Bool

  /// The CSV columns after the carried ones.
  static let csvResultColumns = [
    "match_rank", "score", "entity_id", "source", "matched_name", "entity_type", "name_kind", "other_records", "error",
    "screened_at", "engine", "threshold", "lists", "lists_origin",
  ]

  /// What opens the output: the CSV header row, the JSON document's start,
  /// or the run line of JSON lines.
  func header() -> String {
    switch format {
    case .csv:
      return CSVText.record(carriedColumns + Self.csvResultColumns)
    case .json:
      return "{\"run\":\(run.json),\"results\":[\n"
    case .jsonl:
      return runHeaderLine ? "{\"run\":\(run.json)}\n" : ""
    case .text:
      return ""
    }
  }

  /// What closes the output.
  func footer() -> String { format == .json ? "]}\n" : "" }

  /// The separator between two results of a batch (JSON's commas).
  var separator: String? { format == .json ? ",\n" : nil }

  /// One query's results (`explanations` parallel to `matches`, when asked for).
  func render(_ query: BatchQuery, matches: [ScreeningMatch], explanations: [MatchExplanation]?) -> String {
    switch format {
    case .json, .jsonl:
      let items = matches.enumerated().map { index, match in
        matchJSON(match, explanation: explanations?[index])
      }
      return "{\(head(query))\"matches\":[\(items.joined(separator: ","))]}" + (format == .jsonl ? "\n" : "")
    case .csv:
      if matches.isEmpty {
        return includeQueriesWithoutMatch ? csvRow(query, [String](repeating: "", count: 9)) : ""
      }
      return matches.enumerated().map { rank, match in
        csvRow(
          query,
          [
            String(rank + 1), Formatting.score(match.score), match.entityID, match.source.rawValue, match.matchedName,
            match.entityType.rawValue, match.nameKind.rawValue,
            match.records.dropFirst().map(\.entityID).joined(separator: "; "), "",
          ])
      }.joined()
    case .text:
      var text = "\(query.query.name): \(matches.isEmpty ? "no match" : "\(matches.count) match\(matches.count == 1 ? "" : "es")")\n"
      for (index, match) in matches.enumerated() {
        text += "  \(match)\n"
        if match.records.count > 1 {
          text += "      also listed as: \(match.records.dropFirst().map { "\($0.entityID) (\($0.source.displayName))" }.joined(separator: ", "))\n"
        }
        if let explanation = explanations?[index] {
          for line in explanation.text.split(separator: "\n").dropFirst() { text += "      \(line)\n" }
          for adjustment in match.adjustments { text += "      adjusted: \(adjustment)\n" }
        }
      }
      return TerminalText.safe(text)
    }
  }

  /// The whole output for one name given on the command line: as a batch
  /// of one, except that JSON is one object with the run inside it.
  func renderOne(_ query: BatchQuery, matches: [ScreeningMatch], explanations: [MatchExplanation]?) -> String {
    guard format == .json else { return header() + render(query, matches: matches, explanations: explanations) + footer() }
    let result = render(query, matches: matches, explanations: explanations)
    return "{\"run\":\(run.json)," + result.dropFirst() + "\n"
  }

  /// The answer to a record that could not be screened (text output has
  /// none: the diagnostic on standard error says it).
  func renderError(_ message: String, query: BatchQuery) -> String {
    switch format {
    case .json, .jsonl:
      return "{\"id\":\(Formatting.jsonID(query.id)),\"matches\":[],\"error\":\(JSONText.quoted(message))}"
        + (format == .jsonl ? "\n" : "")
    case .csv:
      var fields = query.fields
      if fields.count < carriedColumns.count {
        fields += [String](repeating: "", count: carriedColumns.count - fields.count)
      }
      return csvRow(
        BatchQuery(query: query.query, id: query.id, fields: Array(fields.prefix(carriedColumns.count)), line: query.line),
        [String](repeating: "", count: 8) + [query.line > 0 ? "line \(query.line): \(message)" : message])
    case .text:
      return ""
    }
  }

  private func head(_ query: BatchQuery) -> String {
    query.id.map { "\"id\":\(Formatting.jsonID($0))," } ?? "\"name\":\(JSONText.quoted(query.query.name)),"
  }

  private func matchJSON(_ match: ScreeningMatch, explanation: MatchExplanation?) -> String {
    let records = match.records.map { "{\"entity_id\":\(JSONText.quoted($0.entityID)),\"source\":\"\($0.source.rawValue)\"}" }
    var text = "{\"entity_id\":\(JSONText.quoted(match.entityID)),\"source\":\(JSONText.quoted(match.source.rawValue)),\"name\":\(JSONText.quoted(match.matchedName)),\"score\":\(Formatting.score(match.score)),\"type\":\"\(match.entityType.rawValue)\",\"name_kind\":\"\(match.nameKind.rawValue)\",\"records\":[\(records.joined(separator: ","))]"
    if let explanation {
      text += ",\"name_score\":\(Formatting.score(match.nameScore)),\"explanation\":\(ExplanationJSON.render(explanation))"
      text += ",\"adjustments\":[\(match.adjustments.map { JSONText.quoted($0.description) }.joined(separator: ","))]"
    }
    return text + "}"
  }

  private func csvRow(_ query: BatchQuery, _ result: [String]) -> String {
    var fields = query.fields
    if fields.count < carriedColumns.count { fields += [String](repeating: "", count: carriedColumns.count - fields.count) }
    return CSVText.record(
      Array(fields.prefix(carriedColumns.count)) + result
        + [run.started, EngineVersion.description, Formatting.score(run.threshold), run.listsField, run.originField])
  }
}
