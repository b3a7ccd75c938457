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
      Screens NAME, or a batch from standard input (or --file): text (one name per
      line), JSON lines (--input jsonl: one {"id","name","type","dob","country"}
      object per line, answered by one {"id","matches":[...]} line each, in order)
      or a customer file (--input csv: RFC 4180 with a header row; see the
      --*-column options).

      A match is a listed party whose best name scores at or above the threshold
      (default 0.80). Scores are calibrated: 0.80 is the alert threshold, 1.0 an
      exact match after normalization. Matches are ranked by score, at most --limit
      parties per query (default 10); a designation published in several files is
      one match listing all its records.

      Output: text, json (one document with the run's audit data), jsonl (one line
      per query; --run-header adds a first line with the audit data) or csv (one row
      per match, --all adds a row for each query without one; the query's own columns
      come first, the run's audit data last). --audit FILE appends one JSON line per
      query with its input, matches, list hashes and time.

      --since OLD reports only matches that screening against the OLD lists did not
      already give (same party, same or higher score): the new hits after a list
      update.

      The built index is saved in the cache folder and reused while the list files
      are unchanged. --index FILE screens against a standalone index file built by
      'sanctions index build' (relocatable: no list file needed).

      --strict-lines answers every input line, a blank one with an error, so output
      and input lines pair by position.

      Exit status: 0 nothing found, 1 at least one match, 2 trouble (bad input on any
      line, an unreadable file, a failed write).
      """
  )

  enum InputFormat: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv }

  @Argument(help: "The name to screen. Reads a batch from standard input (or --file) when omitted.")
  var name: String?

  @OptionGroup var location: ListsLocationOptions

  @Option(
    name: .customLong("index"),
    help: ArgumentHelp(
      "Screen against a standalone index file ('sanctions index build --out') instead of list files.",
      valueName: "path"))
  var indexFile: String?

  @Option(help: "Alert threshold between 0 and 1.")
  var threshold: Double = Screener.defaultThreshold

  @Option(help: "Maximum matches (parties) per query.")
  var limit: Int = Screener.defaultLimit

  @Option(help: "Party type of the name: person, organization, vessel, aircraft or any.")
  var type: PartyKindArgument = .any

  @Option(help: "Date or year of birth of the screened person (e.g. 1957 or 1957-03-10).")
  var dob: String?

  @Option(help: "Country of the screened party (ISO code or name).")
  var country: String?

  @Option(help: "Batch input format: text (one name per line), jsonl or csv.")
  var input: InputFormat?

  @Option(help: ArgumentHelp("Read the batch from this file instead of standard input.", valueName: "path"))
  var file: String?

  @OptionGroup var columns: CSVColumnOptions

  @Option(help: "Output format: text, json, jsonl (one object per query) or csv (one row per match).")
  var format: OutputFormatArgument?

  @Flag(help: "CSV output: also a row for each query without a match.")
  var all = false

  @Flag(help: "Explain each match (text and JSON output): aligned name parts, rules, adjustments.")
  var explain = false

  @Flag(help: "JSON lines output: start with a line holding the run's audit data.")
  var runHeader = false

  @Option(help: ArgumentHelp("Append one JSON line per screened query to this file (audit trail).", valueName: "file"))
  var audit: String?

  @Option(help: ArgumentHelp("Report only matches that screening against these older lists did not already give (repeatable).", valueName: "path"))
  var since: [String] = []

  @Flag(help: "No progress line or summary on standard error.")
  var quiet = false

  @Flag(help: """
    Answer every input line, a blank one with an error (exit status 2), so that output lines \
    pair with input lines by position (e.g. to check a cluster partition by counting lines).
    """)
  var strictLines = false

  @OptionGroup var cache: IndexCacheOptions

  @OptionGroup var workers: WorkerOptions

  func validate() throws {
    guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
    guard limit >= 1 else { throw ValidationError("--limit must be at least 1") }
    if name != nil, input != nil { throw ValidationError("--input reads a batch; do not also give a NAME") }
    if name != nil, file != nil { throw ValidationError("--file reads a batch; do not also give a NAME") }
    if let dob, ScreeningQuery.birthYear(in: dob) == nil { throw ValidationError("--dob must contain a year, e.g. 1957 or 1957-03-10") }
    if columns.anyGiven, input != .csv { throw ValidationError("the --*-column options need --input csv") }
    if all, resolvedFormat != .csv { throw ValidationError("--all needs --format csv") }
    if runHeader, resolvedFormat != .jsonl { throw ValidationError("--run-header needs --format jsonl") }
    if indexFile != nil, !location.lists.isEmpty || location.listsDirectory != nil {
      throw ValidationError("--index names the whole index; do not also give --lists or --lists-dir")
    }
    if indexFile != nil, cache.includeSuperseded {
      throw ValidationError("--include-superseded is chosen when the index is built ('sanctions index build')")
    }
  }

  /// The output format: as given, else the input's (CSV in, CSV out; JSON lines in, JSON lines out), else text.
  private var resolvedFormat: MatchWriter.Format {
    if let format { return format.format }
    switch input {
    case .csv: return .csv
    case .jsonl: return .jsonl
    case .text, nil: return .text
    }
  }

  func run() throws {
    let screener: Screener
    let origin: ListsOrigin
    if let indexFile {
      screener = try IndexFileLoading.load(indexFile, command: "screen")
      origin = .indexFile(indexFile)
    } else {
      let selection = try location.resolve()
      selection.announce(command: "screen")
      screener = try ScreenerLoading.load(lists: selection.paths, cache: cache)
      origin = selection.origin
    }
    let delta = try since.isEmpty
      ? nil : DeltaFilter(old: ScreenerLoading.load(lists: since, cache: cache, role: "the older lists (--since)"))
    let run = RunRecord(
      threshold: threshold, limit: limit, provenance: screener.provenance, since: delta?.old.provenance,
      origin: origin)
    var audit: AuditLog? = nil
    if let path = self.audit {
      do throws(AuditLogError) { audit = try AuditLog(path: path) } catch { fail("\(error)") }
    }
    let defaults = ScreeningQuery(name: "", kind: type.kind, birthYear: dob.flatMap(ScreeningQuery.birthYear(in:)), country: country)
    let status: Int32
    if let name {
      status = screenOne(name, defaults: defaults, screener: screener, delta: delta, run: run, audit: &audit)
    } else {
      status = try screenBatch(defaults: defaults, screener: screener, delta: delta, run: run, audit: &audit)
    }
    if audit != nil {
      do throws(AuditLogError) { try audit!.finish() } catch { fail("\(error)") }
    }
    withExtendedLifetime((screener, delta)) { ProcessExit.now(status) }
  }

  // MARK: - One name

  private func screenOne(
    _ name: String, defaults: ScreeningQuery, screener: Screener, delta: DeltaFilter?, run: RunRecord,
    audit: inout AuditLog?
  ) -> Int32 {
    var query = defaults
    query.name = name
    let batchQuery = BatchQuery(query: query, id: nil, fields: [name], line: 0)
    let writer = MatchWriter(
      format: resolvedFormat, run: run, carriedColumns: ["name"], includeQueriesWithoutMatch: true,
      runHeaderLine: runHeader)
    let screening = Screening(
      screener: screener, delta: delta, threshold: threshold, limit: limit,
      explain: explain || resolvedFormat == .text, run: run, keepsAudit: audit != nil)
    let outcome = screening.screen(batchQuery)
    var output = OutputBuffer()
    switch outcome {
    case .success(let result):
      output.append(writer.renderOne(batchQuery, matches: result.matches, explanations: result.explanations))
      if let line = result.audit {
        do throws(AuditLogError) { try audit?.append(line) } catch { fail("\(error)") }
      }
      output.flush()
      return result.matches.isEmpty ? ExitStatus.noMatch : ExitStatus.match
    case .failure(let error):
      fail("\(error)")
    }
  }

  // MARK: - Batches

  private func screenBatch(
    defaults: ScreeningQuery, screener: Screener, delta: DeltaFilter?, run: RunRecord, audit: inout AuditLog?
  ) throws -> Int32 {
    let framing: BatchRecordReader.Framing = input == .csv ? .csvRecords : .lines
    var reader: BatchRecordReader
    if let file {
      do throws(InputFileError) { reader = try BatchRecordReader(path: file, framing: framing) } catch { fail("\(error)") }
    } else {
      reader = BatchRecordReader(framing: framing)
    }
    reader.keepsBlankLines = strictLines
    let queries = try queryReader(&reader, defaults: defaults)
    let writer = MatchWriter(
      format: resolvedFormat, run: run, carriedColumns: queries.carriedColumns, includeQueriesWithoutMatch: all,
      runHeaderLine: runHeader)
    let screening = Screening(
      screener: screener, delta: delta, threshold: threshold, limit: limit, explain: explain, run: run,
      keepsAudit: audit != nil)
    let sourceName = reader.sourceName
    var output = OutputBuffer()
    output.append(writer.header())
    var progress = BatchProgress(quiet: quiet)
    let summary: BatchSummary
    do throws(BatchError) {
      summary = try BatchProcessing.run(
        &reader, output: &output, audit: &audit, progress: &progress, separator: writer.separator,
        workers: workers.count
      ) { record in
        switch queries.read(record) {
        case .failure(let error):
          return Self.failure(error.message, query: error.partial, source: sourceName, writer: writer, screening: screening)
        case .success(let query):
          switch screening.screen(query) {
          case .failure(let error):
            return Self.failure("\(error)", query: query, source: sourceName, writer: writer, screening: screening)
          case .success(let result):
            return .success(
              writer.render(query, matches: result.matches, explanations: result.explanations),
              alerted: !result.matches.isEmpty, audit: result.audit)
          }
        }
      }
    } catch {
      output.flush()
      fail("\(error)")
    }
    output.append(writer.footer())
    output.flush()
    progress.finish(summary)
    return summary.failures > 0 ? ExitStatus.error : (summary.alerted > 0 ? ExitStatus.match : ExitStatus.noMatch)
  }

  /// The query reader for the input format; for CSV, reads the header row.
  private func queryReader(_ reader: inout BatchRecordReader, defaults: ScreeningQuery) throws -> QueryReader {
    switch input ?? .text {
    case .text:
      if let first = try reader.next() {
        if CSVHeaderSniffer.looksLikeCSVHeader(first.bytes) {
          StandardStreams.writeError(
            "sanctions: warning: \(reader.sourceName) looks like CSV (its first line is a header with commas); "
              + "give --input csv to screen it as a customer file\n")
        }
        reader.pushBack(first)
      }
      return QueryReader(format: .text, defaults: defaults)
    case .jsonl:
      return QueryReader(format: .jsonl, defaults: defaults)
    case .csv:
      guard let headerRecord = try reader.next() else { fail("\(reader.sourceName): empty input, expected a CSV header row") }
      var bytes = Array(headerRecord.bytes)
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
      guard let header = CSVHeaderSniffer.fields(bytes) else {
        fail("\(reader.sourceName), line \(headerRecord.line): the header row is not valid CSV in UTF-8")
      }
      do throws(CSVHeaderError) {
        return QueryReader(format: .csv(try CSVColumns.resolve(header: header, names: columns.names)), defaults: defaults)
      } catch {
        fail("\(reader.sourceName), line \(headerRecord.line): \(error)")
      }
    }
  }

  private static func failure(
    _ message: String, query: BatchQuery, source: String, writer: MatchWriter, screening: Screening
  ) -> BatchLineResult {
    BatchLineResult(
      text: writer.renderError(message, query: query),
      diagnostic: "sanctions screen: \(source), line \(query.line): \(message)\n",
      audit: screening.auditLine(query, matches: [], error: message))
  }

  private func fail(_ message: String) -> Never {
    StandardStreams.writeError("sanctions screen: \(message)\n")
    ProcessExit.now(ExitStatus.error)
  }
}

/// `--format` values.
enum OutputFormatArgument: String, ExpressibleByArgument, CaseIterable {
  case text, json, jsonl, csv
  var format: MatchWriter.Format { MatchWriter.Format(rawValue: rawValue)! }
}
