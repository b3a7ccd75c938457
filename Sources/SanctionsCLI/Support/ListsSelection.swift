import SanctionsScreening
import SanctionsSupport

/// The lists a command loads and where they come from (see
/// ``ListsLocationOptions/resolve(environment:)``).
struct ListsSelection: Sendable {
  /// The paths to load.
  var paths: [String]
  /// Where they come from.
  var origin: ListsOrigin

  /// Says on standard error, once, that the embedded snapshot is used: its
  /// date, age and the command that replaces it; loudly (`WARNING`) when it
  /// is older than ``EmbeddedSnapshot/maximumAgeDays``. Nothing for lists
  /// named on the command line or taken from the lists directory.
  func announce(command: String, today: Int = Clock.currentDay()) {
    guard case .snapshot(let snapshot) = origin else { return }
    StandardStreams.writeError(Self.notice(snapshot, command: command, today: today))
  }

  /// The notice ``announce(command:today:)`` writes (one line).
  static func notice(_ snapshot: EmbeddedSnapshot, command: String, today: Int) -> String {
    let age = snapshot.ageDays(today: today)
    let days = age == 1 ? "1 day" : "\(age) days"
    let span = "\(snapshot.files.count) files published \(snapshot.oldestDate) to \(snapshot.date), in \(snapshot.folder)"
    let remedy = "Run 'sanctions update' to install current lists."
    if snapshot.isStale(today: today) {
      return "sanctions \(command): WARNING: using the embedded list snapshot of \(snapshot.date), which is \(days) "
        + "old (\(span)). Lists older than \(EmbeddedSnapshot.maximumAgeDays) days miss recent designations: "
        + "do not rely on this screening. \(remedy)\n"
    }
    return "sanctions \(command): using the embedded list snapshot of \(snapshot.date), \(days) old (\(span)). \(remedy)\n"
  }
}

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
