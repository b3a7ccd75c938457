import ArgumentParser
import SanctionsLists
import SanctionsSupport

/// `sanctions lists`: loads list files and reports what was read from each.
struct ListsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lists",
    abstract: "Load sanctions list files and report what each one contains.",
    discussion: """
      For every list file: its detected format, source, publication date, entity counts by
      type, name counts by kind, identifier counts and warnings. Folders are walked; files
      that are not lists are reported as skipped. Any unreadable list is an error (exit 2).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  @OptionGroup var location: ListsLocationOptions

  @Option(help: "Output format: text or json.")
  var format: Format = .text

  @Flag(help: "Also count entities found only in an older publication of a list (withdrawn since) as screened.")
  var includeSuperseded = false

  func run() throws {
    let selection = try location.resolve()
    selection.announce(command: "lists")
    let loaded = try ListsCommand.load(
      selection.paths, options: LoadOptions(includeSuperseded: includeSuperseded), command: "lists")
    var output = OutputBuffer()
    switch format {
    case .text: output.append(ListsReportText.render(loaded))
    case .json: output.append(ListsReportJSON.render(loaded))
    }
    output.flush()
    withExtendedLifetime(loaded) { ProcessExit.now(ExitStatus.noMatch) }
  }

  /// Loads the paths or prints the error and exits with status 2.
  static func load(_ paths: [String], options: LoadOptions = LoadOptions(), command: String) throws -> LoadedLists {
    do {
      return try ListLoader.load(paths: paths, options: options)
    } catch {
      StandardStreams.writeError("sanctions \(command): \(error.description)\n")
      throw ExitCode(ExitStatus.error)
    }
  }
}

/// Human-readable `lists` output.
enum ListsReportText {
  /// Escaped for the terminal (``TerminalText``).
  static func render(_ loaded: LoadedLists) -> String {
    TerminalText.safe(unescaped(loaded))
  }

  private static func unescaped(_ loaded: LoadedLists) -> String {
    var text = ""
    for report in loaded.reports {
      text += report.path + "\n"
      if !report.companionPaths.isEmpty {
        text += "  with:        " + report.companionPaths.joined(separator: ", ") + "\n"
      }
      text += "  format:      \(report.format.rawValue)\(report.gzipped ? " (gzip)" : "")\n"
      text += "  source:      \(report.source.rawValue) (\(report.source.displayName))\n"
      text += "  published:   \(report.published?.description ?? "not stated in the file")\n"
      if let date = report.snapshotDate, date.fromPath { text += "  dated:       \(date.date) (from its path)\n" }
      text += "  records:     \(report.records)\n"
      let types = EntityType.allCases.compactMap { type in report.byType[type].map { "\(type.rawValue) \($0)" } }
      text += "  entities:    \(report.entities) (\(types.joined(separator: ", ")))"
      if report.superseded > 0 { text += "; \(report.superseded) replaced by newer publications" }
      if report.withdrawn > 0 {
        text += "; \(report.withdrawn) withdrawn since"
        if report.screened > report.entities - report.superseded - report.withdrawn { text += " (screened anyway)" }
      }
      text += "\n"
      let names = NameKind.allCases.compactMap { kind in report.names[kind].map { "\(kind.rawValue) \($0)" } }
      text += "  names:       \(report.nameCount) (\(names.joined(separator: ", ")))\n"
      let identifiers = report.identifiers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        .map { "\($0.key) \($0.value)" }
      text += "  identifiers: \(report.identifierCount)"
      if !identifiers.isEmpty { text += " (\(identifiers.joined(separator: ", ")))" }
      text += "\n"
      if report.warnings.isEmpty {
        text += "  warnings:    none\n"
      } else {
        text += "  warnings:    \(report.warnings.count)\n"
        for warning in report.warnings { text += "    - \(warning)\n" }
      }
      text += "\n"
    }
    if !loaded.skipped.isEmpty {
      text += "skipped:\n"
      for skipped in loaded.skipped { text += "  \(skipped.path): \(skipped.reason)\n" }
      text += "\n"
    }
    let fileEntities = loaded.reports.reduce(0) { $0 + $1.entities }
    let replaced = loaded.reports.reduce(0) { $0 + $1.superseded }
    let withdrawn = loaded.reports.reduce(0) { $0 + $1.withdrawn }
    text += "total: \(loaded.entities.count) entities screened (\(fileEntities) read from \(loaded.reports.count) "
      + "file\(loaded.reports.count == 1 ? "" : "s"), \(replaced) replaced by newer publications, \(withdrawn) withdrawn "
      + "from newer ones), \(loaded.skipped.count) path\(loaded.skipped.count == 1 ? "" : "s") skipped\n"
    return text
  }
}

/// Machine-readable `lists` output: a JSON array with one object per list file, then one per
/// skipped path (`"skipped": true`).
enum ListsReportJSON {
  static func render(_ loaded: LoadedLists) -> String {
    var objects: [String] = []
    for report in loaded.reports {
      var fields: [String] = []
      fields.append("\"path\":\(JSONText.quoted(report.path))")
      fields.append("\"companions\":[\(report.companionPaths.map(JSONText.quoted).joined(separator: ","))]")
      fields.append("\"format\":\(JSONText.quoted(report.format.rawValue))")
      fields.append("\"gzipped\":\(report.gzipped)")
      fields.append("\"source\":\(JSONText.quoted(report.source.rawValue))")
      fields.append("\"source_name\":\(JSONText.quoted(report.source.displayName))")
      fields.append("\"published\":\(report.published.map { JSONText.quoted($0.description) } ?? "null")")
      fields.append("\"records\":\(report.records)")
      fields.append("\"entities\":\(report.entities)")
      fields.append("\"superseded\":\(report.superseded)")
      fields.append("\"withdrawn\":\(report.withdrawn)")
      fields.append("\"screened\":\(report.screened)")
      fields.append("\"snapshot_date\":\(report.snapshotDate.map { JSONText.quoted($0.date.description) } ?? "null")")
      let types = EntityType.allCases.compactMap { type in
        report.byType[type].map { "\(JSONText.quoted(type.rawValue)):\($0)" }
      }
      fields.append("\"by_type\":{\(types.joined(separator: ","))}")
      let names = NameKind.allCases.compactMap { kind in
        report.names[kind].map { "\(JSONText.quoted(kind.rawValue)):\($0)" }
      }
      fields.append("\"names\":{\(names.joined(separator: ","))}")
      fields.append("\"name_count\":\(report.nameCount)")
      let identifiers = report.identifiers.sorted { $0.key < $1.key }.map { "\(JSONText.quoted($0.key)):\($0.value)" }
      fields.append("\"identifiers\":{\(identifiers.joined(separator: ","))}")
      fields.append("\"warnings\":[\(report.warnings.map { JSONText.quoted($0.description) }.joined(separator: ","))]")
      fields.append("\"skipped\":false")
      objects.append("{" + fields.joined(separator: ",") + "}")
    }
    for skipped in loaded.skipped {
      objects.append(
        "{\"path\":\(JSONText.quoted(skipped.path)),\"companions\":[],\"format\":null,\"gzipped\":false,"
          + "\"source\":null,\"source_name\":null,\"published\":null,\"records\":0,\"entities\":0,"
          + "\"superseded\":0,\"by_type\":{},\"names\":{},\"name_count\":0,\"identifiers\":{},"
          + "\"warnings\":[\(JSONText.quoted("skipped: \(skipped.reason)"))],\"skipped\":true}")
    }
    return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
  }
}
