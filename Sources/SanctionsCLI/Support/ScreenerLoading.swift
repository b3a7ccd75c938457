import ArgumentParser
import SanctionsLists
import SanctionsScreening

/// Options for the persisted index.
struct IndexCacheOptions: ParsableArguments {
  @Option(help: "Folder for the persisted index (default: $SANCTIONS_CACHE_DIR, else $XDG_CACHE_HOME/sanctions, else ~/.cache/sanctions).")
  var indexCache: String?

  @Flag(help: "Build the index in memory only; neither read nor write the cache.")
  var noIndexCache = false

  @Flag(help: "Also screen entities found only in an older publication of a list (withdrawn since).")
  var includeSuperseded = false

  /// How lists are loaded.
  var loadOptions: LoadOptions { LoadOptions(includeSuperseded: includeSuperseded) }
}

/// Loads lists into a screener, through the persisted index when possible.
enum ScreenerLoading {
  /// The screener over `lists`. Warnings of this run are printed in full;
  /// the list warnings saved with a reused index are summarized in one line.
  static func load(lists: [String], cache: IndexCacheOptions, role: String? = nil) throws -> Screener {
    let store = cache.noIndexCache ? nil : (cache.indexCache ?? IndexStore.defaultDirectory()).map(IndexStore.init)
    let outcome = Result { () throws(ListError) -> IndexStore.LoadResult in
      try IndexStore.loadOrBuild(listPaths: lists, options: cache.loadOptions, store: store)
    }
    let prefix = role.map { "sanctions: \($0): " } ?? "sanctions: "
    switch outcome {
    case .success(let result):
      for warning in result.warnings { StandardStreams.writeError("\(prefix)warning: \(warning)\n") }
      let saved = result.screener.provenance.warnings.count
      if !result.rebuilt, saved > 0 {
        StandardStreams.writeError(
          "\(prefix)note: loading these lists gave \(saved) warning\(saved == 1 ? "" : "s") "
            + "(`sanctions lists` shows them)\n")
      }
      return result.screener
    case .failure(let error):
      StandardStreams.writeError("\(prefix)\(error)\n")
      throw ExitCode(ExitStatus.error)
    }
  }
}
