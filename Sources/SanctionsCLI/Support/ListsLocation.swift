import ArgumentParser
import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Where the lists a command reads come from, in order: `--lists` paths when
/// given; else the active set of the lists directory that `sanctions update`
/// fills; else, when that directory is the default one and holds no lists
/// yet, the embedded snapshot that ships with the tool (``EmbeddedSnapshot``).
///
/// The lists directory is `--lists-dir`, else `$SANCTIONS_LISTS`, else
/// `$XDG_DATA_HOME/sanctions/lists`, else `~/.local/share/sanctions/lists`.
/// Its `current` link names the active set (see ``ListsDirectory``). A lists
/// directory named explicitly (`--lists-dir`, `$SANCTIONS_LISTS`) that holds
/// no lists is an error, never silently replaced by the snapshot.
struct ListsLocationOptions: ParsableArguments {
  @Option(
    name: .customLong("lists"),
    help: """
      A list file or folder (repeatable). Without it, the lists directory's current set is used, \
      else the embedded list snapshot.
      """)
  var lists: [String] = []

  @Option(
    name: .customLong("lists-dir"),
    help: """
      The lists directory that 'sanctions update' fills (default: $SANCTIONS_LISTS, else \
      $XDG_DATA_HOME/sanctions/lists, else ~/.local/share/sanctions/lists).
      """)
  var listsDirectory: String?

  /// The lists to load and where they come from: the `--lists` paths as
  /// given; or the resolved real path of the lists directory's current set
  /// (so that anything keyed by path, such as the saved index, changes with
  /// each update); or the embedded snapshot's files.
  func resolve(
    environment: (String) -> String? = ListsLocation.environment
  ) throws(ListsLocationError) -> ListsSelection {
    if !lists.isEmpty { return ListsSelection(paths: lists, origin: .arguments) }
    let directory = ListsLocation.directory(explicit: listsDirectory, environment: environment)
    do throws(ListsLocationError) {
      return ListsSelection(
        paths: [try ListsLocation.currentSet(in: directory)], origin: .listsDirectory(directory))
    } catch {
      let isDefault = (listsDirectory ?? "").isEmpty && (environment(ListsLocation.environmentVariable) ?? "").isEmpty
      guard isDefault, case .empty = error else { throw error }
      let found: (snapshot: EmbeddedSnapshot?, tried: [String])
      do throws(EmbeddedSnapshotError) { found = try EmbeddedSnapshot.locate() } catch {
        throw .snapshotUnusable(directory: directory, problem: error)
      }
      guard let snapshot = found.snapshot else { throw .noListsAnywhere(directory: directory, tried: found.tried) }
      return ListsSelection(paths: snapshot.files.map(\.path), origin: .snapshot(snapshot))
    }
  }
}

/// Resolution of the lists directory and its active set.
enum ListsLocation {
  /// The environment variable that names the lists directory.
  static let environmentVariable = "SANCTIONS_LISTS"

  /// The lists directory: `explicit` (`--lists-dir`), else
  /// `$SANCTIONS_LISTS`, else `$XDG_DATA_HOME/sanctions/lists`, else
  /// `$HOME/.local/share/sanctions/lists` (the home folder from the password
  /// database when `$HOME` is unset).
  static func directory(
    explicit: String?, environment: (String) -> String? = ListsLocation.environment
  ) -> String {
    if let explicit, !explicit.isEmpty { return explicit }
    if let named = environment(environmentVariable), !named.isEmpty { return named }
    if let data = environment("XDG_DATA_HOME"), !data.isEmpty, data.hasPrefix("/") {
      return FileSystem.join(data, "sanctions/lists")
    }
    let home = environment("HOME").flatMap { $0.isEmpty ? nil : $0 } ?? passwordDatabaseHome() ?? "/"
    return FileSystem.join(home, ".local/share/sanctions/lists")
  }

  /// The real path of `directory`'s active set (its `current` link resolved).
  /// Throws, saying how to fill it, when there is none.
  static func currentSet(in directory: String) throws(ListsLocationError) -> String {
    let current = ListsDirectory(root: directory).currentLink
    guard let resolved = FileSystem.realPath(current), FileSystem.kind(of: resolved) == .directory else {
      if FileSystem.exists(noFollow: directory), FileSystem.kind(of: directory) != .directory {
        throw .notADirectory(directory)
      }
      throw .empty(directory)
    }
    return resolved
  }

  /// A variable of this process's environment.
  static func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
  }

  private static func passwordDatabaseHome() -> String? {
    guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
    return String(cString: directory)
  }
}

/// The lists directory cannot supply lists.
enum ListsLocationError: Error, Equatable, CustomStringConvertible {
  /// The directory has no active set yet (or does not exist).
  case empty(String)
  /// The path exists but is not a folder.
  case notADirectory(String)
  /// The default lists directory holds no lists and no embedded snapshot
  /// was found (`tried`: the manifests looked for).
  case noListsAnywhere(directory: String, tried: [String])
  /// The default lists directory holds no lists and the embedded snapshot is damaged.
  case snapshotUnusable(directory: String, problem: EmbeddedSnapshotError)

  var description: String {
    switch self {
    case .empty(let directory):
      return "the lists directory \(directory) holds no lists yet. Fill it with 'sanctions update' "
        + "(downloads the official lists), or 'sanctions update --from DIR|URL' from a folder or mirror "
        + "(air-gapped sites); or name list files with --lists PATH. Another lists directory can be chosen "
        + "with --lists-dir or $\(ListsLocation.environmentVariable)."
    case .noListsAnywhere(let directory, let tried):
      return Self.empty(directory).description + " No embedded list snapshot was found either (tried "
        + tried.joined(separator: ", ") + "; $\(PackageData.environmentVariable) names the tool's data folder)."
    case .snapshotUnusable(_, let problem):
      return problem.description
    case .notADirectory(let path):
      return "the lists directory \(path) is not a folder. Point --lists-dir or $\(ListsLocation.environmentVariable) "
        + "at a folder filled by 'sanctions update'."
    }
  }
}
