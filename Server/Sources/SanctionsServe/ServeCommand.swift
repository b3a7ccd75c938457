import ArgumentParser
import Foundation
import Hummingbird
import Logging
import SanctionsServer

/// `sanctions-serve`: the yente-compatible screening service (`serve`, the default) and
/// `build-index`, which writes a standalone index file this binary can serve.
@main
struct SanctionsServe: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sanctions-serve",
    abstract: "Serve sanctions screening over HTTP with yente's API (POST /match/{dataset}).",
    subcommands: [ServeCommand.self, BuildIndexCommand.self],
    defaultSubcommand: ServeCommand.self)
}

/// `sanctions-serve [serve]`: runs the service until SIGTERM or SIGINT.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Serve sanctions screening over HTTP with yente's API (the default subcommand).",
    discussion: """
      Loads the index from list files (--lists), a standalone index file written by \
      'sanctions-serve build-index' (--index), or the lists directory 'sanctions update' \
      maintains (--lists-dir), and answers yente's /match, /entities/{id}, /catalog, /algorithms, /healthz \
      and /readyz. /readyz answers 503 until the index is loaded.

      With --index or --lists-dir the source is checked every --reload-interval seconds; a new \
      version (a replaced index file, or 'current' pointing at a new set after 'sanctions update') \
      is loaded in the background while the old one goes on serving, then swapped in.

      One JSON line per request goes to standard output (the access log); start-up, reloads and \
      errors go to standard error. SIGTERM or SIGINT stops it gracefully: requests in flight are \
      answered, then it exits 0. It exits 2 when the index cannot be loaded at start-up.
      """)

  @Option(
    name: .customLong("lists"),
    help: ArgumentHelp("A list file or folder (repeatable): read and indexed at start-up.", valueName: "path"))
  var lists: [String] = []

  @Option(
    name: .customLong("index"),
    help: ArgumentHelp(
      "A standalone index file written by this binary ('sanctions-serve build-index --out FILE').", valueName: "file"))
  var indexFile: String?

  @Option(
    name: .customLong("lists-dir"),
    help: ArgumentHelp("The lists directory 'sanctions update' maintains (its 'current' set).", valueName: "dir"))
  var listsDirectory: String?

  @Option(help: "Address to bind. The default serves this machine only.")
  var host = "127.0.0.1"

  @Option(help: "Port to listen on (0: any free port; the 'listening' log line names it).")
  var port = 8000

  @Option(help: "Seconds between checks of --index or --lists-dir for a new version (0: never).")
  var reloadInterval: Double = 60

  @Option(help: "Largest request body in bytes (413 beyond).")
  var maxBodyBytes = 1 << 20

  @Option(help: "Most queries in one /match request (400 beyond).")
  var maxBatch = 100

  @Flag(help: "Write no access log.")
  var noAccessLog = false

  func validate() throws {
    let given = [!lists.isEmpty, indexFile != nil, listsDirectory != nil].filter { $0 }.count
    guard given == 1 else {
      throw ValidationError("give exactly one of --lists PATH (repeatable), --index FILE or --lists-dir DIR")
    }
    guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
    guard reloadInterval >= 0, reloadInterval.isFinite else { throw ValidationError("--reload-interval must be 0 or more seconds") }
    guard maxBodyBytes >= 1024 else { throw ValidationError("--max-body-bytes must be at least 1024") }
    guard maxBatch >= 1 else { throw ValidationError("--max-batch must be at least 1") }
    if let indexFile, !FileManager.default.fileExists(atPath: indexFile) {
      throw ValidationError("--index \(indexFile): no such file")
    }
  }

  func run() async throws {
    let source: IndexSource
    if let indexFile {
      source = .indexFile(indexFile)
    } else if let listsDirectory {
      source = .listsDirectory(listsDirectory)
    } else {
      source = .lists(lists)
    }
    var settings = ScreeningServer.Settings(source: source)
    settings.host = host
    settings.port = port
    settings.reloadInterval = reloadInterval > 0 ? .milliseconds(Int64(reloadInterval * 1000)) : nil
    settings.limits = ScreeningRoutes.Limits(maximumBodyBytes: maxBodyBytes, maximumBatch: maxBatch)
    settings.accessLog = noAccessLog ? nil : .standardOutput

    var logger = Logger(label: "sanctions-serve")
    logger.logLevel = .info
    let application = ScreeningServer.application(settings, logger: logger)
    do {
      try await application.runService()
    } catch {
      FileHandle.standardError.write(Data("sanctions-serve: \(error)\n".utf8))
      throw ExitCode(2)
    }
  }
}
