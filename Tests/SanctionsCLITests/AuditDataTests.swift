import Glibc
import SanctionsSupport
import Testing

/// Audit data: what a run was screened against (engine, threshold, limit,
/// every list file's source, date, count and SHA-256) in JSON and JSON-lines
/// output, and the `--audit` trail of one line per query.
@Suite("Audit data")
struct AuditDataTests {
  private static let un = ["--lists", CLIRunner.unList, "--no-index-cache"]
  private static let queries = Array(
    """
    {"id":"q1","name":"Ayman al-Zawahiri","type":"person"}
    {"id":"q2","name":"Patricia Lucas Wheeler"}
    {"id":"q3","name":5}

    """.utf8)

  @Test("JSON output is one document: the run (with each list's SHA-256) and the results in order")
  func jsonDocument() throws {
    let outcome = CLIRunner.run(["screen"] + Self.un + ["--input", "jsonl", "--format", "json"], input: Self.queries)
    #expect(outcome.status == 2)
    let document = try JSONParser.parseDocument(outcome.stdout[...])
    let run = try #require(document["run"])
    guard case .string(let engine)? = run["engine"] else { Issue.record("no engine"); return }
    #expect(engine.hasPrefix("sanctions "))
    #expect(run["threshold"]?.number == 0.8)
    #expect(run["limit"]?.number == 10)
    #expect(run["lists_origin"]?["kind"] == .string("arguments"))
    guard case .array(let lists)? = run["lists"], let list = lists.first else { Issue.record("no lists"); return }
    #expect(lists.count == 1)
    #expect(list["source"] == .string("un-sc"))
    #expect(list["published"] == .string("2026-02-27"))
    #expect(list["entities"]?.number == 1003)
    let digest = try SHA256.hash(file: CLIRunner.unList).digest.hexadecimal
    #expect(list["sha256"] == .string(digest))
    guard case .array(let results)? = document["results"] else { Issue.record("no results"); return }
    #expect(results.count == 3)
    #expect(results[0]["id"] == .string("q1"))
    #expect(results[2]["error"] != nil)
  }

  @Test("--run-header puts the run on a first JSON line; without it JSON lines are one per query")
  func runHeaderLine() {
    let with = CLIRunner.run(
      ["screen"] + Self.un + ["--input", "jsonl", "--format", "jsonl", "--run-header"], input: Self.queries)
    #expect(with.lines.count == 4)
    #expect(with.lines[0].hasPrefix("{\"run\":{\"engine\":\"sanctions "))
    let without = CLIRunner.run(["screen"] + Self.un + ["--input", "jsonl"], input: Self.queries)
    #expect(without.lines.count == 3)
    #expect(without.lines[0].hasPrefix("{\"id\":\"q1\","))
  }

  @Test("--audit appends one line per query (errors too) with input, matches, list hashes and time")
  func auditTrail() throws {
    let folder = CLIRunner.temporaryFolder("audit")
    defer { _ = try? FileSystem.removeTree(folder) }
    let path = FileSystem.join(folder, "audit.jsonl")
    for _ in 0..<2 {
      _ = CLIRunner.run(["screen"] + Self.un + ["--input", "jsonl", "--audit", path], input: Self.queries)
    }
    _ = CLIRunner.run(["screen"] + Self.un + ["--audit", path, "Ayman al-Zawahiri"])
    let lines = String(decoding: CLIRunner.read(path), as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 7)
    let digest = try SHA256.hash(file: CLIRunner.unList).digest.hexadecimal
    for line in lines {
      let value = try JSONParser.parseDocument(Array(line.utf8)[...])
      guard case .string(let time)? = value["time"] else { Issue.record("no time in \(line)"); continue }
      #expect(time.count == 24 && time.hasSuffix("Z"))
      guard case .array(let lists)? = value["lists"] else { Issue.record("no lists"); continue }
      #expect(lists.first?["sha256"] == .string(digest))
      #expect(value["input"]?["name"] != nil || value["error"] != nil)
    }
    let first = try JSONParser.parseDocument(Array(lines[0].utf8)[...])
    #expect(first["input"]?["id"] == .string("q1"))
    guard case .array(let matches)? = first["matches"] else { Issue.record("no matches"); return }
    #expect(matches.first?["entity_id"] == .string("un:QDi.006"))
    let error = try JSONParser.parseDocument(Array(lines[2].utf8)[...])
    #expect(error["error"] != nil)
  }

  @Test("--explain adds each match's explanation and adjustments to JSON; --version names the engine")
  func explainAndVersion() throws {
    let outcome = CLIRunner.run(
      ["screen"] + Self.un + ["--format", "jsonl", "--explain", "--dob", "1951", "Ayman al-Zawahiri"])
    #expect(outcome.status == 1)
    let line = try JSONParser.parseDocument(outcome.stdout[...])
    guard case .array(let matches)? = line["matches"], let match = matches.first else { Issue.record("no match"); return }
    guard case .array(let alignments)? = match["explanation"]?["alignments"] else { Issue.record("no explanation"); return }
    #expect(alignments.contains { $0["right"] == .string("zawahiri") || $0["left"] == .string("zawahiri") })
    guard case .array(let adjustments)? = match["adjustments"] else { Issue.record("no adjustments"); return }
    #expect(adjustments.contains { if case .string(let text) = $0 { text.contains("birth year 1951") } else { false } })
    let version = CLIRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.output.hasPrefix("sanctions ") && version.output.contains("index format"))
  }

  @Test("An audit file that cannot be written: exit 2 naming it, before any screening")
  func unwritableAudit() {
    let outcome = CLIRunner.run(["screen"] + Self.un + ["--audit", "/nonexistent/dir/audit.jsonl", "Ayman al-Zawahiri"])
    #expect(outcome.status == 2)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.errors.hasPrefix("sanctions screen: write error: audit file /nonexistent/dir/audit.jsonl:"))
  }
}
