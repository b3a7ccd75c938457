import SanctionsSupport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Finds the data files that ship with the tool: the list-source manifest
/// `sources.json` and the embedded list snapshot `snapshot/` (see
/// ``EmbeddedSnapshot``).
///
/// The data folder is, in order:
/// 1. `$SANCTIONS_DATA_DIR`, when set and not empty;
/// 2. `<ancestor>/lists`, for the nearest ancestor of the executable's folder
///    (from `/proc/self/exe`) that has `lists/sources.json`: the repository's
///    `lists/` folder when the tool runs from a build folder;
/// 3. `<executable folder>/../share/sanctions`, the installed layout.
enum PackageData {
  /// The environment variable that names the data folder explicitly.
  static let environmentVariable = "SANCTIONS_DATA_DIR"

  /// The data folder's candidates, in the order they are tried; `isExplicit`
  /// marks the one named by the environment variable.
  static func candidates() -> [(path: String, isExplicit: Bool)] {
    var result: [(String, Bool)] = []
    if let explicit = getenv(environmentVariable).map({ String(cString: $0) }), !explicit.isEmpty {
      result.append((explicit, true))
    }
    if let executable = executablePath() {
      let folder = FileSystem.directoryName(executable)
      var ancestor = folder
      while true {
        let lists = FileSystem.join(ancestor, "lists")
        if FileSystem.kind(of: FileSystem.join(lists, "sources.json")) == .file {
          result.append((lists, false))
          break
        }
        let parent = FileSystem.directoryName(ancestor)
        if parent == ancestor || ancestor == "/" { break }
        ancestor = parent
      }
      result.append((FileSystem.join(FileSystem.directoryName(folder), "share/sanctions"), false))
    }
    return result
  }

  /// The path of a data file: the first candidate folder that holds it.
  /// Throws, naming every folder tried, when none does.
  static func locate(_ name: String) throws(PackageDataError) -> String {
    let tried = candidates()
    for candidate in tried {
      let path = FileSystem.join(candidate.path, name)
      if FileSystem.kind(of: path) == .file { return path }
      // An explicit data folder that lacks the file is not silently replaced by another.
      if candidate.isExplicit { throw PackageDataError(name: name, tried: [path]) }
    }
    throw PackageDataError(name: name, tried: tried.map { FileSystem.join($0.path, name) })
  }

  /// The running executable's absolute path.
  static func executablePath() -> String? {
    FileSystem.symbolicLinkTarget("/proc/self/exe")
  }
}

/// A data file that ships with the tool was not found.
struct PackageDataError: Error, CustomStringConvertible {
  /// The file looked for (e.g. `sources.json`).
  let name: String
  /// Every path tried, in order.
  let tried: [String]

  var description: String {
    "cannot find the tool's \(name) (tried \(tried.joined(separator: ", "))). Set $\(PackageData.environmentVariable) "
      + "to the folder that holds it (the repository's lists/ folder), or name the file with --sources FILE."
  }
}
