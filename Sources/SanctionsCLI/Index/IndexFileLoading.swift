import ArgumentParser
import SanctionsScreening

/// Loads a standalone index file (`--index FILE`), or prints why it cannot
/// be used and exits with status 2.
enum IndexFileLoading {
  static func load(_ path: String, command: String) throws -> Screener {
    do throws(IndexStore.IndexFileError) {
      let screener = try IndexStore.load(from: path)
      let warnings = screener.provenance.warnings.count
      if warnings > 0 {
        StandardStreams.writeError(
          "sanctions \(command): note: the lists of \(path) gave \(warnings) warning\(warnings == 1 ? "" : "s") "
            + "when it was built (`sanctions lists` on those lists shows them)\n")
      }
      return screener
    } catch {
      StandardStreams.writeError("sanctions \(command): \(error)\n")
      throw ExitCode(ExitStatus.error)
    }
  }
}
