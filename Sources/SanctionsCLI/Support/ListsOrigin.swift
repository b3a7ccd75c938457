import SanctionsScreening
import SanctionsSupport

/// Where a command's lists come from, recorded in audit data.
enum ListsOrigin: Sendable {
  /// `--lists` paths.
  case arguments
  /// The active set of this lists directory (`sanctions update`).
  case listsDirectory(String)
  /// The embedded snapshot that ships with the tool.
  case snapshot(EmbeddedSnapshot)
  /// A standalone index file (`screen --index`); its lists are in the run's `lists`.
  case indexFile(String)

  /// A short name: `arguments`, `lists-directory` or `embedded-snapshot`.
  var kind: String {
    switch self {
    case .arguments: return "arguments"
    case .listsDirectory: return "lists-directory"
    case .snapshot: return "embedded-snapshot"
    case .indexFile: return "index-file"
    }
  }

  /// The origin as a JSON object: its kind; the lists directory; the index
  /// file and the engine build that reads it; or the snapshot's manifest,
  /// date, oldest date, age in days and staleness.
  func json(today: Int = Clock.currentDay()) -> String {
    switch self {
    case .arguments:
      return "{\"kind\":\"arguments\"}"
    case .listsDirectory(let directory):
      return "{\"kind\":\"lists-directory\",\"directory\":\(JSONText.quoted(directory))}"
    case .indexFile(let path):
      return "{\"kind\":\"index-file\",\"path\":\(JSONText.quoted(path)),\"engine_build\":\(JSONText.quoted(EngineBuild.id))}"
    case .snapshot(let snapshot):
      return "{\"kind\":\"embedded-snapshot\",\"manifest\":\(JSONText.quoted(snapshot.manifestPath)),"
        + "\"date\":\"\(snapshot.date)\",\"oldest\":\"\(snapshot.oldestDate)\","
        + "\"age_days\":\(snapshot.ageDays(today: today)),\"stale\":\(snapshot.isStale(today: today))}"
    }
  }

  /// The origin in one CSV field: `arguments`, `lists-directory DIR`, or
  /// `embedded-snapshot DATE (N days old[, stale])`.
  func field(today: Int = Clock.currentDay()) -> String {
    switch self {
    case .arguments: return kind
    case .listsDirectory(let directory): return "\(kind) \(directory)"
    case .indexFile(let path): return "\(kind) \(path)"
    case .snapshot(let snapshot):
      let stale = snapshot.isStale(today: today) ? ", stale" : ""
      return "\(kind) \(snapshot.date) (\(snapshot.ageDays(today: today)) days old\(stale))"
    }
  }
}
