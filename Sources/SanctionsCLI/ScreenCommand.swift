import ArgumentParser
import SanctionsLists
import SanctionsMatching
import SanctionsScreening
import SanctionsSupport

/// `sanctions screen`: screens names against sanctions lists.
struct ScreenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "screen",
    abstract: "Screen names against sanctions lists.",
    discussion: """
      Screens NAME, or one name per line from standard input (with --input jsonl:
      one {"id","name","type","dob","country"} object per line, answered by one
      {"id","matches":[...]} line each, in order).

      A match is a listed entity whose best name scores at or above the threshold
      (default 0.80). Scores are calibrated: 0.80 is the alert threshold, 1.0 an
      exact match after normalization. Matches are ranked by score, at most --limit
      per query (default 10).

      The built index is saved in the cache folder and reused while the list files
      are unchanged (checked by size and modification time; a damaged cache file is
      detected by its checksum and rebuilt).

      Exit status: 0 no match, 1 at least one match, 2 error.
      """
  )

  enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl }
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  @Argument(help: "The name to screen. Reads names from standard input when omitted.")
  var name: String?

  @Option(name: .customLong("lists"), help: "A list file or folder (repeatable).")
  var lists: [String] = []

  @Option(help: "Alert threshold between 0 and 1.")
  var threshold: Double = Screener.defaultThreshold

  @Option(help: "Maximum matches per query.")
  var limit: Int = Screener.defaultLimit

  @Option(help: "Party type of the name: person, organization, vessel, aircraft or any.")
  var type: PartyKindArgument = .any

  @Option(help: "Date or year of birth of the screened person (e.g. 1957 or 1957-03-10).")
  var dob: String?

  @Option(help: "Country of the screened party (ISO code or name).")
  var country: String?

  @Option(help: "Input format for standard input: text (one name per line) or jsonl.")
  var input: InputFormat?

  @Option(help: "Output format: text, json or jsonl (one object per query).")
  var format: OutputFormat?

  @OptionGroup var cache: IndexCacheOptions

  @OptionGroup var workers: WorkerOptions

  func validate() throws {
    guard !lists.isEmpty else { throw ValidationError("give at least one --lists PATH (a list file or folder)") }
    guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    if name != nil, input != nil { throw ValidationError("--input reads standard input; do not also give a NAME") }
    if let dob, BirthYear.parse(dob) == nil { throw ValidationError("--dob must contain a year, e.g. 1957 or 1957-03-10") }
  }

  func run() throws {
    let screener = try ScreenerLoading.load(lists: lists, cache: cache)
    let outputFormat = format ?? (input == .jsonl ? .jsonl : .text)
    if let name {
      let query = ScreeningQuery(name: name, kind: type.kind, birthYear: dob.flatMap(BirthYear.parse), country: country)
      let prepared: PreparedQuery
      let matches: [ScreeningMatch]
      do {
        // Prepared once: screening and each match's explanation share it.
        prepared = try screener.prepare(query)
        matches = try screener.screen(prepared, threshold: threshold, limit: limit)
      } catch {
        StandardStreams.writeError("sanctions screen: \(error)\n")
        throw ExitCode(ExitStatus.error)
      }
      var output = OutputBuffer()
      output.append(render(matches, query: query, id: nil, screener: screener, format: outputFormat, explaining: prepared))
      output.flush()
      withExtendedLifetime(screener) { ProcessExit.now(matches.isEmpty ? ExitStatus.noMatch : ExitStatus.match) }
    }
    let defaults = (kind: type.kind, year: dob.flatMap(BirthYear.parse), country: country)
    let inputFormat = input ?? .text
    let threshold = threshold
    let limit = limit
    let anyMatch = AtomicFlag()
    var output = OutputBuffer()
    let failures = try BatchProcessing.run(output: &output, workers: workers.count) { line, lineNumber in
      var query = ScreeningQuery(name: "", kind: defaults.kind, birthYear: defaults.year, country: defaults.country)
      var id: JSONValue? = nil
      func failure(_ message: String) -> BatchLineResult {
        let diagnostic = "sanctions screen: standard input, line \(lineNumber): \(message)\n"
        if outputFormat == .text { return BatchLineResult(text: "", diagnostic: diagnostic) }
        return BatchLineResult(
          text: "{\"id\":\(Formatting.jsonID(id)),\"matches\":[],\"error\":\(JSONText.quoted(message))}\n",
          diagnostic: diagnostic)
      }
      switch inputFormat {
      case .text:
        guard let text = UTF8Validation.string(line) else {
          return failure("the line is not valid UTF-8")
        }
        query.name = text
      case .jsonl:
        let record: JSONValue
        do throws(JSONSyntaxError) {
          record = try JSONParser.parseDocument(line)
        } catch {
          return failure(error.descriptionInLine)
        }
        id = record["id"]
        guard case .string(let name)? = record["name"] else { return failure("field \"name\" is missing or not a string") }
        query.name = name
        if let value = record["type"], value != .null {
          guard case .string(let text) = value, let kind = PartyKind(rawValue: text) else {
            return failure("field \"type\" must be one of person, organization, vessel, aircraft, any")
          }
          query.kind = kind
        }
        if let value = record["dob"], value != .null {
          guard let text = Formatting.text(value), let year = BirthYear.parse(text) else {
            return failure("field \"dob\" must contain a year, e.g. \"1957\" or \"1957-03-10\"")
          }
          query.birthYear = year
        }
        if let value = record["country"], value != .null {
          guard case .string(let text) = value else { return failure("field \"country\" must be a string") }
          query.country = text
        }
      }
      do {
        let matches = try screener.screen(query, threshold: threshold, limit: limit)
        if !matches.isEmpty { anyMatch.set() }
        return .success(render(matches, query: query, id: id, screener: screener, format: outputFormat, explaining: nil))
      } catch {
        return failure("\(error)")
      }
    }
    output.flush()
    let status = failures > 0 ? ExitStatus.error : (anyMatch.isSet ? ExitStatus.match : ExitStatus.noMatch)
    withExtendedLifetime(screener) { ProcessExit.now(status) }
  }

  private func render(
    _ matches: [ScreeningMatch], query: ScreeningQuery, id: JSONValue?, screener: Screener, format: OutputFormat,
    explaining prepared: PreparedQuery?
  ) -> String {
    switch format {
    case .json, .jsonl:
      let items = matches.map { match in
        "{\"entity_id\":\(JSONText.quoted(match.entityID)),\"source\":\(JSONText.quoted(match.source.rawValue)),\"name\":\(JSONText.quoted(match.matchedName)),\"score\":\(Formatting.score(match.score)),\"type\":\"\(match.entityType.rawValue)\",\"name_kind\":\"\(match.nameKind.rawValue)\"}"
      }
      let head = id.map { "\"id\":\(Formatting.jsonID($0))," } ?? "\"name\":\(JSONText.quoted(query.name)),"
      return "{\(head)\"matches\":[\(items.joined(separator: ","))]}\n"
    case .text:
      var text = "\(query.name): \(matches.isEmpty ? "no match" : "\(matches.count) match\(matches.count == 1 ? "" : "es")")\n"
      for match in matches {
        text += "  \(match)\n"
        if let prepared {
          let explanation = screener.explain(match, for: prepared)
          for line in explanation.text.split(separator: "\n").dropFirst() { text += "      \(line)\n" }
          for adjustment in match.adjustments { text += "      adjusted: \(adjustment)\n" }
        }
      }
      return text
    }
  }
}

/// Reads a year from a date of birth as people write it.
enum BirthYear {
  static func parse(_ text: String) -> Int? {
    var digits = 0
    var value = 0
    for byte in text.utf8 {
      if byte >= 0x30 && byte <= 0x39 {
        digits += 1
        value = value * 10 + Int(byte - 0x30)
        if digits == 4, (1800...2100).contains(value) {
          return value
        }
      } else {
        digits = 0
        value = 0
      }
    }
    return nil
  }
}
