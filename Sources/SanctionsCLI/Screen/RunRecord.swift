import SanctionsScreening
import SanctionsSupport

/// What a screening run used, for audit data: the engine, threshold, limit,
/// where the lists came from (arguments, the lists directory or the embedded
/// snapshot) and every list file with its source, dates, entity count and
/// SHA-256 (and, for `--since`, the older lists).
struct RunRecord: Sendable {
  let started = Clock.utcTimestamp()
  let threshold: Double
  let limit: Int
  let provenance: ListProvenance
  let since: ListProvenance?
  /// Where the lists came from.
  let origin: ListsOrigin

  /// The run as one JSON object.
  var json: String {
    var fields = [
      "\"engine\":\(JSONText.quoted(EngineVersion.description))",
      "\"index_format\":\(EngineVersion.indexFormat)",
      "\"started\":\"\(started)\"",
      "\"threshold\":\(Formatting.score(threshold))",
      "\"limit\":\(limit)",
      "\"include_superseded\":\(provenance.includesSuperseded)",
      "\"lists_origin\":\(origin.json())",
      "\"lists\":\(Self.filesJSON(provenance))",
    ]
    if let since { fields.append("\"since\":\(Self.filesJSON(since))") }
    return "{" + fields.joined(separator: ",") + "}"
  }

  static func filesJSON(_ provenance: ListProvenance) -> String {
    let files = provenance.files.map { file in
      var fields = [
        "\"path\":\(JSONText.quoted(file.path))",
        "\"source\":\"\(file.source.rawValue)\"",
        "\"format\":\(JSONText.quoted(file.format))",
        "\"published\":\(file.published.map(JSONText.quoted) ?? "null")",
        "\"snapshot_date\":\(file.snapshotDate.map(JSONText.quoted) ?? "null")",
        "\"entities\":\(file.entities)",
        "\"screened\":\(file.screened)",
        "\"sha256\":\"\(file.sha256)\"",
      ]
      if !file.companionPaths.isEmpty {
        let companions = zip(file.companionPaths, file.companionSHA256).map {
          "{\"path\":\(JSONText.quoted($0)),\"sha256\":\"\($1)\"}"
        }
        fields.append("\"companions\":[\(companions.joined(separator: ","))]")
      }
      return "{" + fields.joined(separator: ",") + "}"
    }
    return "[" + files.joined(separator: ",") + "]"
  }

  /// The list files in one CSV field: `source date entities sha256:…` per
  /// file, separated by `; ` (companions after a `+`); the date is the
  /// stated publication date, else the date in the file's path marked
  /// `(path)`, else `undated`.
  var listsField: String {
    provenance.files.map { file in
      let date = file.published ?? file.snapshotDate.map { "\($0)(path)" } ?? "undated"
      var text = "\(file.source.rawValue) \(date) \(file.screened) sha256:\(file.sha256)"
      for hash in file.companionSHA256 { text += "+\(hash)" }
      return text
    }.joined(separator: "; ")
  }

  /// Where the lists came from, in one CSV field (see ``ListsOrigin/field(today:)``).
  var originField: String { origin.field() }

  /// The list hashes for each audit line: `[{"source":…,"sha256":…}]`.
  var auditListsJSON: String { Self.hashesJSON(provenance) }

  /// The older lists' hashes (`--since`) in the same shape; nil without `--since`.
  var auditSinceJSON: String? { since.map(Self.hashesJSON) }

  private static func hashesJSON(_ provenance: ListProvenance) -> String {
    "[" + provenance.files.map { "{\"source\":\"\($0.source.rawValue)\",\"sha256\":\"\($0.sha256)\"}" }
      .joined(separator: ",") + "]"
  }
}
