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
