public import SanctionsLists

extension IndexStore {
  /// Something the user should know after ``loadOrBuild(listPaths:store:)``:
  /// its `description` is the sentence the CLI prints after `sanctions: warning: `.
  public enum LoadWarning: Sendable, Hashable, CustomStringConvertible {
    /// The saved index file at `path` is damaged (`reason`); it was rebuilt.
    case damagedIndex(path: String, reason: String)
    /// A list file loaded with a warning.
    case list(path: String, ListWarning)
    /// A path met while walking a list folder was not loaded.
    case skippedPath(SkippedPath)
    /// A listed name could not be indexed.
    case nameNotIndexed(SkippedName)
    /// The index could not be saved in `directory` (`reason`): screening
    /// works, but each run re-reads the lists.
    case indexNotSaved(directory: String, reason: String)
    /// The cache folder is not safe to use (`reason`: a symbolic link,
    /// another user's, writable by others): nothing is read from or saved
    /// to it.
    case cacheRefused(directory: String, reason: String)

    public var description: String {
      switch self {
      case .damagedIndex(let path, let reason): return "the saved index \(path) is damaged (\(reason)); rebuilding it"
      case .list(let path, let warning): return "\(path): \(warning)"
      case .skippedPath(let skipped): return "skipped \(skipped.path): \(skipped.reason)"
      case .nameNotIndexed(let name): return name.description
      case .indexNotSaved(let directory, let reason):
        return "could not save the index in \(directory): \(reason) (screening works, but each run re-reads the lists)"
      case .cacheRefused(let directory, let reason):
        return "not using the index cache \(directory): \(reason); the lists are read without it "
          + "(use a private folder: --index-cache DIR or SANCTIONS_CACHE_DIR, mode 0700)"
      }
    }
  }
}
