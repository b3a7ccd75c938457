import ArgumentParser
import SanctionsMatching
import SanctionsNormalization
import SanctionsSupport

/// `sanctions compare`: scores how likely two names denote the same party.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Score two names (0–1; 0.80 is the alert threshold) and explain the score.",
    discussion: """
      With two names, prints the score and how the names' parts were aligned.
      With --input jsonl, reads {"id","a","b","type"} objects, one per line, and
      writes {"id","score"} lines in the same order.
      Exit status: 0 below the threshold, 1 at or above it (any pair in a batch), 2 on error.
      """
  )

  enum InputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl }
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

  @Argument(help: "The first name.") var first: String?
  @Argument(help: "The second name.") var second: String?

  @Option(help: "Matching rules: person, organization, vessel, aircraft or any.")
  var type: PartyKindArgument = .any

  @Option(help: "Alert threshold for the exit status.")
  var threshold: Double = NameMatcher.defaultThreshold

  @Option(help: "Read pairs from standard input in this format (jsonl).")
  var input: InputFormat?

  @Option(help: "Output format: text or json for one pair; jsonl for batches.")
  var format: OutputFormat?

  @OptionGroup var workers: WorkerOptions

  func validate() throws {
    if input == nil {
      guard first != nil, second != nil else {
        throw ValidationError("give two names, or --input jsonl to read pairs from standard input")
      }
    } else if first != nil || second != nil {
      throw ValidationError("names cannot be given as arguments together with --input")
    }
    guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
  }

  func run() throws {
    let matcher = NameMatcher()
    if input != nil {
      try runBatch(matcher)
      return
    }
    let explanation: MatchExplanation
    do {
      explanation = try matcher.compare(first!, second!, kind: type.kind)
    } catch {
      StandardStreams.writeError("sanctions compare: \(error)\n")
      throw ExitCode(ExitStatus.error)
    }
    var output = OutputBuffer()
    switch format ?? .text {
    case .text:
      output.append(TerminalText.safe(explanation.text) + "\n")
    case .json, .jsonl:
      output.append(ExplanationJSON.render(explanation) + "\n")
    }
    output.flush()
    if explanation.score >= threshold { throw ExitCode(ExitStatus.match) }
  }

  private func runBatch(_ matcher: NameMatcher) throws {
    guard format == nil || format == .jsonl || format == .json else {
      throw ValidationError("batch output is jsonl")
    }
    let defaultKind = type.kind
    let threshold = threshold
    var output = OutputBuffer()
    var reader = BatchRecordReader(framing: .lines)
    var noAudit: AuditLog? = nil
    var progress = BatchProgress.silent
    let summary = try BatchProcessing.run(
      &reader, output: &output, audit: &noAudit, progress: &progress, workers: workers.count
    ) { line in
      func failed(_ message: String, id: String) -> BatchLineResult {
        BatchLineResult(
          text: "{\"id\":\(id),\"score\":0,\"error\":\(JSONText.quoted(message))}\n",
          diagnostic: "sanctions compare: standard input, line \(line.line): \(message)\n")
      }
      let record: JSONValue
      do throws(JSONSyntaxError) {
        record = try JSONParser.parseDocument(line.bytes)
      } catch {
        return failed(error.descriptionInLine, id: "null")
      }
      let id = Formatting.jsonID(record["id"])
      func failure(_ message: String) -> BatchLineResult { failed(message, id: id) }
      guard Formatting.isEchoableID(record["id"]) else { return failure(Formatting.badIDMessage) }
      guard case .string(let a)? = record["a"] else { return failure("field \"a\" (a name) is missing or not a string") }
      guard case .string(let b)? = record["b"] else { return failure("field \"b\" (a name) is missing or not a string") }
      var kind = defaultKind
      if let value = record["type"] {
        guard case .string(let text) = value, let parsed = PartyKind(rawValue: text) else {
          return failure("field \"type\" must be one of person, organization, vessel, aircraft, any")
        }
        kind = parsed
      }
      do {
        let score = matcher.score(try matcher.prepare(a, kind: kind), try matcher.prepare(b, kind: kind))
        return .success("{\"id\":\(id),\"score\":\(Formatting.score(score))}\n", alerted: score >= threshold)
      } catch {
        return failure("\(error)")
      }
    }
    output.flush()
    if summary.failures > 0 { throw ExitCode(ExitStatus.error) }
    if summary.alerted > 0 { throw ExitCode(ExitStatus.match) }
  }
}

/// `--type` values.
enum PartyKindArgument: String, ExpressibleByArgument, CaseIterable {
  case person, organization, vessel, aircraft, any
  var kind: PartyKind { PartyKind(rawValue: rawValue)! }
}

/// JSON rendering of a match explanation.
enum ExplanationJSON {
  static func render(_ explanation: MatchExplanation) -> String {
    let alignments = explanation.alignments.map { pair in
      "{\"left\":\(JSONText.quoted(pair.left)),\"right\":\(JSONText.quoted(pair.right)),\"method\":\"\(pair.method.rawValue)\",\"rule\":\(JSONText.quoted(pair.rule)),\"similarity\":\(Formatting.score(pair.similarity)),\"weight\":\(Formatting.score(pair.weight))}"
    }
    func list(_ items: [String]) -> String { "[" + items.map(JSONText.quoted).joined(separator: ",") + "]" }
    return "{\"score\":\(Formatting.score(explanation.score)),\"kind\":\"\(explanation.kind.rawValue)\",\"alignments\":[\(alignments.joined(separator: ","))],\"unmatched_left\":\(list(explanation.unmatchedLeft)),\"unmatched_right\":\(list(explanation.unmatchedRight)),\"ignored_titles\":\(list(explanation.ignoredTitles)),\"legal_forms\":\(list(explanation.legalForms)),\"penalties\":\(list(explanation.penalties.map(\.description)))}"
  }
}
