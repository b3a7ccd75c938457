import ArgumentParser
import SanctionsLists
import SanctionsScreening

/// Options for the persisted index.
struct IndexCacheOptions: ParsableArguments {
  @Option(help: "Folder for the persisted index (default: $SANCTIONS_CACHE_DIR, else $XDG_CACHE_HOME/sanctions, else ~/.cache/sanctions).")
  var indexCache: String?

  @Flag(help: "Build the index in memory only; neither read nor write the cache.")
  var noIndexCache = false
}

/// Loads lists into a screener, through the persisted index when possible.
enum ScreenerLoading {
  static func load(lists: [String], cache: IndexCacheOptions) throws -> Screener {
    let store = cache.noIndexCache ? nil : IndexStore(directory: cache.indexCache ?? IndexStore.defaultDirectory())
    let outcome = Result { () throws(ListError) -> IndexStore.LoadResult in
      try IndexStore.loadOrBuild(listPaths: lists, store: store)
    }
    switch outcome {
    case .success(let result):
      for warning in result.warnings { StandardStreams.writeError("sanctions: warning: \(warning)\n") }
      return result.screener
    case .failure(let error):
      StandardStreams.writeError("sanctions: \(error)\n")
      throw ExitCode(ExitStatus.error)
    }
  }
}
