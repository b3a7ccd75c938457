import ArgumentParser
import SanctionsLists
import SanctionsSupport

/// `sanctions diff OLD NEW`: entity-level changes between two versions of sanctions lists.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show entities added, removed and changed between two versions of sanctions lists.",
    discussion: """
      OLD and NEW are each a list file or a folder of lists, in any supported
      format; the two may be different formats of the same list (OFAC Enhanced
      XML against the legacy CSV). Entities are matched by their
      source-qualified id (un:QDi.001, ofac:306, uk:13349). An entity in both
      versions is changed when its type, names, identifiers, birth dates or
      programs differ (names and values compared with whitespace collapsed and
      case folded). Across formats, a field that one format cannot carry is not
      compared and is named in a note instead. For several paths per version
      use --old PATH... --new PATH... instead of OLD NEW.

      Exit status (as diff's): 0 no differences, 1 differences, 2 trouble (a bad
      path or an unreadable list file).
      """
  )

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
  }

  @Argument(help: "The old version, then the new version: a list file or folder each.")
  var versions: [String] = []

  @Option(name: .customLong("old"), parsing: .upToNextOption, help: "Old version paths (instead of OLD NEW; repeatable).")
  var oldPaths: [String] = []

  @Option(name: .customLong("new"), parsing: .upToNextOption, help: "New version paths (instead of OLD NEW; repeatable).")
  var newPaths: [String] = []

  @Option(help: "Output format: text, json or csv.")
  var format: Format = .text

  @Flag(help: "Print the counts only, not the changes.")
  var summary = false

  func validate() throws {
    if oldPaths.isEmpty, newPaths.isEmpty {
      if versions.count != 2 {
        throw ValidationError("give the old and the new version: sanctions diff OLD NEW (or --old PATH... --new PATH...)")
      }
    } else {
      if !versions.isEmpty { throw ValidationError("give either OLD NEW or --old/--new, not both") }
      if oldPaths.isEmpty { throw ValidationError("give at least one --old PATH") }
      if newPaths.isEmpty { throw ValidationError("give at least one --new PATH") }
    }
  }

  func run() throws {
    let old = try load(oldPaths.isEmpty ? [versions[0]] : oldPaths, version: "old")
    let new = try load(newPaths.isEmpty ? [versions[1]] : newPaths, version: "new")
    let diff = ListDiff(old: old, new: new)
    var output = OutputBuffer()
    switch format {
    case .text: output.append(DiffReportText.render(diff, summaryOnly: summary))
    case .json: output.append(DiffReportJSON.render(diff, summaryOnly: summary))
    case .csv: output.append(DiffReportCSV.render(diff, summaryOnly: summary))
    }
    output.flush()
    withExtendedLifetime((old, new)) {
      ProcessExit.now(diff.isEmpty ? ExitStatus.noMatch : ExitStatus.match)
    }
  }

  /// Loads one version or prints a one-line error naming the file and exits with status 2.
  private func load(_ paths: [String], version: String) throws -> LoadedLists {
    do {
      return try ListLoader.load(paths: paths)
    } catch {
      let message: String
      switch error {
      case .fileNotFound(let path): message = "\(path): no such file or directory (the \(version) version)."
      default: message = error.description
      }
      StandardStreams.writeError("sanctions diff: \(message)\n")
      throw ExitCode(ExitStatus.error)
    }
  }
}

/// Human-readable `diff` output: the files, the counts, then one line per entity: `+` added,
/// `-` removed, `~` changed (with each changed field's removed and added values).
enum DiffReportText {
  /// Escaped for the terminal (``TerminalText``).
  static func render(_ diff: ListDiff, summaryOnly: Bool) -> String {
    TerminalText.safe(unescaped(diff, summaryOnly: summaryOnly))
  }

  private static func unescaped(_ diff: ListDiff, summaryOnly: Bool) -> String {
    var text = ""
    for (label, files) in [("old", diff.oldFiles), ("new", diff.newFiles)] {
      for file in files { text += "\(label): \(describe(file))\n" }
    }
    text += diff.summary
    if summaryOnly || diff.isEmpty { return text }
    text += "\n"
    for entity in diff.added { text += "+ \(entity.id)  \(entity.type.rawValue)  \(entity.primaryName)\n" }
    for entity in diff.removed { text += "- \(entity.id)  \(entity.type.rawValue)  \(entity.primaryName)\n" }
    for change in diff.changed {
      let fields = change.fields.map { field in
        let values = field.removed.map { "-" + JSONText.quoted($0) } + field.added.map { "+" + JSONText.quoted($0) }
        return "\(field.field.rawValue) \(values.joined(separator: " "))"
      }
      text += "~ \(change.id)  \(change.new.primaryName)  \(fields.joined(separator: "; "))\n"
    }
    return text
  }

  static func describe(_ file: ListFileReport) -> String {
    "\(file.path) (\(file.source.rawValue), \(file.format.rawValue), published "
      + "\(file.published?.description ?? "not stated"), \(file.entities) entities)"
  }
}

