import ArgumentParser
import SanctionsScreening
import SanctionsSupport

/// `sanctions index build --lists … --out FILE`: a self-contained,
/// relocatable index file.
struct IndexBuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Build a standalone index file from list files.",
    discussion: """
      The file holds everything screening needs (the prepared names, the entity
      records printed in results, and the lists' sources, dates, SHA-256 hashes and
      warnings for audit data). It is checked by its magic, format version, checksum
      and this engine's build id, not by paths or times: copy it anywhere (e.g. to
      cluster workers with the same 'sanctions' binary) and screen with
      'sanctions screen --index FILE', no list file needed. Another build of the
      engine refuses it (exit 2): build it again with that one.
      """
  )

  @OptionGroup var location: ListsLocationOptions

  @Option(help: ArgumentHelp("The index file to write (replaced atomically).", valueName: "path"))
  var out: String

  @Flag(help: "Also index entities found only in an older publication of a list (withdrawn since).")
  var includeSuperseded = false

  func run() throws {
    let selection = try location.resolve()
    selection.announce(command: "index build")
    var cache = try IndexCacheOptions.parse(["--no-index-cache"])
    cache.includeSuperseded = includeSuperseded
    let screener = try ScreenerLoading.load(lists: selection.paths, cache: cache)
    do throws(IndexStore.IndexFileError) {
      try IndexStore.save(screener, to: out)
    } catch {
      StandardStreams.writeError("sanctions index build: \(error)\n")
      throw ExitCode(ExitStatus.error)
    }
    let files = screener.provenance.files.count
    StandardStreams.writeError(
      "sanctions index build: wrote \(out): \(screener.entities.count) entities from \(files) list file"
        + "\(files == 1 ? "" : "s"), \(FileSystem.size(of: out)) bytes, engine build \(EngineBuild.id)\n")
    withExtendedLifetime(screener) { ProcessExit.now(ExitStatus.noMatch) }
  }
}
