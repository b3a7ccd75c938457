import ArgumentParser
import Foundation
import SanctionsScreening

/// `sanctions-serve build-index --lists PATH... --out FILE`: what `sanctions index build` does,
/// from this binary. A standalone index file records the build id of the executable that wrote
/// it and is read only by that executable (`IndexStore.load(from:)`), so the file `sanctions
/// index build` writes is refused here; this writes one `sanctions-serve --index` reads.
struct BuildIndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build-index",
    abstract: "Write a standalone index file of list files, for 'sanctions-serve --index FILE'.",
    discussion: """
      The same as 'sanctions index build', written by this binary: an index file is read only by \
      the executable that wrote it, so one from 'sanctions index build' is refused by \
      'sanctions-serve --index'. Screening results are the same either way (one engine).
      """)

  @Option(
    name: .customLong("lists"),
    help: ArgumentHelp("A list file or folder (repeatable).", valueName: "path"))
  var lists: [String] = []

  @Option(help: ArgumentHelp("The index file to write (replaced atomically).", valueName: "file"))
  var out: String

  @Flag(help: "Also screen entities found only in an older publication of a list (withdrawn since).")
  var includeSuperseded = false

  func validate() throws {
    guard !lists.isEmpty else { throw ValidationError("give at least one --lists PATH") }
  }

  func run() throws {
    let started = Date.now
    let loaded: IndexStore.LoadResult
    do {
      loaded = try IndexStore.loadOrBuild(
        listPaths: lists, options: LoadOptions(includeSuperseded: includeSuperseded), store: nil)
    } catch {
      FileHandle.standardError.write(Data("sanctions-serve build-index: \(error)\n".utf8))
      throw ExitCode(2)
    }
    for warning in loaded.warnings {
      FileHandle.standardError.write(Data("sanctions-serve build-index: warning: \(warning)\n".utf8))
    }
    do {
      try IndexStore.save(loaded.screener, to: out)
    } catch {
      FileHandle.standardError.write(Data("sanctions-serve build-index: \(error)\n".utf8))
      throw ExitCode(2)
    }
    let seconds = Date.now.timeIntervalSince(started)
    FileHandle.standardError.write(
      Data(
        ("sanctions-serve build-index: \(out): \(loaded.screener.entities.count) entities, "
          + "\(loaded.screener.nameCount) names, \(loaded.screener.provenance.files.count) list files, "
          + String(format: "%.2f s\n", seconds)).utf8))
  }
}