/// Machine-readable `diff` output: one JSON document with both versions' files, the counts,
/// the fields left out across formats and (unless `--summary`) the changes in id order.
enum DiffReportJSON {
  static func render(_ diff: ListDiff, summaryOnly: Bool) -> String {
    func side(_ files: [ListFileReport], entities: Int) -> String {
      let objects = files.map { file in
        "{\"path\":\(JSONText.quoted(file.path)),\"source\":\(JSONText.quoted(file.source.rawValue)),"
          + "\"format\":\(JSONText.quoted(file.format.rawValue)),"
          + "\"published\":\(file.published.map { JSONText.quoted($0.description) } ?? "null"),"
          + "\"entities\":\(file.entities)}"
      }
      return "{\"entities\":\(entities),\"files\":[\(objects.joined(separator: ","))]}"
    }
    func strings(_ values: [String]) -> String { "[" + values.map(JSONText.quoted).joined(separator: ",") + "]" }
    func entity(_ change: String, _ entity: Entity) -> String {
      "{\"change\":\(JSONText.quoted(change)),\"id\":\(JSONText.quoted(entity.id)),"
        + "\"source\":\(JSONText.quoted(entity.source.rawValue)),\"type\":\(JSONText.quoted(entity.type.rawValue)),"
        + "\"name\":\(JSONText.quoted(entity.primaryName))"
    }
    let counts = diff.counts
    let fieldCounts = DiffField.allCases.compactMap { field in
      counts.fields[field].map {
        "\(JSONText.quoted(field.rawValue)):{\"entities\":\($0.entities),\"added\":\($0.added),\"removed\":\($0.removed)}"
      }
    }
    var text = "{\"old\":\(side(diff.oldFiles, entities: diff.oldEntityCount)),\n"
    text += "\"new\":\(side(diff.newFiles, entities: diff.newEntityCount)),\n"
    text += "\"summary\":{\"added\":\(counts.added),\"removed\":\(counts.removed),\"changed\":\(counts.changed),"
      + "\"unchanged\":\(counts.unchanged),\"fields\":{\(fieldCounts.joined(separator: ","))}},\n"
    let gaps = diff.uncompared.map { gap in
      "{\"field\":\(JSONText.quoted(gap.field.rawValue)),\"name_kinds\":\(strings(gap.nameKinds.map(\.rawValue))),"
        + "\"old_file\":\(JSONText.quoted(gap.oldFile)),\"new_file\":\(JSONText.quoted(gap.newFile)),"
        + "\"entities\":\(gap.entities),\"reason\":\(JSONText.quoted(gap.reason))}"
    }
    text += "\"not_compared\":[\(gaps.joined(separator: ","))]"
    if !summaryOnly {
      var changes: [String] = []
      for added in diff.added { changes.append(entity("added", added) + "}") }
      for removed in diff.removed { changes.append(entity("removed", removed) + "}") }
      for change in diff.changed {
        let fields = change.fields.map { field in
          "\(JSONText.quoted(field.field.rawValue)):{\"removed\":\(strings(field.removed)),\"added\":\(strings(field.added))}"
        }
        changes.append(entity("changed", change.new) + ",\"fields\":{\(fields.joined(separator: ","))}}")
      }
      text += ",\n\"changes\":[" + (changes.isEmpty ? "" : "\n" + changes.joined(separator: ",\n") + "\n") + "]"
    }
    return text + "}\n"
  }
}

/// `diff` as CSV (RFC 4180, CRLF): one row per change, `change,id,source,type,name,field,removed,added`.
/// An added or removed entity is one row with empty field columns; a changed entity has one row
/// per value removed or added (a changed type: one row with both).
/// With `--summary`: `item,entities,added,removed` rows for the counts.
enum DiffReportCSV {
  static func render(_ diff: ListDiff, summaryOnly: Bool) -> String {
    if summaryOnly {
      let counts = diff.counts
      var text = CSVText.record(["item", "entities", "added", "removed"])
      for (item, count) in [
        ("added", counts.added), ("removed", counts.removed), ("changed", counts.changed), ("unchanged", counts.unchanged),
      ] {
        text += CSVText.record([item, String(count), "", ""])
      }
      for field in DiffField.allCases {
        let count = counts[field]
        text += CSVText.record([field.rawValue, String(count.entities), String(count.added), String(count.removed)])
      }
      return text
    }
    var text = CSVText.record(["change", "id", "source", "type", "name", "field", "removed", "added"])
    func row(_ change: String, _ entity: Entity, _ field: String = "", removed: String = "", added: String = "") {
      text += CSVText.record(
        [change, entity.id, entity.source.rawValue, entity.type.rawValue, entity.primaryName, field, removed, added])
    }
    for entity in diff.added { row("added", entity) }
    for entity in diff.removed { row("removed", entity) }
    for change in diff.changed {
      for field in change.fields {
        if field.field == .type {
          row("changed", change.new, field.field.rawValue, removed: field.removed.joined(), added: field.added.joined())
          continue
        }
        for value in field.removed { row("changed", change.new, field.field.rawValue, removed: value) }
        for value in field.added { row("changed", change.new, field.field.rawValue, added: value) }
      }
    }
    return text
  }
}
