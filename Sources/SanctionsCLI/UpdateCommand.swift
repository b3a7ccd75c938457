import ArgumentParser
import SanctionsLists
import SanctionsSupport

/// `sanctions update`: fetches the official lists, validates every file by
/// parsing it, and makes the new set the lists directory's active set
/// atomically, only when every file is valid.
struct UpdateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "update",
    abstract: "Download the official lists, validate them, and switch the lists directory to them atomically.",
    discussion: """
      The sources are those of the manifest (lists/sources.json) marked "default": true, or those named \
      with --only. Each file is fetched (with curl) from its official URL, or from --from: an http(s) \
      mirror (<URL>/<source-id>/<file>, else <URL>/<file>) or a folder (<DIR>/<source-id>/<file>, else \
      <DIR>/<file>), for air-gapped sites. Every file is parsed; only when all are valid does the new set \
      become the active one (the 'current' link of the lists directory, replaced with an atomic rename). \
      A failed or interrupted update leaves the previous set active and intact.

      Lists directory: --lists-dir, else $SANCTIONS_LISTS, else $XDG_DATA_HOME/sanctions/lists, else \
      ~/.local/share/sanctions/lists. Layout: current -> sets/<UTC time>/<source-id>/<files>; the active \
      set and the newest --keep other sets are kept.

      Exit status: 0 the new set is active (or, with --dry-run, valid), 2 failure (nothing changed).
      """
  )

  @Option(
    name: .customLong("lists-dir"),
    help: "The lists directory to update (default: $SANCTIONS_LISTS, else $XDG_DATA_HOME/sanctions/lists, else ~/.local/share/sanctions/lists).")
  var listsDirectory: String?

  @Option(help: "The sources manifest (default: the tool's lists/sources.json; see $SANCTIONS_DATA_DIR).")
  var sources: String?

  @Option(name: .customLong("only"), help: "Fetch only this source id (repeatable); default: the manifest's default sources.")
  var only: [String] = []

  @Option(name: .customLong("from"), help: "Fetch from a mirror URL or a folder instead of the official URLs.")
  var from: String?

  @Option(help: "The longest one download may take, in seconds.")
  var timeout: Int = 600

  @Option(help: "Previous sets to keep besides the active one.")
  var keep: Int = 2

  @Flag(help: "Fetch and validate, but do not change the active set.")
  var dryRun = false

  func validate() throws {
    if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
    if keep < 0 { throw ValidationError("--keep cannot be negative") }
  }

  func run() throws {
    var output = OutputBuffer()
    do {
      try update(&output)
      output.flush()
    } catch {
      output.flush()
      StandardStreams.writeError("sanctions update: \(error)\n")
      throw ExitCode(ExitStatus.error)
    }
  }

  private func update(_ output: inout OutputBuffer) throws(UpdateError) {
    let manifestPath: String
    if let sources {
      manifestPath = sources
    } else {
      do {
        manifestPath = try PackageData.locate("sources.json")
      } catch {
        throw .manifestNotFound(reason: error.description)
      }
    }
    let manifest = try SourceManifest.load(manifestPath)
    let selected = try manifest.selection(only: only)
    let fetcher = ListFetcher(origin: try ListFetcher.Origin.parse(from), curl: Curl(maximumSeconds: timeout))

    let directory = ListsDirectory(root: ListsLocation.directory(explicit: listsDirectory))
    let lock = try directory.lock()
    // Everything that changes the lists directory happens while the lock is held
    // (the staging folder is removed on failure before the lock is released).
    try updateLocked(directory, selected: selected, fetcher: fetcher, &output)
    _ = consume lock
  }

  private func updateLocked(
    _ directory: ListsDirectory, selected: [SourceManifest.Source], fetcher: ListFetcher, _ output: inout OutputBuffer
  ) throws(UpdateError) {
    for leftover in try directory.removeLeftovers() {
      StandardStreams.writeError("sanctions update: removed \(leftover), left by an interrupted update\n")
    }
    let staging = try directory.makeStaging()
    var activated = false
    defer {
      if !activated { _ = try? FileSystem.removeTree(staging) }
    }

    output.append("lists directory: \(directory.root)\n")
    var summaries: [(source: SourceManifest.Source, files: [SourceValidator.FileSummary])] = []
    for source in selected {
      let folder = FileSystem.join(staging, source.id)
      do {
        try FileSystem.makeDirectory(folder)
      } catch {
        throw .fileSystem(error, doing: "creating the staging folder of \(source.id)")
      }
      var fetched: [String: ListFetcher.Fetched] = [:]
      for url in source.urls {
        let name = source.fileName(of: url)
        StandardStreams.writeError("sanctions update: \(source.id): fetching \(name)\n")
        fetched[name] = try fetcher.fetch(url, of: source, to: FileSystem.join(folder, name))
      }
      summaries.append((source, try SourceValidator.validate(source, folder: folder, fetched: fetched)))
    }

    for (source, files) in summaries {
      output.append("\(source.id): \(source.name)\n")
      for file in files {
        output.append("  \(file.name): \(file.size) bytes, sha256 \(file.sha256.hexadecimal), ")
        if let partOf = file.partOf {
          output.append("part of \(partOf)\n")
        } else {
          output.append("published \(file.published?.description ?? "(not stated)"), \(file.entities ?? 0) entities\n")
        }
        output.append("    from \(file.origin)\n")
      }
    }

    if dryRun {
      output.append("dry run: every file is valid; the active set was not changed\n")
      return
    }
    let previous = directory.currentSetName()
    let name = try directory.activate(staging: staging)
    activated = true
    output.append("active set: sets/\(name)\(previous.map { " (previous: sets/\($0))" } ?? " (first set)")\n")
    if let previous { output.append(Self.changes(from: previous, to: name, in: directory)) }
    let removed = try directory.prune(keep: keep)
    if !removed.isEmpty { output.append("removed old sets: \(removed.map { "sets/" + $0 }.joined(separator: ", "))\n") }
  }

  /// What changed between two sets of the lists directory, as `diff` summarizes it.
  private static func changes(from previous: String, to current: String, in directory: ListsDirectory) -> String {
    let old = FileSystem.join(directory.setsFolder, previous)
    let new = FileSystem.join(directory.setsFolder, current)
    do {
      let diff = ListDiff(old: try ListLoader.load(paths: [old]), new: try ListLoader.load(paths: [new]))
      return "changes since sets/\(previous): " + diff.summary
    } catch {
      return "changes since sets/\(previous): not compared (\(error))\n"
    }
  }
}
