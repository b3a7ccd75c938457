import ArgumentParser
import SanctionsScreening
import SanctionsSupport

/// `sanctions index info FILE`: what a standalone index file was built from.
struct IndexInfoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Show what a standalone index file holds: its lists (sources, dates, hashes) and entity count.",
    discussion: "Exit status 2 when the file is missing, damaged or written by another build of the engine."
  )

  @Argument(help: ArgumentHelp("The index file (sanctions index build --out).", valueName: "path"))
  var path: String

  func run() throws {
    let screener = try IndexFileLoading.load(path, command: "index info")
    var output = OutputBuffer()
    output.append(
      "{\"path\":\(JSONText.quoted(path)),\"engine\":\(JSONText.quoted(EngineVersion.description)),"
        + "\"engine_build\":\(JSONText.quoted(EngineBuild.id)),\"entities\":\(screener.entities.count),"
        + "\"lists\":\(RunRecord.filesJSON(screener.provenance))}\n")
    output.flush()
    withExtendedLifetime(screener) { ProcessExit.now(ExitStatus.noMatch) }
  }
}
